import { getDb, transaction, type DB } from "../../db/client.server";
import { CsvSyntaxError, parseCsv, type CsvRecord } from "~/utils/csv";
import { checkImport, MAX_IMPORT_BYTES, type CheckedFile, type CheckedRow, type FileError, type ImportUnit } from "~/validation/import";
import { audit } from "./audit.server";
import type { SessionUser } from "./sign-in.server";
import { FieldError } from "./errors";
import { registerHire } from "./person.server";

/**
 * Bulk registration of new leaders from a CSV file, in two stateless steps: `previewImport`
 * checks every row and changes nothing; `importLeaders` checks again and registers every valid
 * row in one transaction, each exactly as «Registrer ny leder» does.
 */

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // "PK\3\4": a zip, i.e. an .xlsx saved under a .csv name

/**
 * The text of an uploaded file. UTF-8 (with or without BOM) when it is valid UTF-8, else
 * Windows-1252, which is what Norwegian Excel's plain «CSV (semikolondelt)» writes.
 */
export function decodeUpload(bytes: Uint8Array): { ok: true; text: string } | { ok: false; key: "import.error.tooBig" | "import.error.notCsv" } {
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, key: "import.error.tooBig" };
  if (XLSX_MAGIC.every((b, i) => bytes[i] === b)) return { ok: false, key: "import.error.notCsv" };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: true, text: new TextDecoder("windows-1252").decode(bytes) };
  }
}

/** The file's records, or the error that stops the whole file (an unclosed quote). */
export function parseFile(text: string): { ok: true; records: CsvRecord[] } | { ok: false; error: FileError } {
  try {
    return { ok: true, records: parseCsv(text) };
  } catch (error) {
    if (error instanceof CsvSyntaxError) return { ok: false, error: { key: "import.error.quote", vars: { line: error.line } } };
    throw error;
  }
}

/** Every unit with its code and area, for matching a file's unit column. */
export const fileUnits = (db: DB): Promise<ImportUnit[]> =>
  db.selectFrom("unit").innerJoin("service_area as area", "area.id", "unit.service_area_id").select(["unit.id", "unit.name", "unit.code", "area.name as areaName"]).execute();

/** Parses and checks the text against the units and the people already registered, through `db` (a transaction in step 2). */
async function check(db: DB, text: string): Promise<CheckedFile> {
  const parsed = parseFile(text);
  if (!parsed.ok) return parsed;
  const records = parsed.records;
  const units = await fileUnits(db);
  // A first pass finds the addresses in the file; only those are looked up.
  const first = checkImport(records, { units, taken: new Set() });
  if (!first.ok) return first;
  const emails = [...new Set(first.rows.map((r) => r.values.email.toLowerCase()).filter(Boolean))];
  const taken = new Set<string>();
  for (let i = 0; i < emails.length; i += 500) {
    const found = await db.selectFrom("person").select("email").where("email", "in", emails.slice(i, i + 500)).execute();
    for (const p of found) taken.add(p.email.toLowerCase());
  }
  return taken.size === 0 ? first : checkImport(records, { units, taken });
}

/** Step 1: every row with its problems; writes nothing. */
export async function previewImport({ text }: { text: string }): Promise<CheckedFile> {
  return check(getDb(), text);
}

export type ImportResult = { ok: true; imported: number; skipped: number } | { ok: false; checked: CheckedFile };

/**
 * Step 2: checks the file again (someone may have registered one of the addresses since the
 * preview) and registers every valid row in ONE transaction: a failure anywhere leaves no
 * person, path, audit row or mail from this import behind. Rows with errors are skipped; when
 * no row is valid, nothing is written and the checked file comes back for the preview.
 */
export async function importLeaders({
  actor,
  text,
  templateId,
  now = new Date(),
}: {
  actor: SessionUser;
  text: string;
  templateId: number;
  now?: Date;
}): Promise<ImportResult> {
  return transaction(async (tx) => {
      const checked = await check(tx, text);
      if (!checked.ok || checked.valid === 0) return { ok: false as const, checked };
      const template = await tx.selectFrom("programme_template").select("id").where("id", "=", templateId).where("anchor", "=", "start_date").executeTakeFirst();
      if (!template) throw new FieldError("templateId", "validation.template");

      const ids: number[] = [];
      for (const row of checked.rows) {
        if (row.hire) ids.push((await registerHire({ actor, input: { ...row.hire, templateId }, now, tx })).id);
      }
      const skipped = checked.rows.filter((r: CheckedRow) => !r.hire);
      await audit(tx, {
        actorId: actor.id,
        action: "person.import",
        entity: "import",
        entityId: now.toISOString(),
        after: { templateId, personIds: ids, skippedLines: skipped.map((r) => r.line) },
        now,
      });
      return { ok: true as const, imported: ids.length, skipped: skipped.length };
    });
}
