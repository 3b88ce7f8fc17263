import { getDb, type DB } from "../../db/client.server";
import type { Evidence, Responsible, TemplateStep } from "../../db/schema";
import { addDaysToDate, osloDate } from "~/utils/dates";
import { stepStatus, completionPercent, type StepStatus } from "~/utils/status";
import { canRecordStep, isConfirmedBy, visibleLeaders } from "./access.server";
import { audit } from "./audit.server";
import type { SessionUser } from "./sign-in.server";
import { FieldError } from "./errors";
import { HttpError } from "./http-error";
import type { PathStepView, PathView } from "~/types/path";
import { currentCompletion } from "./queries.server";
export type { PathStepView, PathView };

/** Creates a person's path from a template's current (non-retired) steps, due dates from the anchor. */
export async function createPath(
  tx: DB,
  {
    personId,
    templateId,
    anchorDate,
    now,
    anchor,
  }: { personId: number; templateId: number; anchorDate: string; now: Date; anchor?: "start_date" | "rollout_date" },
): Promise<number> {
  const template = await tx
    .selectFrom("programme_template")
    .select(["id", "version", "anchor"])
    .where("id", "=", templateId)
    .executeTakeFirst();
  // A hire's programme must count from the start date; a rollout's from the rollout date.
  if (!template || (anchor && template.anchor !== anchor)) throw new FieldError("templateId", "validation.template");
  const steps = await tx
    .selectFrom("template_step")
    .selectAll()
    .where("template_id", "=", templateId)
    .where("retired_at", "is", null)
    .orderBy("position")
    .execute();
  const path = await tx
    .insertInto("path")
    .values({
      person_id: personId,
      template_id: templateId,
      template_version: template.version,
      anchor_date: anchorDate,
      created_at: now.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (steps.length > 0) await tx.insertInto("path_step").values(steps.map((s) => pathStepValues(path.id, s, anchorDate))).execute();
  return path.id;
}

/** A path's snapshot of one template step, due `offset_days` after the path's anchor date. */
export function pathStepValues(pathId: number, s: TemplateStep, anchorDate: string) {
  return {
    path_id: pathId,
    template_step_id: s.id,
    position: s.position,
    title: s.title,
    description: s.description,
    responsible: s.responsible,
    evidence: s.evidence,
    required: s.required,
    offset_days: s.offset_days,
    due_date: addDaysToDate(anchorDate, s.offset_days),
  };
}



/** Every path of one person as the asker may see it; null when the person is out of scope. */
export async function pathsForPerson({
  user,
  personId,
  now = new Date(),
}: {
  user: SessionUser;
  personId: number;
  now?: Date;
}): Promise<PathView[] | null> {
  const db = getDb();
  const person = await db
    .selectFrom("person")
    .leftJoin("unit", "unit.id", "person.unit_id")
    .select(["person.id", "unit.service_area_id as areaId"])
    .where("person.id", "=", personId)
    .where(visibleLeaders(user))
    .executeTakeFirst();
  if (!person) return null;

  const rows = await db
    .selectFrom("path")
    .innerJoin("programme_template as t", "t.id", "path.template_id")
    .innerJoin("path_step as s", "s.path_id", "path.id")
    .leftJoin("step_completion as c", currentCompletion("s.id"))
    .leftJoin("person as by", "by.id", "c.completed_by")
    .select([
      "path.id as pathId",
      "path.anchor_date",
      "path.template_version",
      "t.name as templateName",
      "t.anchor",
      "s.id",
      "s.title",
      "s.description",
      "s.responsible",
      "s.evidence",
      "s.required",
      "s.due_date",
      "c.completed_at",
      "c.confirmed",
      "c.evidence_date",
      "c.evidence_note",
      "by.name as byName",
    ])
    .where("path.person_id", "=", personId)
    .where("s.removed_at", "is", null)
    .orderBy("path.id")
    .orderBy("s.position")
    .execute();

  const today = osloDate(now);
  const paths = new Map<number, PathView>();
  for (const r of rows) {
    let p = paths.get(r.pathId);
    if (!p) {
      p = {
        id: r.pathId,
        templateName: r.templateName,
        templateVersion: r.template_version,
        anchor: r.anchor,
        anchorDate: r.anchor_date,
        steps: [],
        done: 0,
        total: 0,
        percent: 0,
      };
      paths.set(r.pathId, p);
    }
    const done = r.completed_at !== null;
    p.steps.push({
      id: r.id,
      title: r.title,
      description: r.description,
      responsible: r.responsible,
      evidence: r.evidence,
      required: r.required === 1,
      dueDate: r.due_date,
      status: stepStatus({ due_date: r.due_date, done }, today),
      canRecord: canRecordStep(user, { responsible: r.responsible, evidence: r.evidence, personId, areaId: person.areaId }),
      completion: done
        ? {
            at: r.completed_at!,
            byName: r.byName,
            confirmed: r.confirmed === 1,
            evidenceDate: r.evidence_date,
            note: r.evidence_note,
          }
        : null,
    });
    p.total++;
    if (done) p.done++;
  }
  for (const p of paths.values()) p.percent = completionPercent(p.done, p.total);
  return [...paths.values()];
}

/** Loads a step with what the access rules need, scoped to the asker; 404 outside it, 403 if not theirs to record. */
async function stepForRecording(tx: DB, user: SessionUser, stepId: number) {
  const step = await tx
    .selectFrom("path_step as s")
    .innerJoin("path", "path.id", "s.path_id")
    .innerJoin("person", "person.id", "path.person_id")
    .leftJoin("unit", "unit.id", "person.unit_id")
    .select([
      "s.id",
      "s.title",
      "s.responsible",
      "s.evidence",
      "person.id as personId",
      "unit.service_area_id as areaId",
    ])
    .where("s.id", "=", stepId)
    .where("s.removed_at", "is", null)
    .where(visibleLeaders(user))
    .executeTakeFirst();
  if (!step) throw new HttpError(404);
  if (!canRecordStep(user, step)) throw new HttpError(403);
  return step;
}

/** Records a step as done with its evidence. Recording an already-done step changes nothing. */
export async function completeStep({
  user,
  stepId,
  evidenceDate,
  note,
  now = new Date(),
}: {
  user: SessionUser;
  stepId: number;
  evidenceDate?: string;
  note?: string;
  now?: Date;
}): Promise<{ personId: number }> {
  return getDb()
    .transaction()
    .execute(async (tx) => {
      const step = await stepForRecording(tx, user, stepId);
      if (step.evidence === "date" && !evidenceDate) throw new FieldError("evidenceDate", "validation.dateNeeded");
      await insertCompletion(tx, {
        stepId,
        actorId: user.id,
        evidenceDate: step.evidence === "date" || step.evidence === "attendance" ? evidenceDate : undefined,
        note,
        confirmed: isConfirmedBy(user, step.personId),
        now,
      });
      return { personId: step.personId };
    });
}

/**
 * Records a completion with its audit row, inside the caller's transaction. A step that is already
 * done is left as it is (ticking twice records one completion).
 */
export async function insertCompletion(
  tx: DB,
  { stepId, actorId, evidenceDate, note, confirmed, now }: { stepId: number; actorId: number; evidenceDate?: string; note?: string; confirmed: boolean; now: Date },
): Promise<boolean> {
  const existing = await tx.selectFrom("step_completion").select("id").where("path_step_id", "=", stepId).where("undone_at", "is", null).executeTakeFirst();
  if (existing) return false;
  const values = {
    path_step_id: stepId,
    completed_by: actorId,
    completed_at: now.toISOString(),
    evidence_date: evidenceDate ?? null,
    evidence_note: note || null,
    confirmed: confirmed ? 1 : 0,
  };
  const row = await tx.insertInto("step_completion").values(values).returning("id").executeTakeFirstOrThrow();
  await audit(tx, { actorId, action: "step.complete", entity: "path_step", entityId: stepId, after: { completionId: row.id, ...values }, now });
  return true;
}

/** Takes a completion back; the row stays, marked undone, so history is never lost. */
export async function undoStep({ user, stepId, now = new Date() }: { user: SessionUser; stepId: number; now?: Date }) {
  return getDb()
    .transaction()
    .execute(async (tx) => {
      const step = await stepForRecording(tx, user, stepId);
      const current = await tx
        .selectFrom("step_completion")
        .selectAll()
        .where("path_step_id", "=", stepId)
        .where("undone_at", "is", null)
        .executeTakeFirst();
      if (!current) return { personId: step.personId };
      await tx
        .updateTable("step_completion")
        .set({ undone_at: now.toISOString(), undone_by: user.id })
        .where("id", "=", current.id)
        .execute();
      await audit(tx, {
        actorId: user.id,
        action: "step.undo",
        entity: "path_step",
        entityId: stepId,
        before: current,
        now,
      });
      return { personId: step.personId };
    });
}
