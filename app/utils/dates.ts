import { TZDate } from "@date-fns/tz";
import { addDays, differenceInCalendarDays, format, isValid, parse } from "date-fns";

/** Everything a person sees or is scheduled for runs on Oslo time; storage is UTC. */
export const OSLO = "Europe/Oslo";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The calendar date in Oslo at an instant, as `YYYY-MM-DD`. */
export function osloDate(now: Date = new Date()): string {
  return format(new TZDate(now, OSLO), "yyyy-MM-dd");
}

/** Parses a strict `YYYY-MM-DD`, rejecting impossible dates such as 2026-02-30. */
export function parseIsoDate(value: string): Date | null {
  if (!ISO_DATE.test(value)) return null;
  const d = parse(value, "yyyy-MM-dd", new Date(2000, 0, 1));
  return isValid(d) && format(d, "yyyy-MM-dd") === value ? d : null;
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** Calendar arithmetic on `YYYY-MM-DD`; independent of the machine's time zone. */
export function addDaysToDate(date: string, days: number): string {
  const d = parseIsoDate(date);
  if (!d) throw new RangeError(`Not a date: ${date}`);
  return format(addDays(d, days), "yyyy-MM-dd");
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) throw new RangeError(`Not a date: ${from} / ${to}`);
  return differenceInCalendarDays(b, a);
}

const intlLocale = (locale: string) => (locale === "en" ? "en-GB" : "nb-NO");

/** A calendar date for display, e.g. «27. nov. 2026». */
export function formatDate(date: string, locale: string): string {
  const d = parseIsoDate(date);
  if (!d) return date;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
}

/** A UTC instant shown in Oslo time, e.g. «27. nov. 2026, 08:00». */
export function formatDateTime(instant: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: OSLO,
  }).format(new Date(instant));
}
