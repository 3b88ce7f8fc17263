// What the unit-cycle model returns and the unit's page shows.
import type { GuidanceDecision, MeasureKind, MeasureStatus } from "../../db/schema";

/** A duty's state today: recorded, past its due date, or still to come. */
export type DutyState = "done" | "overdue" | "coming";

export interface CycleRevision {
  number: number;
  due: string;
  state: DutyState;
  held: { heldOn: string; gembaOn: string | null; developmentUnitTookPart: boolean; notes: string; recordedBy: string | null; moved: boolean } | null;
}

export interface CycleMeasure {
  id: number;
  kind: MeasureKind;
  title: string;
  ownerId: number | null;
  ownerName: string | null;
  dueDate: string;
  status: MeasureStatus;
  closedOn: string | null;
  overdue: boolean;
  /** The revision a follow-up came from; null for the fishbone analysis's measures. */
  revisionNumber: number | null;
  /** The revisions it was carried on from, still open. */
  carriedTo: number[];
  mayUpdate: boolean;
}

interface Duty<R> {
  due: string | null;
  state: DutyState;
  record: R | null;
}

export interface UnitCycle {
  today: string;
  unit: { id: number; name: string; areaId: number; areaName: string };
  rollout: { startDate: string; guidanceMonths: number } | null;
  meeting: Duty<{ heldOn: string; attendees: string; recordedBy: string | null; moved: boolean }>;
  contract: Duty<{
    agreedOn: string;
    periodStart: string;
    periodEnd: string;
    decision: GuidanceDecision | null;
    decisionReason: string | null;
    decidedOn: string | null;
    decidedBy: string | null;
    recordedBy: string | null;
    moved: boolean;
  }> & { extensions: { previousEnd: string; newEnd: string; reason: string; recordedBy: string | null; recordedAt: string }[] };
  fba: Duty<{ heldOn: string; participants: string; tolTookPart: boolean; recordedBy: string | null; moved: boolean; causes: { category: string; description: string }[] }>;
  revisions: CycleRevision[];
  /** The unit ended its Lean work on this date: nothing falls due after it. */
  leanEnd: { endedOn: string; reason: string; recordedBy: string | null } | null;
  measures: CycleMeasure[];
  categories: string[];
  owners: { id: number; name: string }[];
  may: { meeting: boolean; fba: boolean; fbaEdit: boolean; revision: boolean; guidance: boolean; end: boolean };
}

/** Where a unit is in its Lean cycle: before the rollout, in guidance, with its analysis due, in the half-year revisions. */
export type UnitStage = "new" | "guidance" | "fba" | "revisions" | "ended";

export interface Hestehode {
  /** Leaders who finished the training, the median of their days ahead, the share who finished before the rollout. */
  n: number;
  median: number | null;
  shareAhead: number | null;
  /** The same for leaders booked on a coming session. */
  forecastN: number;
  forecastMedian: number | null;
  forecastShareAhead: number | null;
}

export interface UnitCycleRow {
  unitId: number;
  unitName: string;
  areaId: number;
  areaName: string;
  startDate: string;
  stage: UnitStage;
  /** The date the unit ended its Lean work; null while it works with Lean. */
  endedOn: string | null;
  meetingMissing: boolean;
  /** When the fishbone analysis is due; null once it is held. */
  fbaDue: string | null;
  fbaOverdue: boolean;
  overdueRevisions: number;
  nextRevision: { number: number; due: string } | null;
  openMeasures: number;
  overdueMeasures: number;
  hestehode: Hestehode;
}

export interface OwnerLoad {
  ownerId: number | null;
  name: string | null;
  open: number;
  overdue: number;
}

export interface AreaCycle {
  id: number;
  name: string;
  units: number;
  overdueRevisions: number;
  fbaOverdue: number;
  fbaDueSoon: number;
  openMeasures: number;
  overdueMeasures: number;
  hestehode: Hestehode;
}
