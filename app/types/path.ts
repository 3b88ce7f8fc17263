import type { Evidence, Responsible } from "../../db/schema";
import type { StepStatus } from "~/utils/status";

// What the path model returns and the path components show: shared types, so neither imports the other.

export interface PathStepView {
  id: number;
  title: string;
  description: string;
  responsible: Responsible;
  evidence: Evidence;
  required: boolean;
  dueDate: string;
  status: StepStatus;
  canRecord: boolean;
  completion: null | {
    at: string;
    byName: string | null;
    confirmed: boolean;
    evidenceDate: string | null;
    note: string | null;
  };
}

export interface PathView {
  id: number;
  templateName: string;
  templateVersion: number;
  anchor: string;
  anchorDate: string;
  steps: PathStepView[];
  done: number;
  total: number;
  percent: number;
}
