import { sql, type Kysely } from "kysely";
import { notNull, oneOf, withId } from "./helpers";

/**
 * The unit's Lean cycle as records owned by the unit: the TOL's information meeting, the guidance
 * contract (period, extensions, the decision after the fishbone analysis), the fishbone analysis
 * with its causes and measures, and the half-year revisions with their follow-up areas.
 *
 * Then the pre-rollout template's unit steps leave the leaders' paths: each completed copy becomes
 * the unit's record (the earliest one when several leaders of a unit carry it), the template steps
 * are retired and every copy in a path is marked removed (rows and completions stay, so nothing is
 * lost), and the audit log says per unit what moved from which path steps.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const person = (c: any) => c.references("person.id").onDelete("set null");
  const unit = (c: any) => c.notNull().references("unit.id").onDelete("cascade");

  await withId(db, db.schema.createTable("unit_meeting"))
    .addColumn("unit_id", "integer", (c) => unit(c).unique())
    .addColumn("held_on", "text", notNull)
    .addColumn("attendees", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("recorded_by", "integer", person)
    .addColumn("recorded_at", "text", notNull)
    // The path steps (JSON list of ids) a migrated record came from; null when recorded here.
    .addColumn("moved_from", "text")
    .execute();

  await withId(db, db.schema.createTable("guidance_contract"))
    .addColumn("unit_id", "integer", (c) => unit(c).unique())
    .addColumn("agreed_on", "text", notNull)
    .addColumn("period_start", "text", notNull)
    .addColumn("period_end", "text", notNull)
    .addColumn("decision", "text")
    .addColumn("decision_reason", "text")
    .addColumn("decided_on", "text")
    .addColumn("decided_by", "integer", person)
    .addColumn("recorded_by", "integer", person)
    .addColumn("recorded_at", "text", notNull)
    .addColumn("updated_at", "text", notNull)
    .addColumn("moved_from", "text")
    .addCheckConstraint("guidance_contract_period_ck", sql`period_end >= period_start`)
    .addCheckConstraint("guidance_contract_decision_ck", sql`decision is null or decision in ('continue', 'withdraw')`)
    .execute();

  await withId(db, db.schema.createTable("guidance_extension"))
    .addColumn("unit_id", "integer", unit)
    .addColumn("previous_end", "text", notNull)
    .addColumn("new_end", "text", notNull)
    .addColumn("reason", "text", notNull)
    .addColumn("recorded_by", "integer", person)
    .addColumn("recorded_at", "text", notNull)
    .execute();
  await db.schema.createIndex("guidance_extension_unit_ix").on("guidance_extension").column("unit_id").execute();

  // The fishbone's categories, editable; the usual six are seeded with the standard programmes.
  await withId(db, db.schema.createTable("fishbone_category"))
    .addColumn("name", "text", (c) => c.notNull().unique())
    .addColumn("position", "integer", notNull)
    .addColumn("retired_at", "text")
    .execute();

  await withId(db, db.schema.createTable("fishbone_analysis"))
    .addColumn("unit_id", "integer", (c) => unit(c).unique())
    .addColumn("held_on", "text", notNull)
    .addColumn("participants", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("tol_took_part", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("recorded_by", "integer", person)
    .addColumn("recorded_at", "text", notNull)
    .addColumn("moved_from", "text")
    .execute();

  await withId(db, db.schema.createTable("fishbone_cause"))
    .addColumn("analysis_id", "integer", (c) => c.notNull().references("fishbone_analysis.id").onDelete("cascade"))
    // The category's name as it was when the cause was written: renaming a category keeps history.
    .addColumn("category", "text", notNull)
    .addColumn("description", "text", notNull)
    .execute();
  await db.schema.createIndex("fishbone_cause_analysis_ix").on("fishbone_cause").column("analysis_id").execute();

  await withId(db, db.schema.createTable("unit_revision"))
    .addColumn("unit_id", "integer", unit)
    // The n-th half-year revision, due n × 6 months after the rollout.
    .addColumn("number", "integer", notNull)
    .addColumn("held_on", "text", notNull)
    .addColumn("gemba_on", "text")
    .addColumn("development_unit_took_part", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("notes", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("recorded_by", "integer", person)
    .addColumn("recorded_at", "text", notNull)
    .addColumn("moved_from", "text")
    .addUniqueConstraint("unit_revision_uq", ["unit_id", "number"])
    .addCheckConstraint("unit_revision_number_ck", sql`number >= 1`)
    .execute();

  // Measures from the fishbone analysis and follow-up areas from revisions: owned, dated, open until closed.
  await withId(db, db.schema.createTable("unit_measure"))
    .addColumn("unit_id", "integer", unit)
    .addColumn("kind", "text", notNull)
    .addColumn("analysis_id", "integer", (c) => c.references("fishbone_analysis.id").onDelete("cascade"))
    .addColumn("revision_id", "integer", (c) => c.references("unit_revision.id").onDelete("cascade"))
    .addColumn("title", "text", notNull)
    .addColumn("owner_id", "integer", person)
    .addColumn("due_date", "text", notNull)
    .addColumn("status", "text", (c) => c.notNull().defaultTo("open"))
    .addColumn("closed_on", "text")
    .addColumn("closed_by", "integer", person)
    .addColumn("created_by", "integer", person)
    .addColumn("created_at", "text", notNull)
    .addColumn("updated_at", "text", notNull)
    .addCheckConstraint("unit_measure_kind_ck", oneOf("kind", ["measure", "follow_up"]))
    .addCheckConstraint("unit_measure_status_ck", oneOf("status", ["open", "done"]))
    .execute();
  await db.schema.createIndex("unit_measure_unit_ix").on("unit_measure").columns(["unit_id", "status"]).execute();
  await db.schema.createIndex("unit_measure_owner_ix").on("unit_measure").column("owner_id").execute();

  // What each revision did with the follow-ups open when it was held: carried on, or closed.
  await db.schema
    .createTable("measure_review")
    .addColumn("measure_id", "integer", (c) => c.notNull().references("unit_measure.id").onDelete("cascade"))
    .addColumn("revision_id", "integer", (c) => c.notNull().references("unit_revision.id").onDelete("cascade"))
    .addColumn("outcome", "text", notNull)
    .addPrimaryKeyConstraint("measure_review_pk", ["measure_id", "revision_id"])
    .addCheckConstraint("measure_review_outcome_ck", oneOf("outcome", ["carried", "closed"]))
    .execute();

  await moveUnitStepsOutOfPaths(db);
}

type Kind = "meeting" | "contract" | "fba" | "revision";

/**
 * Which record a pre-rollout template step becomes. The standard template's steps are told apart
 * by who does them and when (titles may have been edited): the TOL's step before the rollout is
 * the information meeting, the development unit's dated step the guidance contract, the TOL's
 * fishbone step the analysis, and the TOL's other steps after the rollout the revisions, in order.
 * Anything else (an attendance step, a step an administrator added) stays in the paths.
 */
function classify(steps: { id: number; title: string; responsible: string; evidence: string; offset_days: number }[]) {
  const out = new Map<number, { kind: Kind; number: number }>();
  let revision = 0;
  for (const s of [...steps].sort((a, b) => a.offset_days - b.offset_days || a.id - b.id)) {
    if (s.evidence === "attendance") continue;
    if (s.responsible === "tol" && s.offset_days < 0) out.set(s.id, { kind: "meeting", number: 0 });
    else if (s.responsible === "development_unit") out.set(s.id, { kind: "contract", number: 0 });
    else if (s.responsible === "tol" && /fiskebein|\bFBA\b/i.test(s.title)) out.set(s.id, { kind: "fba", number: 0 });
    else if (s.responsible === "tol" && s.offset_days > 0) out.set(s.id, { kind: "revision", number: ++revision });
  }
  return out;
}

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

async function moveUnitStepsOutOfPaths(db: Kysely<any>): Promise<void> {
  const template = await db.selectFrom("programme_template").select(["id", "version"]).where("key", "=", "pre_rollout").executeTakeFirst();
  if (!template) return; // A new installation: the standard programme is seeded without these steps.
  const steps = await db
    .selectFrom("template_step")
    .select(["id", "title", "responsible", "evidence", "offset_days"])
    .where("template_id", "=", template.id)
    .where("retired_at", "is", null)
    .execute();
  const kinds = classify(steps);
  if (kinds.size === 0) return;
  const now = new Date().toISOString();
  const stepIds = [...kinds.keys()];

  // Every copy in a path, completed or not, with its leader's unit and its current completion.
  const copies = await db
    .selectFrom("path_step as s")
    .innerJoin("path", "path.id", "s.path_id")
    .innerJoin("person", "person.id", "path.person_id")
    .leftJoin("step_completion as c", (j) => j.onRef("c.path_step_id", "=", "s.id").on("c.undone_at", "is", null))
    .select(["s.id", "s.template_step_id", "s.removed_at", "person.unit_id", "c.completed_by", "c.completed_at", "c.evidence_date"])
    .where("s.template_step_id", "in", stepIds)
    .orderBy("s.id")
    .execute();
  const rollouts = new Map(
    (await db.selectFrom("rollout").select(["unit_id", "start_date", "guidance_months"]).execute()).map((r: any) => [r.unit_id as number, r]),
  );

  // Per unit and record: the completed copies (earliest date first) and every copy's id.
  const byUnit = new Map<number, Map<string, { kind: Kind; number: number; done: any[]; all: number[] }>>();
  for (const c of copies) {
    if (c.unit_id === null || c.removed_at !== null) continue;
    const k = kinds.get(c.template_step_id)!;
    const key = `${k.kind}:${k.number}`;
    const records = byUnit.get(c.unit_id) ?? new Map();
    const entry = records.get(key) ?? { ...k, done: [], all: [] };
    entry.all.push(c.id);
    if (c.completed_at !== null) entry.done.push({ ...c, on: c.evidence_date ?? String(c.completed_at).slice(0, 10) });
    records.set(key, entry);
    byUnit.set(c.unit_id, records);
  }

  for (const [unitId, records] of byUnit) {
    const moved: unknown[] = [];
    for (const r of records.values()) {
      const first = r.done.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.id - b.id))[0];
      const from = JSON.stringify(r.all);
      if (!first) {
        moved.push({ record: r.kind, number: r.number || undefined, pathSteps: r.all, completed: false });
        continue;
      }
      const base = { unit_id: unitId, recorded_by: first.completed_by, recorded_at: first.completed_at, moved_from: from };
      if (r.kind === "meeting") await db.insertInto("unit_meeting").values({ ...base, held_on: first.on, attendees: "" }).execute();
      if (r.kind === "fba") await db.insertInto("fishbone_analysis").values({ ...base, held_on: first.on, participants: "", tol_took_part: 1 }).execute();
      if (r.kind === "revision") {
        await db.insertInto("unit_revision").values({ ...base, number: r.number, held_on: first.on, gemba_on: first.on, development_unit_took_part: 0, notes: "" }).execute();
      }
      if (r.kind === "contract") {
        const rollout = rollouts.get(unitId);
        const start = rollout?.start_date ?? first.on;
        await db
          .insertInto("guidance_contract")
          .values({ ...base, agreed_on: first.on, period_start: start, period_end: addMonths(start, rollout?.guidance_months ?? 6), updated_at: now })
          .execute();
      }
      moved.push({ record: r.kind, number: r.number || undefined, on: first.on, recordedBy: first.completed_by, from: first.id, pathSteps: r.all, completed: true, duplicates: r.done.length - 1 });
    }
    await db
      .insertInto("audit_log")
      .values({ at: now, actor_id: null, action: "unit_cycle.migrate", entity: "unit", entity_id: String(unitId), before: null, after: JSON.stringify({ moved }) })
      .execute();
  }

  // Out of the paths: nothing is deleted, the copies are marked removed as a template sync would.
  await db.updateTable("path_step").set({ removed_at: now }).where("template_step_id", "in", stepIds).where("removed_at", "is", null).execute();
  await db.updateTable("template_step").set({ retired_at: now, updated_at: now }).where("id", "in", stepIds).execute();
  await db.updateTable("programme_template").set({ version: Number(template.version) + 1, updated_at: now }).where("id", "=", template.id).execute();
  await db
    .insertInto("audit_log")
    .values({
      at: now,
      actor_id: null,
      action: "template.unit_steps_moved",
      entity: "programme_template",
      entity_id: String(template.id),
      before: JSON.stringify({ steps: steps.filter((s) => kinds.has(s.id)).map((s) => ({ id: s.id, title: s.title })) }),
      after: JSON.stringify({ retired: stepIds, units: byUnit.size }),
    })
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["measure_review", "unit_measure", "unit_revision", "fishbone_cause", "fishbone_analysis", "fishbone_category", "guidance_extension", "guidance_contract", "unit_meeting"]) {
    await db.schema.dropTable(t).execute();
  }
}
