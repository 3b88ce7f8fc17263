import { addDaysToDate, addMonthsToDate, osloDate } from "./dates";

/**
 * Reporting periods: the municipality's quarters and years, on Oslo calendar dates. A period's key
 * is `2026-Q3` or `2026`; `start` and `end` are its first and last day (inclusive). Pure, so report
 * pages, the scheduler and the årshjul agree on where a period begins and ends.
 */
export interface Period {
  key: string;
  kind: "quarter" | "year";
  year: number;
  /** 1–4 for a quarter, null for a year. */
  quarter: number | null;
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, "0");

export function quarterPeriod(year: number, quarter: number): Period {
  const start = `${year}-${pad((quarter - 1) * 3 + 1)}-01`;
  return { key: `${year}-Q${quarter}`, kind: "quarter", year, quarter, start, end: addDaysToDate(addMonthsToDate(start, 3), -1) };
}

export function yearPeriod(year: number): Period {
  return { key: String(year), kind: "year", year, quarter: null, start: `${year}-01-01`, end: `${year}-12-31` };
}

/** A key from a URL or a form; null unless it is a well-formed quarter or year (1900–2999). */
export function parsePeriod(key: string): Period | null {
  const m = /^(1\d{3}|2\d{3})(?:-Q([1-4]))?$/.exec(key);
  if (!m) return null;
  return m[2] ? quarterPeriod(Number(m[1]), Number(m[2])) : yearPeriod(Number(m[1]));
}

/** The quarter a `YYYY-MM-DD` date falls in. */
export function quarterOf(date: string): Period {
  return quarterPeriod(Number(date.slice(0, 4)), Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1);
}

/** The period before: the previous quarter (across a year) or the previous year. */
export function previousPeriod(p: Period): Period {
  if (p.kind === "year") return yearPeriod(p.year - 1);
  return p.quarter === 1 ? quarterPeriod(p.year - 1, 4) : quarterPeriod(p.year, p.quarter! - 1);
}

/** The four quarters of a year, in order. */
export const quartersOf = (year: number): Period[] => [1, 2, 3, 4].map((q) => quarterPeriod(year, q));

/** The last quarter that has ended by `now` (in Oslo): on 1 January 00:30 Oslo time that is Q4 of the year before. */
export function lastEndedQuarter(now: Date): Period {
  return previousPeriod(quarterOf(osloDate(now)));
}

/** The `n` quarters up to and including `last`, oldest first (for a trend). */
export function quartersUpTo(last: Period, n: number): Period[] {
  const out: Period[] = [last];
  while (out.length < n) out.unshift(previousPeriod(out[0]!));
  return out;
}

/** The date the quarterly (or annual) report for a period is due: `days` after its last day. */
export const reportDeadline = (p: Period, days: number) => addDaysToDate(p.end, days);
