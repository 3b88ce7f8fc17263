// What the rollout model returns and the readiness components show: shared types, so neither imports the other.

export const READINESS_STATES = ["ready", "on_track", "at_risk", "not_ready"] as const;
export type ReadinessState = (typeof READINESS_STATES)[number];
export type BlockReason = "overdue" | "no_session" | "no_leader" | "open";

/** The unit's own duties that count for its readiness: the TOL's information meeting, the guidance contract. */
export type UnitDuty = "meeting" | "contract";

export interface UnitReadiness {
  unitId: number;
  unitName: string;
  areaId: number;
  areaName: string;
  startDate: string;
  guidanceMonths: number;
  daysLeft: number;
  state: ReadinessState;
  leaders: number;
  done: number;
  total: number;
  /** A leader's step, or (with `duty`) one of the unit's own duties before the rollout. */
  blockers: { personId: number | null; name: string; stepId: number | null; step: string; reason: BlockReason; signedUpFor?: string; duty?: UnitDuty }[];
  /** Set by `overview`: blockers left out, and steps open but on track. */
  moreBlockers?: number;
  openCount?: number;
}

export interface MonthReadiness {
  /** `YYYY-MM` */
  month: string;
  states: Record<ReadinessState, number>;
}

export interface AreaRollouts {
  id: number;
  name: string;
  units: number;
  states: Record<ReadinessState, number>;
  /** The soonest rollout date still ahead, if any. */
  next: string | null;
}
