import { addDays, addMonths, differenceInCalendarDays } from "date-fns";

/** Everything a person sees or is scheduled for runs on Oslo time; storage is UTC. */
export const OSLO = "Europe/Oslo";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// One formatter for osloDate: it runs several times per request, and a TZDate plus date-fns
// format cost ~20× as much.
const osloParts = new Intl.DateTimeFormat("en-GB", { timeZone: OSLO, year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar date in Oslo at an instant, as `YYYY-MM-DD`. */
export function osloDate(now: Date = new Date()): string {
  const parts = osloParts.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** Parses a strict `YYYY-MM-DD` to local midnight, rejecting impossible dates such as 2026-02-30. */
export function parseIsoDate(value: string): Date | null {
  if (!ISO_DATE.test(value)) return null;
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const d = new Date(y, m - 1, day);
  return d.getFullYear() === y && d.getMonth() === m - 1 && d.getDate() === day ? d : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const toIsoDate = (d: Date) => `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** Calendar arithmetic on `YYYY-MM-DD`; independent of the machine's time zone. */
export function addDaysToDate(date: string, days: number): string {
  const d = parseIsoDate(date);
  if (!d) throw new RangeError(`Not a date: ${date}`);
  return toIsoDate(addDays(d, days));
}

/** Calendar months on `YYYY-MM-DD`; a day the month lacks becomes its last (31 Jan + 1 = 28/29 Feb). */
export function addMonthsToDate(date: string, months: number): string {
  const d = parseIsoDate(date);
  if (!d) throw new RangeError(`Not a date: ${date}`);
  return toIsoDate(addMonths(d, months));
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) throw new RangeError(`Not a date: ${from} / ${to}`);
  return differenceInCalendarDays(b, a);
}

const intlLocale = (locale: string) => (locale === "en" ? "en-GB" : locale === "nn" ? "nn-NO" : "nb-NO");

// A formatter costs ~40 µs and native (ICU) memory to build; under load new ones per call took the
// server past 2 GB. One per locale and kind, reused.
const formatters = new Map<string, Intl.DateTimeFormat>();
export function cachedDateFormat(kind: string, locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${kind}:${locale}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(intlLocale(locale), options)));
  return f;
}

/** A calendar date for display, e.g. «27. nov. 2026». */
export function formatDate(date: string, locale: string): string {
  const d = parseIsoDate(date);
  if (!d) return date;
  return cachedDateFormat("date", locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(
    Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()),
  );
}

/** A UTC instant shown in Oslo time, e.g. «27. nov. 2026, 08:00». */
export function formatDateTime(instant: string, locale: string): string {
  return cachedDateFormat("datetime", locale, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: OSLO }).format(
    new Date(instant),
  );
}


const wallClock = new Intl.DateTimeFormat("en-CA", { timeZone: OSLO, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** An instant as the date (`YYYY-MM-DD`) and time (`HH:MM`) on an Oslo wall clock: what a form shows. */
export function osloWallClock(iso: string): { date: string; time: string } {
  const parts = wallClock.formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return { date: `${get("year")}-${get("month")}-${get("day")}`, time: `${get("hour")}:${get("minute")}` };
}
