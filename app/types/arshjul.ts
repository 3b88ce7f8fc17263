/** What the årshjul shows, as filters and the page name them. */
export const YEAR_ITEM_KINDS = ["revision", "fba", "rollout", "leader_forum", "theme_hour", "agreement", "report"] as const;
export type YearItemKind = (typeof YEAR_ITEM_KINDS)[number];

/** Items only a personal calendar feed carries: one's own sessions, steps and agreements. */
export type PersonalItemKind = "session" | "step" | "own_agreement" | "agreements";

/**
 * One thing in the year: a day (or a span of days) or, for a session, a time. The label is built
 * from the fields in the reader's language, so the page and the calendar feed say the same.
 */
export interface YearItem {
  /** Stable across requests: the calendar feed's UID. */
  key: string;
  kind: YearItemKind | PersonalItemKind;
  /** The Oslo date it falls on (a session: the day it starts). */
  date: string;
  /** The last day of a span (inclusive), e.g. the leader-agreement season; null for one day. */
  lastDate: string | null;
  /** A session's start and end (UTC instants); null for a whole-day item. */
  startsAt: string | null;
  endsAt: string | null;
  areaId: number | null;
  areaName: string | null;
  unitId: number | null;
  unitName: string | null;
  /** The revision's number. */
  number: number | null;
  /** A session's or a step's own title. */
  title: string | null;
  location: string | null;
  /** A report period's key (`2026-Q3`, `2026`) and whether this is its snapshot or its deadline. */
  period: string | null;
  variant: "snapshot" | "deadline" | null;
  /** When a revision or analysis was held; null while it is due. */
  doneOn: string | null;
  /** Leaders whose agreement is still to be held (a TOL's feed). */
  names: string[] | null;
}
