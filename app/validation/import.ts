import * as z from "zod/mini";
import { safeParse } from "zod/v4/core";
import type { MessageKey, Vars } from "~/i18n/catalog";
import type { CsvRecord } from "~/utils/csv";
import { fieldErrors } from "~/utils/forms";
import { email, idField, nearDate, requiredText } from "./fields";

/** The upload limit: a few thousand rows, far more than one import needs. */
export const MAX_IMPORT_BYTES = 1_000_000;
export const MAX_IMPORT_ROWS = 2000;

export const IMPORT_COLUMNS = ["name", "email", "unit", "position", "startDate"] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** The header each column has in the file (the format is Norwegian whatever the UI language). */
export const IMPORT_HEADERS: Record<ImportColumn, string> = {
  name: "navn",
  email: "e-post",
  unit: "enhet",
  position: "stilling",
  startDate: "startdato",
};

// Headers people actually write: with or without the hyphen, and the English words.
const HEADER_ALIASES: Record<string, ImportColumn> = {
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

export interface ImportIssue {
  field: ImportColumn;
  key: MessageKey;
  vars?: Vars;
}

export interface ImportUnit {
  id: number;
  name: string;
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

export type CheckedFile = { ok: false; error: { key: MessageKey; vars?: Vars } } | { ok: true; rows: CheckedRow[]; valid: number };

const norm = (s: string) => s.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("nb");

/** Finds a unit by its name or by «Område/Enhet», case-insensitively. */
function unitMatcher(units: readonly ImportUnit[]) {
  const byName = new Map<string, ImportUnit[]>();
  const byPath = new Map<string, ImportUnit>();
  for (const u of units) {
    const key = norm(u.name);
    byName.set(key, [...(byName.get(key) ?? []), u]);
    byPath.set(`${norm(u.areaName)}/${key}`, u);
  }
  return (text: string): { unit: ImportUnit } | { issue: ImportIssue } => {
    const hits = byName.get(norm(text)) ?? [];
    if (hits.length === 1) return { unit: hits[0]! };
    if (hits.length > 1) return { issue: { field: "unit", key: "import.error.unitAmbiguous", vars: { unit: text } } };
    const slash = text.indexOf("/");
    const inArea = slash > 0 ? byPath.get(`${norm(text.slice(0, slash))}/${norm(text.slice(slash + 1))}`) : undefined;
    return inArea ? { unit: inArea } : { issue: { field: "unit", key: "import.error.unitUnknown", vars: { unit: text } } };
  };
}

/**
 * Checks a parsed file against the organisation: header, then each row on its own, so one bad
 * row never hides the others. `taken` holds the (lower-case) emails already registered.
 */
export function checkImport(records: readonly CsvRecord[], { units, taken }: { units: readonly ImportUnit[]; taken: ReadonlySet<string> }): CheckedFile {
  const [header, ...data] = records;
  if (!header) return { ok: false, error: { key: "import.error.empty" } };

  const index = new Map<ImportColumn, number>();
  header.cells.forEach((cell, i) => {
    const column = HEADER_ALIASES[norm(cell)];
    if (column && !index.has(column)) index.set(column, i);
  });
  const missing = IMPORT_COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0) {
    return { ok: false, error: { key: "import.error.columns", vars: { columns: missing.map((c) => `«${IMPORT_HEADERS[c]}»`).join(", ") } } };
  }
  if (data.length === 0) return { ok: false, error: { key: "import.error.noRows" } };
  if (data.length > MAX_IMPORT_ROWS) return { ok: false, error: { key: "import.error.tooMany", vars: { max: MAX_IMPORT_ROWS } } };

  const findUnit = unitMatcher(units);
  const rows = data.map((record) => {
    const values = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, (record.cells[index.get(c)!] ?? "").trim()])) as Record<ImportColumn, string>;
    const issues: ImportIssue[] = [];
    const parsed = safeParse(importRowSchema, values);
    if (!parsed.success) {
      for (const [field, key] of Object.entries(fieldErrors(parsed.error))) if (key) issues.push({ field: field as ImportColumn, key });
    }
    let unitId: number | null = null;
    if (values.unit !== "") {
      const found = findUnit(values.unit);
      if ("unit" in found) unitId = found.unit.id;
      else issues.push(found.issue);
    }
    // The address on its own, so a duplicate is reported even on a row that has other errors.
    const address = safeParse(email, values.email);
    return { line: record.line, values, issues, parsed: parsed.success ? parsed.data : null, unitId, email: address.success ? address.data : null };
  });

  // Duplicates are flagged on every occurrence: which one is right is for HR to decide.
  const linesByEmail = new Map<string, number[]>();
  for (const r of rows) if (r.email) linesByEmail.set(r.email, [...(linesByEmail.get(r.email) ?? []), r.line]);
  for (const r of rows) {
    if (!r.email) continue;
    const lines = linesByEmail.get(r.email)!;
    if (lines.length > 1) r.issues.push({ field: "email", key: "import.error.emailTwice", vars: { lines: lines.join(", ") } });
    else if (taken.has(r.email)) r.issues.push({ field: "email", key: "validation.emailTaken" });
  }

  const order = (f: ImportColumn) => IMPORT_COLUMNS.indexOf(f);
  const checked: CheckedRow[] = rows.map((r) => ({
    line: r.line,
    values: r.values,
    issues: r.issues.sort((a, b) => order(a.field) - order(b.field)),
    hire:
      r.issues.length === 0 && r.parsed && r.unitId !== null
        ? { name: r.parsed.name, email: r.parsed.email, unitId: r.unitId, position: r.parsed.position, startDate: r.parsed.startDate }
        : null,
  }));
  return { ok: true, rows: checked, valid: checked.filter((r) => r.hire).length };
}
