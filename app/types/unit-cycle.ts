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
  measures: CycleMeasure[];
  categories: string[];
  owners: { id: number; name: string }[];
  may: { meeting: boolean; fba: boolean; revision: boolean; guidance: boolean };
}
