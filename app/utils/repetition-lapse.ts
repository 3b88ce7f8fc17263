import { addMonthsToDate } from "./dates";

/** The session kinds a leader repeats, and the setting that says how often. */
export const REPEAT_KINDS = ["leader_forum", "theme_hour"] as const;
export type RepeatKind = (typeof REPEAT_KINDS)[number];

/**
 * How many whole periods of `months` have passed since `since` (the last time the leader attended a
 * session of the kind, else their start): 0 while they are within it. Each new period is a new
 * lapse, and one lapse gives one nudge. Pure, so the nudges and the development unit's page agree.
 */
export function repetitionLapse(since: string, months: number, today: string): { lapse: number; lapsedOn: string | null } {
  if (addMonthsToDate(since, months) > today) return { lapse: 0, lapsedOn: null };
  const [sy, sm] = [Number(since.slice(0, 4)), Number(since.slice(5, 7))];
  const [ty, tm] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  let lapse = Math.max(1, Math.floor(((ty - sy) * 12 + (tm - sm)) / months));
  // Whole months counted by the calendar can overshoot by one when the day of month is not yet reached.
  while (lapse > 1 && addMonthsToDate(since, lapse * months) > today) lapse--;
  while (addMonthsToDate(since, (lapse + 1) * months) <= today) lapse++;
  return { lapse, lapsedOn: addMonthsToDate(since, lapse * months) };
}
