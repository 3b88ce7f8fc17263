import * as z from "zod/mini";
import { safeParse, type $ZodType, type output } from "zod/v4/core";
import type { MessageKey, Vars } from "~/i18n/catalog";
import type { CsvRecord } from "~/utils/csv";
import { fieldErrors } from "~/utils/forms";
import { email, idField, nearDate, requiredText } from "./fields";

/** The upload limit: a few thousand rows, far more than one import needs. */
export const MAX_IMPORT_BYTES = 1_000_000;
export const MAX_IMPORT_ROWS = 2000;

export const IMPORT_COLUMNS = ["name", "email", "unit", "position", "startDate"] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** A column of a people file: the import's, and the HR export's employee number. */
export type FileColumn = ImportColumn | "employeeNumber";

/** The header each column has in the file (the format is Norwegian whatever the UI language). */
export const FILE_HEADERS: Record<FileColumn, string> = {
  employeeNumber: "ansattnummer",
  name: "navn",
  email: "e-post",
  unit: "enhet",
  position: "stilling",
  startDate: "startdato",
};

// Headers people actually write: with or without the hyphen, nynorsk, and the English words.
const HEADER_ALIASES: Record<string, FileColumn> = {
  navn: "name",
  namn: "name", // nynorsk, as the nn instructions say
  name: "name",
  "e-post": "email",
  epost: "email",
  "e-postadresse": "email",
  email: "email",
  "e-mail": "email",
  enhet: "unit",
  eining: "unit",
  unit: "unit",
  stilling: "position",
  position: "position",
  startdato: "startDate",
  "start date": "startDate",
  startdate: "startDate",
  ansattnummer: "employeeNumber",
  ansattnr: "employeeNumber",
  tilsettnummer: "employeeNumber", // nynorsk
  "employee number": "employeeNumber",
  employeenumber: "employeeNumber",
};

/** `dd.mm.yyyy` (also `d.m.yyyy`) becomes `yyyy-mm-dd`; anything else goes on unchanged for the date rule to judge. */
export function normaliseDate(value: string): string {
  const v = value.trim();
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  return m ? `${m[3]}-${m[2]!.padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : v;
}

/** One row of the file, with the same field rules as «Registrer ny leder». */
export const importRowSchema = z.object({
  name: requiredText(120, 2, "validation.nameTooShort"),
  email,
  unit: requiredText(200, 1, "import.error.unitMissing"),
  position: requiredText(120),
  startDate: z.pipe(
    z.transform((v: unknown) => (typeof v === "string" ? normaliseDate(v) : v)),
    nearDate,
  ),
});

/** Step 1, the upload: the programme (the file itself is read and checked on the server). */
export const importUploadSchema = z.object({
  templateId: idField("validation.template"),
});

/** Step 2, the confirmation: the programme and the file's text, carried in the preview form. */
export const importConfirmSchema = z.object({
  templateId: idField("validation.template"),
  csv: z.string().check(z.minLength(1, "import.error.noFile"), z.maxLength(MAX_IMPORT_BYTES, "import.error.tooBig")),
});

/** A problem with one cell of one row, shown as «Column: message». */
export interface FileIssue<C extends FileColumn = FileColumn> {
  field: C;
  key: MessageKey;
  vars?: Vars;
}
export type ImportIssue = FileIssue<ImportColumn>;

/** A problem with the file as a whole: nothing in it is read. */
export interface FileError {
  key: MessageKey;
  vars?: Vars;
}

export interface ImportUnit {
  id: number;
  name: string;
  /** The HR system's code for the unit; matched before the name. */
  code: string | null;
  areaName: string;
}

export interface CheckedRow {
  line: number;
  /** What the file says, trimmed, for the preview table. */
  values: Record<ImportColumn, string>;
  issues: ImportIssue[];
  /** Set exactly when there are no issues. */
  hire: { name: string; email: string; unitId: number; position: string; startDate: string } | null;
}

export type CheckedFile = { ok: false; error: FileError } | { ok: true; rows: CheckedRow[]; valid: number };

const norm = (s: string) => s.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("nb");

/** Finds a unit by its code, then by its name or «Område/Enhet», case-insensitively. */
export function unitMatcher(units: readonly ImportUnit[]) {
  const byCode = new Map<string, ImportUnit>();
  const byName = new Map<string, ImportUnit[]>();
  const byPath = new Map<string, ImportUnit>();
  for (const u of units) {
    if (u.code) byCode.set(norm(u.code), u);
    const key = norm(u.name);
    byName.set(key, [...(byName.get(key) ?? []), u]);
    byPath.set(`${norm(u.areaName)}/${key}`, u);
  }
  return (text: string): { unit: ImportUnit } | { issue: FileIssue<"unit"> } => {
    const coded = byCode.get(norm(text));
    if (coded) return { unit: coded };
    const hits = byName.get(norm(text)) ?? [];
    if (hits.length === 1) return { unit: hits[0]! };
    if (hits.length > 1) return { issue: { field: "unit", key: "import.error.unitAmbiguous", vars: { unit: text } } };
    const slash = text.indexOf("/");
    const inArea = slash > 0 ? byPath.get(`${norm(text.slice(0, slash))}/${norm(text.slice(slash + 1))}`) : undefined;
    return inArea ? { unit: inArea } : { issue: { field: "unit", key: "import.error.unitUnknown", vars: { unit: text } } };
  };
}

/**
 * The header row and the size of the file: each data row's cells by column, trimmed, or the one
 * error that stops the whole file (`columnsKey` names the columns it must have).
 */
export function readRows<C extends FileColumn>(
  records: readonly CsvRecord[],
  columns: readonly C[],
  columnsKey: MessageKey,
): { ok: false; error: FileError } | { ok: true; rows: { line: number; values: Record<C, string> }[] } {
  const [header, ...data] = records;
  if (!header) return { ok: false, error: { key: "import.error.empty" } };
  const index = new Map<FileColumn, number>();
  header.cells.forEach((cell, i) => {
    const column = HEADER_ALIASES[norm(cell)];
    if (column && !index.has(column)) index.set(column, i);
  });
  const missing = columns.filter((c) => !index.has(c));
  if (missing.length > 0) return { ok: false, error: { key: columnsKey, vars: { columns: missing.map((c) => `«${FILE_HEADERS[c]}»`).join(", ") } } };
  if (data.length === 0) return { ok: false, error: { key: "import.error.noRows" } };
  if (data.length > MAX_IMPORT_ROWS) return { ok: false, error: { key: "import.error.tooMany", vars: { max: MAX_IMPORT_ROWS } } };
  return {
    ok: true,
    rows: data.map((record) => ({
      line: record.line,
      values: Object.fromEntries(columns.map((c) => [c, (record.cells[index.get(c)!] ?? "").trim()])) as Record<C, string>,
    })),
  };
}

/**
 * One row against its schema and the units, every problem at once so one bad cell never hides
 * another. The address is checked on its own too, so a duplicate is found on a row with other errors.
 */
export function checkRow<C extends FileColumn, S extends $ZodType>(values: Record<C, string>, schema: S, findUnit: ReturnType<typeof unitMatcher>) {
  const issues: FileIssue<C>[] = [];
  const parsed = safeParse(schema, values);
  if (!parsed.success) {
    for (const [field, key] of Object.entries(fieldErrors(parsed.error))) if (key) issues.push({ field: field as C, key });
  }
  let unitId: number | null = null;
  const unit = (values as Record<FileColumn, string>).unit;
  if (unit !== "") {
    const found = findUnit(unit);
    if ("unit" in found) unitId = found.unit.id;
    else issues.push(found.issue as FileIssue<C>);
  }
  const address = safeParse(email, (values as Record<FileColumn, string>).email);
  return { issues, parsed: parsed.success ? (parsed.data as output<S>) : null, unitId, email: address.success ? address.data : null };
}

/**
 * Flags a value that occurs on more than one row, on every occurrence (which one is right is for
 * HR to decide); `issue` gets the lines it occurs on. Returns the rows it flagged.
 */
export function flagRepeats<R extends { line: number; issues: FileIssue[] }>(rows: readonly R[], keyOf: (row: R) => string | null, issue: (lines: string) => FileIssue): Set<R> {
  const lines = new Map<string, number[]>();
  for (const r of rows) {
    const key = keyOf(r);
    if (key) lines.set(key, [...(lines.get(key) ?? []), r.line]);
  }
  const flagged = new Set<R>();
  for (const r of rows) {
    const seen = lines.get(keyOf(r) ?? "");
    if (seen && seen.length > 1) {
      r.issues.push(issue(seen.join(", ")));
      flagged.add(r);
    }
  }
  return flagged;
}

/** Issues in the order of the columns, as the preview table shows them. */
export const byColumn = <C extends FileColumn>(columns: readonly C[]) => (a: FileIssue<C>, b: FileIssue<C>) => columns.indexOf(a.field) - columns.indexOf(b.field);

/**
 * Checks a parsed file against the organisation: header, then each row on its own, so one bad
 * row never hides the others. `taken` holds the (lower-case) emails already registered.
 */
export function checkImport(records: readonly CsvRecord[], { units, taken }: { units: readonly ImportUnit[]; taken: ReadonlySet<string> }): CheckedFile {
  const read = readRows(records, IMPORT_COLUMNS, "import.error.columns");
  if (!read.ok) return read;
  const findUnit = unitMatcher(units);
  const rows = read.rows.map((r) => ({ ...r, ...checkRow(r.values, importRowSchema, findUnit) }));
  const twice = flagRepeats(rows, (r) => r.email, (lines) => ({ field: "email", key: "import.error.emailTwice", vars: { lines } }));
  for (const r of rows) if (r.email && !twice.has(r) && taken.has(r.email)) r.issues.push({ field: "email", key: "validation.emailTaken" });

  const checked: CheckedRow[] = rows.map((r) => ({
    line: r.line,
    values: r.values,
    issues: r.issues.sort(byColumn(IMPORT_COLUMNS)),
    hire:
      r.issues.length === 0 && r.parsed && r.unitId !== null
        ? { name: r.parsed.name, email: r.parsed.email, unitId: r.unitId, position: r.parsed.position, startDate: r.parsed.startDate }
        : null,
  }));
  return { ok: true, rows: checked, valid: checked.filter((r) => r.hire).length };
}
