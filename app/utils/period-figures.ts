import { completionPercent } from "./status";

/**
 * The measure points of a period report pack, per scope (the municipality, a service area, a
 * unit), computed as of the period's end instant E (Oslo midnight after its last day) from the
 * dates on the records. «In the period» means from its first day 00:00 Oslo time up to E; «at the
 * period's end» means as things stood at E. A leader counts in the unit they belong to when the
 * pack is taken; figures with no unit (leaders without one, mail about a unit's duties or a daily
 * summary) count for the municipality only. Aggregates only: no person is named.
 */
export interface PeriodFigures {
  /** Active leaders at the period's end: the leader role, registered before E and not left by E. */
  leaders: number;
  /** Leaders registered in Lederløp in the period (the person's creation time). */
  newLeaders: number;
  /** Introduction paths completed in the period: the last required step recorded in the period, all required steps done at E. */
  pathsCompleted: number;
  /** Of those, paths with every required step done on or before its due date (the day a step was done: its evidence date, else the day it was ticked). */
  pathsOnTime: number;
  /** Of those, paths whose last required step was done within 180 days of the path's start date. */
  pathsWithin180: number;
  /** Steps in active leaders' paths at E (every programme), and of those done at E, confirmed by someone else, self-reported, and open past their due date. */
  stepsTotal: number;
  stepsDone: number;
  stepsConfirmed: number;
  stepsOverdue: number;
  /** The same per programme step (the template step's current title). */
  steps: StepFigures[];
  /** Units with a rollout on or after the period's first day, by readiness at E (the «Innføring» rules). */
  rollouts: {
    ready: number;
    on_track: number;
    at_risk: number;
    not_ready: number;
  };
  /**
   * «Et hestehode foran» for units rolled out by the period's end: leaders (active at E) who had
   * finished the pre-rollout training at E, the median of days from finishing to the rollout
   * (negative = after it), and how many finished before the rollout date.
   */
  hestehode: { n: number; median: number | null; ahead: number };
  /** Fishbone analyses held in the period, and of those held at most six months after the rollout. */
  fbaHeld: number;
  fbaWithinSix: number;
  /** Half-year revisions falling due in the period (one every six months from the rollout), held in the period, and Gemba walks in the period. */
  revisionsDue: number;
  revisionsHeld: number;
  gembaWalks: number;
  /** Measures from fishbone analyses and follow-ups from revisions open at the period's end, and of those past their due date. */
  openMeasures: number;
  overdueMeasures: number;
  openFollowUps: number;
  overdueFollowUps: number;
  /** Leader agreements held in the period (their date), recorded by E. */
  agreementsHeld: number;
  /** Reminders sent in the period (before, on and after the due date, and daily summaries), and escalations to the TOL or the executive group. */
  remindersSent: number;
  escalations: number;
}

export interface StepFigures {
  id: number;
  title: string;
  programme: string;
  total: number;
  done: number;
  confirmed: number;
  overdue: number;
}

export const emptyFigures = (): PeriodFigures => ({
  leaders: 0,
  newLeaders: 0,
  pathsCompleted: 0,
  pathsOnTime: 0,
  pathsWithin180: 0,
  stepsTotal: 0,
  stepsDone: 0,
  stepsConfirmed: 0,
  stepsOverdue: 0,
  steps: [],
  rollouts: { ready: 0, on_track: 0, at_risk: 0, not_ready: 0 },
  hestehode: { n: 0, median: null, ahead: 0 },
  fbaHeld: 0,
  fbaWithinSix: 0,
  revisionsDue: 0,
  revisionsHeld: 0,
  gembaWalks: 0,
  openMeasures: 0,
  overdueMeasures: 0,
  openFollowUps: 0,
  overdueFollowUps: 0,
  agreementsHeld: 0,
  remindersSent: 0,
  escalations: 0,
});

/** How a figure reads: a count, a whole per cent of something, or days. */
export type FigureUnit = "count" | "percent" | "days";

/** One line of the report: its value, and for a share what it is a share of. */
export interface FigureLine {
  key: FigureKey;
  unit: FigureUnit;
  value: (f: PeriodFigures) => number | null;
  /** For a share: numerator and denominator, shown beside the per cent. */
  of?: (f: PeriodFigures) => [number, number];
}

const share = (n: number, d: number) => (d === 0 ? null : completionPercent(n, d));

/** The report's lines in page order; the page, the CSV and the trend all read this one list. */
export const FIGURE_LINES = [
  { key: "leaders", unit: "count", value: (f) => f.leaders },
  { key: "newLeaders", unit: "count", value: (f) => f.newLeaders },
  { key: "pathsCompleted", unit: "count", value: (f) => f.pathsCompleted },
  {
    key: "pathsOnTime",
    unit: "percent",
    value: (f) => share(f.pathsOnTime, f.pathsCompleted),
    of: (f) => [f.pathsOnTime, f.pathsCompleted],
  },
  {
    key: "pathsWithin180",
    unit: "percent",
    value: (f) => share(f.pathsWithin180, f.pathsCompleted),
    of: (f) => [f.pathsWithin180, f.pathsCompleted],
  },
  {
    key: "stepsDone",
    unit: "percent",
    value: (f) => share(f.stepsDone, f.stepsTotal),
    of: (f) => [f.stepsDone, f.stepsTotal],
  },
  { key: "stepsConfirmed", unit: "count", value: (f) => f.stepsConfirmed },
  {
    key: "stepsSelfReported",
    unit: "count",
    value: (f) => f.stepsDone - f.stepsConfirmed,
  },
  { key: "stepsOverdue", unit: "count", value: (f) => f.stepsOverdue },
  { key: "rolloutsReady", unit: "count", value: (f) => f.rollouts.ready },
  { key: "rolloutsOnTrack", unit: "count", value: (f) => f.rollouts.on_track },
  { key: "rolloutsAtRisk", unit: "count", value: (f) => f.rollouts.at_risk },
  {
    key: "rolloutsNotReady",
    unit: "count",
    value: (f) => f.rollouts.not_ready,
  },
  { key: "hestehodeMedian", unit: "days", value: (f) => f.hestehode.median },
  {
    key: "hestehodeAhead",
    unit: "percent",
    value: (f) => share(f.hestehode.ahead, f.hestehode.n),
    of: (f) => [f.hestehode.ahead, f.hestehode.n],
  },
  { key: "fbaHeld", unit: "count", value: (f) => f.fbaHeld },
  {
    key: "fbaWithinSix",
    unit: "percent",
    value: (f) => share(f.fbaWithinSix, f.fbaHeld),
    of: (f) => [f.fbaWithinSix, f.fbaHeld],
  },
  { key: "revisionsDue", unit: "count", value: (f) => f.revisionsDue },
  { key: "revisionsHeld", unit: "count", value: (f) => f.revisionsHeld },
  { key: "gembaWalks", unit: "count", value: (f) => f.gembaWalks },
  { key: "openMeasures", unit: "count", value: (f) => f.openMeasures },
  { key: "overdueMeasures", unit: "count", value: (f) => f.overdueMeasures },
  { key: "openFollowUps", unit: "count", value: (f) => f.openFollowUps },
  { key: "overdueFollowUps", unit: "count", value: (f) => f.overdueFollowUps },
  { key: "agreementsHeld", unit: "count", value: (f) => f.agreementsHeld },
  { key: "remindersSent", unit: "count", value: (f) => f.remindersSent },
  { key: "escalations", unit: "count", value: (f) => f.escalations },
] as const satisfies readonly (Omit<FigureLine, "key"> & { key: string })[];

export type FigureKey = (typeof FIGURE_LINES)[number]["key"];

/** The shares the trend chart draws (all per cent, so they share one axis). */
export const TREND_KEYS = ["pathsOnTime", "pathsWithin180", "stepsDone"] as const satisfies readonly FigureKey[];

export const figureLine = (key: FigureKey): FigureLine => FIGURE_LINES.find((l) => l.key === key)! as FigureLine;

/** The few figures shown per area or unit, to see where the totals come from. */
export const PART_KEYS = ["leaders", "newLeaders", "pathsOnTime", "stepsDone", "stepsOverdue", "openMeasures", "openFollowUps"] as const satisfies readonly FigureKey[];

/** One figure worked out for display: its value and, for a share, what it is a share of. */
export interface FigureCell {
  value: number | null;
  of: [number, number] | null;
}

export const figureCell = (line: FigureLine, f: PeriodFigures): FigureCell => ({ value: line.value(f), of: line.of ? line.of(f) : null });

/** The change from the previous period: up, down or the same, and by how much (per cent points for shares); null when either side is missing. */
export function change(now: number | null, before: number | null): { direction: "up" | "down" | "same"; by: number } | null {
  if (now === null || before === null) return null;
  const by = Math.round((now - before) * 10) / 10;
  return {
    direction: by > 0 ? "up" : by < 0 ? "down" : "same",
    by: Math.abs(by),
  };
}
