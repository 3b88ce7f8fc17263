import { TZDate } from "@date-fns/tz";
import { OSLO, parseIsoDate } from "./dates";

// Apart from dates.ts so that pages which only show dates do not carry @date-fns/tz.

/** A wall-clock time on a date in Oslo, as the instant it is (DST-correct). */
export function osloInstant(date: string, hhmm: string): Date {
  const d = parseIsoDate(date)!;
  const [h, m] = hhmm.split(":").map(Number);
  return new Date(new TZDate(d.getFullYear(), d.getMonth(), d.getDate(), h!, m!, 0, OSLO).getTime());
}
