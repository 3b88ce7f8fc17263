import type { FileError } from "~/validation/import";
import type { SyncColumn, SyncIssue } from "~/validation/hr-sync";

// What the HR export sync model returns and its page and command line show.

/** The fields a row can change on a person already known (the unit is a transfer). */
export const SYNC_FIELDS = ["name", "email", "position", "startDate"] as const;
export type SyncField = (typeof SYNC_FIELDS)[number];

export interface SyncRowDiff {
  line: number;
  values: Record<SyncColumn, string>;
  /** Problems per field; a row with any is skipped. */
  issues: SyncIssue[];
  /**
   * `new`: a person to register; `bound`: an existing person found by address, who gets the
   * employee number; `known`: found by the employee number. Null when the row has issues.
   */
  match: "new" | "bound" | "known" | null;
  personId: number | null;
  /** The fields that change, with what Lederløp has now (null: not set). */
  changes: { field: SyncField; before: string | null; after: string }[];
  /** The unit the person moves from and to (names), when it changes. */
  transfer: { from: string | null; to: string } | null;
  /** In the file again after having left. */
  returned: boolean;
}

export interface SyncLeaver {
  personId: number;
  name: string;
  employeeNumber: string;
  unit: string | null;
}

export interface SyncCounts {
  rows: number;
  new: number;
  bound: number;
  changed: number;
  transferred: number;
  returned: number;
  left: number;
  unchanged: number;
  errors: number;
}

/** Whether applying the difference would write anything besides the run's summary. */
export const changesAnything = (c: SyncCounts) => c.new + c.bound + c.changed + c.transferred + c.returned + c.left > 0;

export type SyncDiff = { ok: false; error: FileError } | { ok: true; full: boolean; rows: SyncRowDiff[]; leavers: SyncLeaver[]; counts: SyncCounts };
