import { addDaysToDate, addMonthsToDate } from "./dates";

/**
 * The leader-agreement season: every leader's yearly agreement (lederavtale) is held in the
 * season's month (`AGREEMENT_MONTH`) and falls due on its last day. Pure, so the reminder planner,
 * the leader's page and the årshjul agree.
 */
export function agreementSeason(year: number, month: number): { year: number; start: string; due: string } {
  const start = `${year}-${String(month).padStart(2, "0")}-01`;
  return { year, start, due: addDaysToDate(addMonthsToDate(start, 1), -1) };
}
