import * as z from "zod/mini";
import type { CsvRecord } from "~/utils/csv";
import { isIsoDate } from "~/utils/dates";
import { checkbox } from "./fields";
import {
  byColumn,
  checkRow,
  flagRepeats,
  IMPORT_COLUMNS,
  importRowSchema,
  MAX_IMPORT_BYTES,
  normaliseDate,
  readRows,
  unitMatcher,
  type FileError,
  type FileIssue,
  type ImportUnit,
} from "./import";

/** The HR export: the import's columns and the employee number it is keyed on. */
export const SYNC_COLUMNS = ["employeeNumber", ...IMPORT_COLUMNS] as const;
export type SyncColumn = (typeof SYNC_COLUMNS)[number];
export type SyncIssue = FileIssue<SyncColumn>;

/**
 * One row of the export: the import's rules, plus the employee number. The start date only has to
 * be a real date here: people who have worked for years are in the export too. Whether a NEW
 * person's date is near enough for a path is checked once the row is known to be new.
 */
export const syncRowSchema = z.extend(importRowSchema, {
  employeeNumber: z.string().check(
    z.trim(),
    z.minLength(1, "validation.required"),
    z.maxLength(40, "validation.tooLong"),
    z.regex(/^[\p{L}\p{N}._\-/]+$/u, "hrsync.error.employeeNumber"),
  ),
  startDate: z.pipe(
    z.transform((v: unknown) => (typeof v === "string" ? normaliseDate(v) : v)),
    z.string().check(z.minLength(1, "validation.required"), z.refine(isIsoDate, "validation.date")),
  ),
});
export type SyncRowInput = z.output<typeof syncRowSchema>;

/** Step 1, the upload: whether the file is the full export (the file itself is read on the server). */
export const syncUploadSchema = z.object({ full: checkbox });

/** Step 2, the confirmation: the flag and the file's text, carried in the preview form. */
export const syncConfirmSchema = z.object({
  full: checkbox,
  csv: z.string().check(z.minLength(1, "import.error.noFile"), z.maxLength(MAX_IMPORT_BYTES, "import.error.tooBig")),
});

export interface SyncFileRow {
  line: number;
  /** What the file says, trimmed. */
  values: Record<SyncColumn, string>;
  issues: SyncIssue[];
  /** The row as it will be applied, with its unit; set exactly when the row itself has no issues. */
  row: (SyncRowInput & { unitId: number }) | null;
}

/**
 * Checks an export against the units, without the database: the header, each row on its own, and
 * an employee number or address that occurs twice (flagged on every occurrence).
 */
export function checkSyncFile(records: readonly CsvRecord[], units: readonly ImportUnit[]): { ok: false; error: FileError } | { ok: true; rows: SyncFileRow[] } {
  const read = readRows(records, SYNC_COLUMNS, "hrsync.error.columns");
  if (!read.ok) return read;
  const findUnit = unitMatcher(units);
  const rows = read.rows.map((r) => ({ ...r, ...checkRow(r.values, syncRowSchema, findUnit) }));
  flagRepeats(rows, (r) => r.parsed?.employeeNumber ?? (r.values.employeeNumber || null), (lines) => ({ field: "employeeNumber", key: "hrsync.error.numberTwice", vars: { lines } }));
  flagRepeats(rows, (r) => r.email, (lines) => ({ field: "email", key: "import.error.emailTwice", vars: { lines } }));
  return {
    ok: true,
    rows: rows.map((r) => ({
      line: r.line,
      values: r.values,
      issues: r.issues.sort(byColumn(SYNC_COLUMNS)),
      row: r.issues.length === 0 && r.parsed && r.unitId !== null ? { ...r.parsed, unitId: r.unitId } : null,
    })),
  };
}
