import { addDaysToDate, addMonthsToDate, daysBetween } from "./dates";

/**
 * The leader-agreement season: every leader's yearly agreement (lederavtale) is held in the
 * season's month (`AGREEMENT_MONTH`) and falls due on its last day. Pure, so the reminder planner,
 * the leader's page and the årshjul agree.
 */
export function agreementSeason(year: number, month: number): { year: number; start: string; due: string } {
  const start = `${year}-${String(month).padStart(2, "0")}-01`;
  return { year, start, due: addDaysToDate(addMonthsToDate(start, 1), -1) };
}

export type AgreementState = "held" | "due" | "overdue" | "not_due";

/** «Lederavtaler»'s status filter: every state, or all. */
export const AGREEMENT_FILTERS = ["all", "due", "overdue", "held", "not_due"] as const;
export type AgreementFilter = (typeof AGREEMENT_FILTERS)[number];

/**
 * This season's state for one leader. A leader who started after the season's due date owes no
 * agreement that year (their first comes next season); otherwise it is due until the season's
 * last day and overdue after it, until it is recorded.
 */
export function agreementState(season: { due: string }, d: { held: boolean; startedOn: string; today: string }): AgreementState {
  if (d.held) return "held";
  if (d.startedOn > season.due) return "not_due";
  return d.today > season.due ? "overdue" : "due";
}

/** The reminder policy of an agreement: the first reminder on the season's first day, then as a unit duty. */
export const agreementRemindBefore = (season: { start: string; due: string }) => daysBetween(season.start, season.due);
