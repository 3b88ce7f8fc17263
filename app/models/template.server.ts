import { getDb, type DB } from "../../db/client.server";
import { addDaysToDate } from "~/utils/dates";
import type { TemplateStepInput } from "~/validation/template-step";
import { audit } from "./audit.server";
import type { SessionUser } from "./sign-in.server";
import { HttpError } from "./http-error";
import { currentCompletion } from "./queries.server";

export async function listTemplates() {
  const db = getDb();
  return db
    .selectFrom("programme_template as t")
    .select([
      "t.id",
      "t.key",
      "t.name",
      "t.description",
      "t.anchor",
      "t.version",
      (eb) =>
        eb
          .selectFrom("template_step")
          .select(eb.fn.countAll<number>().as("n"))
          .whereRef("template_step.template_id", "=", "t.id")
          .where("template_step.retired_at", "is", null)
          .as("stepCount"),
    ])
    .orderBy("t.id")
    .execute();
}

export async function getTemplate(templateId: number) {
  const db = getDb();
  const template = await db.selectFrom("programme_template").selectAll().where("id", "=", templateId).executeTakeFirst();
  if (!template) throw new HttpError(404);
  const [steps, outdated] = await Promise.all([
    db
      .selectFrom("template_step")
      .selectAll()
      .where("template_id", "=", templateId)
      .orderBy((eb) => eb.case().when("retired_at", "is", null).then(0).else(1).end())
      .orderBy("position")
      .execute(),
    db
      .selectFrom("path")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("template_id", "=", templateId)
      .where("template_version", "<", template.version)
      .executeTakeFirstOrThrow(),
  ]);
  return { template, steps, outdatedPaths: Number(outdated.n) };
}

/** Every edit bumps the template's version; running paths keep theirs until HR syncs them. */
async function bumpVersion(tx: DB, templateId: number, now: Date): Promise<number> {
  const row = await tx
    .updateTable("programme_template")
    .set((eb) => ({ version: eb("version", "+", 1), updated_at: now.toISOString() }))
    .where("id", "=", templateId)
    .returning("version")
    .executeTakeFirst();
  if (!row) throw new HttpError(404);
  return row.version;
}

const stepValues = (input: TemplateStepInput) => ({
  title: input.title,
  description: input.description,
  responsible: input.responsible,
  offset_days: input.offsetDays,
  evidence: input.evidence,
  required: input.required ? 1 : 0,
  remind_before_days: input.remindBeforeDays,
  remind_on_due: input.remindOnDue ? 1 : 0,
  overdue_every_days: input.overdueEveryDays,
  overdue_max: input.overdueMax,
  escalate_after_days: input.escalateAfterDays,
});

export async function addTemplateStep({ actor, templateId, input, now = new Date() }: { actor: SessionUser; templateId: number; input: TemplateStepInput; now?: Date }) {
  return getDb()
    .transaction()
    .execute(async (tx) => {
      const version = await bumpVersion(tx, templateId, now);
      const last = await tx
        .selectFrom("template_step")
        .select((eb) => eb.fn.max("position").as("max"))
        .where("template_id", "=", templateId)
        .executeTakeFirst();
      const values = { template_id: templateId, position: Number(last?.max ?? 0) + 1, ...stepValues(input), created_at: now.toISOString(), updated_at: now.toISOString() };
      const step = await tx.insertInto("template_step").values(values).returning("id").executeTakeFirstOrThrow();
      await audit(tx, { actorId: actor.id, action: "template.step.add", entity: "template_step", entityId: step.id, after: { ...values, version }, now });
      return version;
    });
}

export async function updateTemplateStep({ actor, templateId, stepId, input, now = new Date() }: { actor: SessionUser; templateId: number; stepId: number; input: TemplateStepInput; now?: Date }) {
  return getDb()
    .transaction()
    .execute(async (tx) => {
      const before = await tx.selectFrom("template_step").selectAll().where("id", "=", stepId).where("template_id", "=", templateId).executeTakeFirst();
      if (!before) throw new HttpError(404);
      const version = await bumpVersion(tx, templateId, now);
      const values = { ...stepValues(input), updated_at: now.toISOString() };
      await tx.updateTable("template_step").set(values).where("id", "=", stepId).execute();
      await audit(tx, { actorId: actor.id, action: "template.step.update", entity: "template_step", entityId: stepId, before, after: { ...values, version }, now });
      return version;
    });
}

/** Swaps a step with its neighbour among the active steps. */
export async function moveTemplateStep({ actor, templateId, stepId, direction, now = new Date() }: { actor: SessionUser; templateId: number; stepId: number; direction: "up" | "down"; now?: Date }) {
  return getDb()
    .transaction()
    .execute(async (tx) => {
      const steps = await tx
        .selectFrom("template_step")
        .select(["id", "position"])
        .where("template_id", "=", templateId)
        .where("retired_at", "is", null)
        .orderBy("position")
        .execute();
      const i = steps.findIndex((s) => s.id === stepId);
      if (i < 0) throw new HttpError(404);
      const j = direction === "up" ? i - 1 : i + 1;
      const a = steps[i]!;
      const b = steps[j];
      if (!b) return null;
      const version = await bumpVersion(tx, templateId, now);
      await tx.updateTable("template_step").set({ position: b.position, updated_at: now.toISOString() }).where("id", "=", a.id).execute();
      await tx.updateTable("template_step").set({ position: a.position, updated_at: now.toISOString() }).where("id", "=", b.id).execute();
      await audit(tx, { actorId: actor.id, action: `template.step.move_${direction}`, entity: "template_step", entityId: stepId, before: { position: a.position }, after: { position: b.position, version }, now });
      return version;
    });
}

export async function retireTemplateStep({ actor, templateId, stepId, now = new Date() }: { actor: SessionUser; templateId: number; stepId: number; now?: Date }) {
  return getDb()
    .transaction()
    .execute(async (tx) => {
      const step = await tx.selectFrom("template_step").select(["id", "retired_at"]).where("id", "=", stepId).where("template_id", "=", templateId).executeTakeFirst();
      if (!step) throw new HttpError(404);
      if (step.retired_at) return null;
      const version = await bumpVersion(tx, templateId, now);
      await tx.updateTable("template_step").set({ retired_at: now.toISOString(), updated_at: now.toISOString() }).where("id", "=", stepId).execute();
      await audit(tx, { actorId: actor.id, action: "template.step.retire", entity: "template_step", entityId: stepId, after: { retired_at: now.toISOString(), version }, now });
      return version;
    });
}

/**
 * Brings running paths to the template's current version. Open steps take the new wording and
 * due date, new steps are added, open steps of retired template steps are removed; completed
 * steps are history and are never touched.
 */
export async function syncRunningPaths({ actor, templateId, now = new Date() }: { actor: SessionUser; templateId: number; now?: Date }) {
  return getDb()
    .transaction()
    .execute(async (tx) => {
      const template = await tx.selectFrom("programme_template").select(["id", "version"]).where("id", "=", templateId).executeTakeFirst();
      if (!template) throw new HttpError(404);
      const steps = await tx.selectFrom("template_step").selectAll().where("template_id", "=", templateId).execute();
      const paths = await tx
        .selectFrom("path")
        .select(["id", "anchor_date", "template_version"])
        .where("template_id", "=", templateId)
        .where("template_version", "<", template.version)
        .execute();
      for (const path of paths) {
        const existing = await tx
          .selectFrom("path_step as s")
          .leftJoin("step_completion as c", currentCompletion("s.id"))
          .select(["s.id", "s.template_step_id", "s.removed_at", "c.id as completionId"])
          .where("s.path_id", "=", path.id)
          .execute();
        const byStep = new Map(existing.map((e) => [e.template_step_id, e]));
        for (const step of steps) {
          const current = byStep.get(step.id);
          if (current?.completionId) continue;
          if (step.retired_at) {
            if (current && !current.removed_at) await tx.updateTable("path_step").set({ removed_at: now.toISOString() }).where("id", "=", current.id).execute();
            continue;
          }
          const values = {
            position: step.position,
            title: step.title,
            description: step.description,
            responsible: step.responsible,
            evidence: step.evidence,
            required: step.required,
            offset_days: step.offset_days,
            due_date: addDaysToDate(path.anchor_date, step.offset_days),
            removed_at: null,
          };
          if (current) await tx.updateTable("path_step").set(values).where("id", "=", current.id).execute();
          else await tx.insertInto("path_step").values({ path_id: path.id, template_step_id: step.id, ...values }).execute();
        }
        await tx.updateTable("path").set({ template_version: template.version }).where("id", "=", path.id).execute();
      }
      await audit(tx, { actorId: actor.id, action: "template.sync", entity: "programme_template", entityId: templateId, after: { version: template.version, paths: paths.length }, now });
      return { count: paths.length, version: template.version };
    });
}
