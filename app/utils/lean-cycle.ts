import { addDaysToDate, addMonthsToDate } from "./dates";

/**
 * When a unit's own Lean duties fall due, counted from its rollout date (the action plan's rules):
 * the TOL's information meeting and the guidance contract before the rollout (as the pre-rollout
 * template had them), the fishbone analysis at most six months after, and a half-year revision
 * every six months for as long as the unit works with Lean.
 */
export const MEETING_DAYS_BEFORE = 21;
export const CONTRACT_DAYS_BEFORE = 7;
export const FBA_MONTHS = 6;
export const REVISION_MONTHS = 6;

export const meetingDue = (rollout: string) => addDaysToDate(rollout, -MEETING_DAYS_BEFORE);
export const contractDue = (rollout: string) => addDaysToDate(rollout, -CONTRACT_DAYS_BEFORE);
export const fbaDue = (rollout: string) => addMonthsToDate(rollout, FBA_MONTHS);
export const revisionDue = (rollout: string, n: number) => addMonthsToDate(rollout, REVISION_MONTHS * n);

/**
 * The revisions due by `through` (inclusive), then the next one: numbered from 1. A unit that has
 * ended its Lean work (`endedOn`) has no revision due after that date, and no next one.
 */
export function revisionsUntil(rollout: string, through: string, endedOn: string | null = null): { number: number; due: string }[] {
  const out: { number: number; due: string }[] = [];
  for (let n = 1; ; n++) {
    const due = revisionDue(rollout, n);
    if (endedOn !== null && due > endedOn) return out;
    out.push({ number: n, due });
    if (due > through) return out;
  }
}

/** Whether a duty due on this date still falls to the unit: not when it ended its Lean work before. */
export const dueWhileLean = (due: string, endedOn: string | null) => endedOn === null || due <= endedOn;
