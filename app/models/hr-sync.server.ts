import { safeParse } from "zod/v4/core";
import { getDb, transaction, type DB } from "../../db/client.server";
import { SYNC_FIELDS, type SyncCounts, type SyncDiff, type SyncField, type SyncLeaver, type SyncRowDiff } from "~/types/hr-sync";
import { nearDate } from "~/validation/fields";
import { checkSyncFile, type SyncFileRow } from "~/validation/hr-sync";
import { audit } from "./audit.server";
import { markLeft, markReturned, transferPerson } from "./employment.server";
import { fileUnits, parseFile } from "./import.server";
import { registerHire } from "./person.server";
import { INTRO_TEMPLATE_KEY } from "./team-readiness.server";

/**
 * The HR export sync: the HR system's file of employees (the import's columns and the employee
 * number) made true in Lederløp. `previewSync` says what would change and writes nothing;
 * `applySync` works the same difference out again inside ONE transaction and applies all of it,
 * so a file that changed nothing since its last run changes nothing now, and a failure anywhere
 * leaves nothing of the file behind.
 */

/** What the audit log names as the source of every change the sync makes. */
export const SYNC_SOURCE = "hr-sync";

type Person = {
  id: number;
  name: string;
  email: string;
  position: string;
  start_date: string | null;
  unit_id: number | null;
  employee_number: string | null;
  active: number;
  left_at: string | null;
  anonymised_at: string | null;
};

const PERSON_COLUMNS = ["id", "name", "email", "position", "start_date", "unit_id", "employee_number", "active", "left_at", "anonymised_at"] as const;

/** The people the file's numbers and addresses name, looked up 500 at a time. */
async function peopleBy(db: DB, column: "employee_number" | "email", values: string[]): Promise<Map<string, Person>> {
  const found = new Map<string, Person>();
  for (let i = 0; i < values.length; i += 500) {
    const rows = await db.selectFrom("person").select(PERSON_COLUMNS).where(column, "in", values.slice(i, i + 500)).execute();
    for (const p of rows) found.set(column === "email" ? p.email.toLowerCase() : p.employee_number!, p);
  }
  return found;
}

const hasLeft = (p: Person) => p.active === 0 || p.left_at !== null;

type SyncRow = NonNullable<SyncFileRow["row"]>;

/**
 * The difference between the file and Lederløp, read through `db` (the applying transaction in
 * step 2), with each valid row as the schema normalised it (by line) for applying.
 */
async function diff(db: DB, text: string, full: boolean): Promise<{ result: SyncDiff; input: Map<number, SyncRow> }> {
  const input = new Map<number, SyncRow>();
  const parsed = parseFile(text);
  if (!parsed.ok) return { result: parsed, input };
  const units = await fileUnits(db);
  const checked = checkSyncFile(parsed.records, units);
  if (!checked.ok) return { result: checked, input };
  for (const r of checked.rows) if (r.row) input.set(r.line, r.row);
  const unitName = new Map(units.map((u) => [u.id, u.name]));

  const valid = checked.rows.flatMap((r) => (r.row ? [r.row] : []));
  const byNumber = await peopleBy(db, "employee_number", valid.map((r) => r.employeeNumber));
  const byEmail = await peopleBy(db, "email", valid.map((r) => r.email));

  const rows = checked.rows.map((r) => compare(r, byNumber, byEmail, unitName));

  const leavers: SyncLeaver[] = [];
  if (full) {
    // Every number the file names counts as present, on a row with errors too: a typo in someone's
    // address must not make them leave.
    const present = new Set(checked.rows.map((r) => r.row?.employeeNumber ?? r.values.employeeNumber).filter(Boolean));
    const active = await db
      .selectFrom("person")
      .select(["id", "name", "employee_number", "unit_id"])
      .where("employee_number", "is not", null)
      .where("active", "=", 1)
      .where("left_at", "is", null)
      .orderBy("name")
      .execute();
    for (const p of active) {
      if (!present.has(p.employee_number!)) leavers.push({ personId: p.id, name: p.name, employeeNumber: p.employee_number!, unit: p.unit_id === null ? null : (unitName.get(p.unit_id) ?? null) });
    }
  }
  return { result: { ok: true, full, rows, leavers, counts: countsOf(rows, leavers) }, input };
}

/** One checked row against the person it names, by employee number or else by address. */
function compare(r: SyncFileRow, byNumber: Map<string, Person>, byEmail: Map<string, Person>, unitName: Map<number, string>): SyncRowDiff {
  const out: SyncRowDiff = { line: r.line, values: r.values, issues: [...r.issues], match: null, personId: null, changes: [], transfer: null, returned: false };
  const row = r.row;
  if (!row) return out;
  let person = byNumber.get(row.employeeNumber);
  let match: SyncRowDiff["match"] = "known";
  if (!person) {
    // The first run on an installation where HR typed people in: the address finds them once.
    const owner = byEmail.get(row.email);
    if (owner && owner.employee_number !== null) {
      out.issues.push({ field: "email", key: "hrsync.error.emailOtherNumber", vars: { number: owner.employee_number } });
      return out;
    }
    person = owner;
    match = "bound";
  }
  if (!person) {
    // A new person gets a path from the start date: the same «within two years» rule as the import.
    if (!safeParse(nearDate, row.startDate).success) out.issues.push({ field: "startDate", key: "validation.dateRange" });
    else out.match = "new";
    return out;
  }
  if (person.anonymised_at !== null) {
    out.issues.push({ field: "employeeNumber", key: "hrsync.error.anonymised" });
    return out;
  }
  if (row.email !== person.email.toLowerCase()) {
    const owner = byEmail.get(row.email);
    if (owner && owner.id !== person.id) {
      out.issues.push({ field: "email", key: "validation.emailTaken" });
      return out;
    }
  }
  const now: Record<SyncField, string | null> = { name: person.name, email: person.email, position: person.position, startDate: person.start_date };
  for (const field of SYNC_FIELDS) {
    if (now[field] !== row[field]) out.changes.push({ field, before: now[field], after: row[field] });
  }
  if (person.unit_id !== row.unitId) out.transfer = { from: person.unit_id === null ? null : (unitName.get(person.unit_id) ?? null), to: unitName.get(row.unitId) ?? r.values.unit };
  out.returned = hasLeft(person);
  out.match = match;
  out.personId = person.id;
  return out;
}

function countsOf(rows: SyncRowDiff[], leavers: SyncLeaver[]): SyncCounts {
  const count = (test: (r: SyncRowDiff) => boolean) => rows.filter(test).length;
  return {
    rows: rows.length,
    new: count((r) => r.match === "new"),
    bound: count((r) => r.match === "bound"),
    changed: count((r) => r.changes.length > 0),
    transferred: count((r) => r.transfer !== null),
    returned: count((r) => r.returned),
    left: leavers.length,
    unchanged: count((r) => r.match === "known" && r.changes.length === 0 && !r.transfer && !r.returned),
    errors: count((r) => r.match === null),
  };
}

/** Step 1 (and `--dry-run`): what the file would change; writes nothing. */
export async function previewSync({ text, full }: { text: string; full: boolean }): Promise<SyncDiff> {
  return (await diff(getDb(), text, full)).result;
}

/**
 * Step 2 (and the nightly job): works the difference out again in ONE transaction (the data may
 * have changed since the preview) and applies it: new people registered as «Registrer ny leder»
 * does, addresses bound to their employee number, changed fields, transfers, returns and (for a
 * full export) leavers, each audited with the source `hr-sync`, then a summary row for the run.
 * Rows with errors are skipped. A file that cannot be read comes back without anything written.
 */
export async function applySync({ actorId, text, full, via, now = new Date() }: { actorId: number | null; text: string; full: boolean; via: "web" | "cli"; now?: Date }): Promise<SyncDiff> {
  return transaction(async (tx) => {
    const { result, input } = await diff(tx, text, full);
    if (!result.ok) return result;
    const template = await tx.selectFrom("programme_template").select("id").where("key", "=", INTRO_TEMPLATE_KEY).executeTakeFirstOrThrow();
    const stamp = now.toISOString();
    for (const r of result.rows) {
      if (r.match === null) continue;
      const row = input.get(r.line)!;
      if (r.match === "new") {
        const hire = { name: row.name, email: row.email, unitId: row.unitId, position: row.position, startDate: row.startDate, templateId: template.id };
        await registerHire({ actor: { id: actorId }, input: hire, employeeNumber: row.employeeNumber, source: SYNC_SOURCE, now, tx });
        continue;
      }
      const personId = r.personId!;
      const change = { personId, actorId, source: SYNC_SOURCE, now };
      if (r.match === "bound") {
        await tx.updateTable("person").set({ employee_number: row.employeeNumber, updated_at: stamp }).where("id", "=", personId).execute();
        await audit(tx, { actorId, action: "person.bind", entity: "person", entityId: personId, after: { employeeNumber: row.employeeNumber, by: "email", source: SYNC_SOURCE }, now });
      }
      if (r.changes.length > 0) {
        const set = Object.fromEntries(r.changes.map((c) => [c.field === "startDate" ? "start_date" : c.field, c.after]));
        await tx.updateTable("person").set({ ...set, updated_at: stamp }).where("id", "=", personId).execute();
        const before = Object.fromEntries(r.changes.map((c) => [c.field, c.before]));
        const after = Object.fromEntries(r.changes.map((c) => [c.field, c.after]));
        await audit(tx, { actorId, action: "person.update", entity: "person", entityId: personId, before, after: { ...after, source: SYNC_SOURCE }, now });
      }
      if (r.returned) await markReturned(tx, change);
      if (r.transfer) await transferPerson(tx, { ...change, unitId: row.unitId });
    }
    for (const l of result.leavers) await markLeft(tx, { personId: l.personId, actorId, source: SYNC_SOURCE, now });
    await audit(tx, {
      actorId,
      action: "hr-sync.run",
      entity: "hr-sync",
      entityId: stamp,
      after: { via, full, counts: result.counts, skippedLines: result.rows.filter((r) => r.match === null).map((r) => r.line) },
      now,
    });
    return result;
  });
}
