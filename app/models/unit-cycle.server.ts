import { getDb, type DB } from "../../db/client.server";
import type { MeasureStatus } from "../../db/schema";
import { can, canInArea, reach } from "~/access/policy";
import { osloDate } from "~/utils/dates";
import { contractDue, dueWhileLean, fbaDue, meetingDue, revisionDue, revisionsUntil } from "~/utils/lean-cycle";
import type { ContractInput, DecisionInput, FbaCorrection, FbaInput, LeanEndInput, RevisionInput } from "~/validation/unit-cycle";
import type { CycleMeasure, CycleRevision, DutyState, UnitCycle } from "~/types/unit-cycle";
import { audit } from "./audit.server";
import { FieldError } from "./errors";
import { HttpError } from "./http-error";
import type { SessionUser } from "./sign-in.server";
export type { CycleMeasure, CycleRevision, DutyState, UnitCycle };

/** The unit as far as this user may see it: 404 when it does not exist or is out of their reach. */
async function visibleUnit(tx: DB, user: SessionUser, unitId: number) {
  const unit = await tx
    .selectFrom("unit")
    .innerJoin("service_area as area", "area.id", "unit.service_area_id")
    .leftJoin("rollout", "rollout.unit_id", "unit.id")
    .leftJoin("lean_end", "lean_end.unit_id", "unit.id")
    .select([
      "unit.id",
      "unit.name",
      "area.id as areaId",
      "area.name as areaName",
      "area.tol_person_id as tolId",
      "rollout.start_date",
      "rollout.guidance_months",
      "lean_end.ended_on",
      "lean_end.reason as end_reason",
      "lean_end.recorded_by as end_recorded_by",
    ])
    .where("unit.id", "=", unitId)
    .executeTakeFirst();
  if (!unit) throw new HttpError(404);
  const r = reach(user, "read:unit-cycle");
  if (r === "any" || canInArea(user, "read:unit-cycle", unit.areaId)) return unit;
  if (r === "own") {
    // A leader sees their own unit, and the unit of any measure they own.
    const own = await tx
      .selectFrom("person")
      .select("id")
      .where("id", "=", user.id)
      .where((eb) =>
        eb.or([eb("unit_id", "=", unitId), eb.exists(eb.selectFrom("unit_measure").select("id").where("unit_id", "=", unitId).where("owner_id", "=", user.id))]),
      )
      .executeTakeFirst();
    if (own) return unit;
  }
  throw new HttpError(404);
}

/** May this user record the TOL's duties (information meeting, fishbone analysis) in the unit's area? */
const mayRecord = (user: SessionUser, areaId: number) => canInArea(user, "record:unit-cycle", areaId);
const mayRevise = (user: SessionUser, areaId: number) => canInArea(user, "record:revision", areaId);
const mayGuide = (user: SessionUser, areaId: number) => canInArea(user, "record:guidance", areaId);
const mayUpdate = (user: SessionUser, areaId: number, ownerId: number | null) =>
  canInArea(user, "update:measure", areaId) || (can(user, "update:measure") && ownerId === user.id);

const state = (done: boolean, due: string | null, today: string): DutyState => (done ? "done" : due === null ? "coming" : due < today ? "overdue" : "coming");

/**
 * Everything on a unit's page: its rollout, the information meeting, the guidance contract with its
 * extensions and decision, the fishbone analysis, every revision due so far and the next one, the
 * measures and follow-ups, and what this user may record.
 */
export async function unitCycle({ user, unitId, now = new Date() }: { user: SessionUser; unitId: number; now?: Date }): Promise<UnitCycle> {
  const db = getDb();
  const unit = await visibleUnit(db, user, unitId);
  const today = osloDate(now);
  const [meeting, contract, extensions, fba, revisions, measures, reviews, categories, owners] = await Promise.all([
    db.selectFrom("unit_meeting").selectAll().where("unit_id", "=", unitId).executeTakeFirst(),
    db.selectFrom("guidance_contract").selectAll().where("unit_id", "=", unitId).executeTakeFirst(),
    db.selectFrom("guidance_extension").selectAll().where("unit_id", "=", unitId).orderBy("id").execute(),
    db.selectFrom("fishbone_analysis").selectAll().where("unit_id", "=", unitId).executeTakeFirst(),
    db.selectFrom("unit_revision").selectAll().where("unit_id", "=", unitId).orderBy("number").execute(),
    db
      .selectFrom("unit_measure as m")
      .leftJoin("person as owner", "owner.id", "m.owner_id")
      .leftJoin("unit_revision as r", "r.id", "m.revision_id")
      .select(["m.id", "m.kind", "m.title", "m.owner_id", "owner.name as ownerName", "m.due_date", "m.status", "m.closed_on", "r.number as revisionNumber"])
      .where("m.unit_id", "=", unitId)
      .orderBy("m.status", "desc")
      .orderBy("m.due_date")
      .orderBy("m.id")
      .execute(),
    db
      .selectFrom("measure_review as mr")
      .innerJoin("unit_revision as r", "r.id", "mr.revision_id")
      .select(["mr.measure_id", "mr.outcome", "r.number"])
      .where("r.unit_id", "=", unitId)
      .orderBy("r.number")
      .execute(),
    db.selectFrom("fishbone_category").select("name").where("retired_at", "is", null).orderBy("position").execute(),
    ownerChoices(db, unitId, unit.tolId),
  ]);
  const causes = fba ? await db.selectFrom("fishbone_cause").select(["category", "description"]).where("analysis_id", "=", fba.id).orderBy("id").execute() : [];
  // Who recorded what: only the few people named on the page.
  const ids = [unit.end_recorded_by, meeting?.recorded_by, contract?.recorded_by, contract?.decided_by, fba?.recorded_by, ...revisions.map((r) => r.recorded_by), ...extensions.map((e) => e.recorded_by)];
  const wanted = [...new Set(ids.filter((id): id is number => typeof id === "number"))];
  const people = wanted.length ? await db.selectFrom("person").select(["id", "name"]).where("id", "in", wanted).execute() : [];
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const who = (id: number | null) => (id === null ? null : (nameOf.get(id) ?? null));
  const start = unit.start_date;
  const ended = unit.ended_on;
  // An analysis not held before the unit ended its Lean work is no longer due.
  const fbaDate = start && (fba || dueWhileLean(fbaDue(start), ended)) ? fbaDue(start) : null;

  const held = new Map(revisions.map((r) => [r.number, r]));
  const numbers = start ? revisionsUntil(start, today, ended) : [];
  for (const r of revisions) if (!numbers.some((n) => n.number === r.number)) numbers.push({ number: r.number, due: revisionDue(start ?? r.held_on, r.number) });
  numbers.sort((a, b) => a.number - b.number);
  const cycleRevisions: CycleRevision[] = numbers.map(({ number, due }) => {
    const r = held.get(number);
    return {
      number,
      due,
      state: state(!!r, due, today),
      held: r
        ? { heldOn: r.held_on, gembaOn: r.gemba_on, developmentUnitTookPart: r.development_unit_took_part === 1, notes: r.notes, recordedBy: who(r.recorded_by), moved: r.moved_from !== null }
        : null,
    };
  });

  const reviewsOf = new Map<number, { number: number; outcome: string }[]>();
  for (const r of reviews) reviewsOf.set(r.measure_id, [...(reviewsOf.get(r.measure_id) ?? []), { number: r.number, outcome: r.outcome }]);
  const cycleMeasures: CycleMeasure[] = measures.map((m) => ({
    id: m.id,
    kind: m.kind,
    title: m.title,
    ownerId: m.owner_id,
    ownerName: m.ownerName,
    dueDate: m.due_date,
    status: m.status,
    closedOn: m.closed_on,
    overdue: m.status === "open" && m.due_date < today,
    revisionNumber: m.revisionNumber,
    carriedTo: (reviewsOf.get(m.id) ?? []).filter((r) => r.outcome === "carried").map((r) => r.number),
    mayUpdate: mayUpdate(user, unit.areaId, m.owner_id),
  }));

  return {
    today,
    unit: { id: unit.id, name: unit.name, areaId: unit.areaId, areaName: unit.areaName },
    rollout: start ? { startDate: start, guidanceMonths: unit.guidance_months ?? 6 } : null,
    meeting: {
      due: start ? meetingDue(start) : null,
      state: state(!!meeting, start ? meetingDue(start) : null, today),
      record: meeting ? { heldOn: meeting.held_on, attendees: meeting.attendees, recordedBy: who(meeting.recorded_by), moved: meeting.moved_from !== null } : null,
    },
    contract: {
      due: start ? contractDue(start) : null,
      state: state(!!contract, start ? contractDue(start) : null, today),
      record: contract
        ? {
            agreedOn: contract.agreed_on,
            periodStart: contract.period_start,
            periodEnd: contract.period_end,
            decision: contract.decision,
            decisionReason: contract.decision_reason,
            decidedOn: contract.decided_on,
            decidedBy: who(contract.decided_by),
            recordedBy: who(contract.recorded_by),
            moved: contract.moved_from !== null,
          }
        : null,
      extensions: extensions.map((e) => ({ previousEnd: e.previous_end, newEnd: e.new_end, reason: e.reason, recordedBy: who(e.recorded_by), recordedAt: e.recorded_at })),
    },
    fba: {
      due: fbaDate,
      state: state(!!fba, fbaDate, today),
      record: fba ? { heldOn: fba.held_on, participants: fba.participants, tolTookPart: fba.tol_took_part === 1, recordedBy: who(fba.recorded_by), moved: fba.moved_from !== null, causes } : null,
    },
    revisions: cycleRevisions,
    leanEnd: ended ? { endedOn: ended, reason: unit.end_reason!, recordedBy: who(unit.end_recorded_by) } : null,
    measures: cycleMeasures,
    categories: categories.map((c) => c.name),
    owners,
    may: {
      meeting: mayRecord(user, unit.areaId) && !!start,
      fba: mayRecord(user, unit.areaId) && !!start && !fba && fbaDate !== null,
      fbaEdit: mayRecord(user, unit.areaId) && !!fba,
      end: mayRecord(user, unit.areaId) && !!start,
      revision: mayRevise(user, unit.areaId) && !!start,
      guidance: mayGuide(user, unit.areaId) && !!start,
    },
  };
}

/** Who may own a measure: the unit's active people, the area's TOL and the development unit. */
async function ownerChoices(tx: DB, unitId: number, tolId: number | null) {
  return tx
    .selectFrom("person")
    .select(["person.id", "person.name"])
    .where("person.active", "=", 1)
    .where((eb) =>
      eb.or([
        eb("person.unit_id", "=", unitId),
        eb("person.id", "=", tolId ?? -1),
        eb.exists(eb.selectFrom("person_role as r").select("r.person_id").whereRef("r.person_id", "=", "person.id").where("r.role", "=", "development_unit")),
      ]),
    )
    .orderBy("person.name")
    .execute();
}

/** The unit, checked for this recording permission, with its rollout (a duty needs one). */
async function unitToRecord(tx: DB, user: SessionUser, unitId: number, allowed: (user: SessionUser, areaId: number) => boolean) {
  const unit = await visibleUnit(tx, user, unitId);
  if (!allowed(user, unit.areaId)) throw new HttpError(403);
  if (!unit.start_date) throw new HttpError(409);
  return { ...unit, start_date: unit.start_date };
}

/** A date before the rollout cannot be the date of something that happens after it. */
function notBeforeRollout(field: string, date: string, rollout: string) {
  if (date < rollout) throw new FieldError(field, "cycle.beforeRollout");
}

/** Causes name a category offered for new analyses, or one the corrected analysis already had. */
async function checkCategories(tx: DB, causes: { category: string }[], had: string[]) {
  const offered = new Set([...(await tx.selectFrom("fishbone_category").select("name").where("retired_at", "is", null).execute()).map((c) => c.name), ...had]);
  causes.forEach((c, i) => {
    if (!offered.has(c.category)) throw new FieldError(`c${i + 1}Category`, "validation.choice");
  });
}

async function checkOwners(tx: DB, unitId: number, tolId: number | null, rows: { ownerId: number }[], prefix: string, all: { ownerId: number }[]) {
  const allowed = new Set((await ownerChoices(tx, unitId, tolId)).map((p) => p.id));
  rows.forEach((r) => {
    if (!allowed.has(r.ownerId)) throw new FieldError(`${prefix}${all.indexOf(r) + 1}Owner`, "validation.choice");
  });
}

/** Records (or corrects) the TOL's information meeting in the unit. */
export async function recordMeeting({ user, unitId, heldOn, attendees, now = new Date() }: { user: SessionUser; unitId: number; heldOn: string; attendees: string; now?: Date }) {
  return getDb()
    .transaction()
    .execute(async (tx) => {
      await unitToRecord(tx, user, unitId, mayRecord);
      const before = await tx.selectFrom("unit_meeting").selectAll().where("unit_id", "=", unitId).executeTakeFirst();
      const values = { held_on: heldOn, attendees, recorded_by: user.id, recorded_at: now.toISOString() };
      if (before) await tx.updateTable("unit_meeting").set(values).where("id", "=", before.id).execute();
      else await tx.insertInto("unit_meeting").values({ unit_id: unitId, ...values }).execute();
      await audit(tx, { actorId: user.id, action: before ? "unit.meeting.update" : "unit.meeting.record", entity: "unit", entityId: unitId, before, after: values, now });
    });
}

/** Records (or corrects) the guidance contract: when it was agreed and the period it covers. */
export async function recordGuidance({ user, unitId, input, now = new Date() }: { user: SessionUser; unitId: number; input: Omit<ContractInput, "intent">; now?: Date }) {
  return getDb()
    .transaction()
    .execute(async (tx) => {
      await unitToRecord(tx, user, unitId, mayGuide);
      const before = await tx.selectFrom("guidance_contract").selectAll().where("unit_id", "=", unitId).executeTakeFirst();
      const values = { agreed_on: input.agreedOn, period_start: input.periodStart, period_end: input.periodEnd, recorded_by: user.id, recorded_at: now.toISOString(), updated_at: now.toISOString() };
      if (before) await tx.updateTable("guidance_contract").set(values).where("id", "=", before.id).execute();
      else await tx.insertInto("guidance_contract").values({ unit_id: unitId, ...values }).execute();
      await audit(tx, { actorId: user.id, action: before ? "unit.guidance.update" : "unit.guidance.record", entity: "unit", entityId: unitId, before, after: values, now });
    });
}

/**
 * The development unit's decision after the fishbone analysis: withdraw, or continue guidance to a
 * later end date (recorded as an extension). Only once the analysis is held and a contract exists.
 */
export async function decideGuidance({ user, unitId, input, now = new Date() }: { user: SessionUser; unitId: number; input: Omit<DecisionInput, "intent">; now?: Date }) {
  return getDb()
    .transaction()
    .execute(async (tx) => {
      await unitToRecord(tx, user, unitId, mayGuide);
      const contract = await tx.selectFrom("guidance_contract").selectAll().where("unit_id", "=", unitId).executeTakeFirst();
      if (!contract) throw new FieldError("decision", "cycle.decision.noContract");
      const fba = await tx.selectFrom("fishbone_analysis").select("id").where("unit_id", "=", unitId).executeTakeFirst();
      if (!fba) throw new FieldError("decision", "cycle.decision.beforeFba");
      const today = osloDate(now);
      const stamp = now.toISOString();
      let periodEnd = contract.period_end;
      if (input.decision === "continue") {
        if (!input.newEnd || input.newEnd <= contract.period_end) throw new FieldError("newEnd", "cycle.decision.newEnd");
        periodEnd = input.newEnd;
        await tx
          .insertInto("guidance_extension")
          .values({ unit_id: unitId, previous_end: contract.period_end, new_end: periodEnd, reason: input.reason, recorded_by: user.id, recorded_at: stamp })
          .execute();
      }
      const after = { decision: input.decision, decision_reason: input.reason, decided_on: today, decided_by: user.id, period_end: periodEnd, updated_at: stamp };
      await tx.updateTable("guidance_contract").set(after).where("id", "=", contract.id).execute();
      await audit(tx, { actorId: user.id, action: `unit.guidance.${input.decision}`, entity: "unit", entityId: unitId, before: contract, after, now });
    });
}

/** Records the unit's fishbone analysis with its causes and measures (once; the TOL takes part). */
export async function recordFba({ user, unitId, input, now = new Date() }: { user: SessionUser; unitId: number; input: Omit<FbaInput, "intent">; now?: Date }) {
  return getDb()
    .transaction()
    .execute(async (tx) => {
      const unit = await unitToRecord(tx, user, unitId, mayRecord);
      if (await tx.selectFrom("fishbone_analysis").select("id").where("unit_id", "=", unitId).executeTakeFirst()) throw new FieldError("heldOn", "cycle.fba.exists");
      notBeforeRollout("heldOn", input.heldOn, unit.start_date);
      if (unit.ended_on !== null && input.heldOn > unit.ended_on) throw new FieldError("heldOn", "cycle.afterEnd");
      await checkCategories(tx, input.causes, []);
      await checkOwners(tx, unitId, unit.tolId, input.measures, "m", input.measures);
      const stamp = now.toISOString();
      const fba = await tx
        .insertInto("fishbone_analysis")
        .values({ unit_id: unitId, held_on: input.heldOn, participants: input.participants, tol_took_part: 1, recorded_by: user.id, recorded_at: stamp })
        .returning("id")
        .executeTakeFirstOrThrow();
      if (input.causes.length) await tx.insertInto("fishbone_cause").values(input.causes.map((c) => ({ analysis_id: fba.id, ...c }))).execute();
      if (input.measures.length) {
        await tx
          .insertInto("unit_measure")
          .values(input.measures.map((m) => ({ unit_id: unitId, kind: "measure" as const, analysis_id: fba.id, title: m.title, owner_id: m.ownerId, due_date: m.dueDate, created_by: user.id, created_at: stamp, updated_at: stamp })))
          .execute();
      }
      await audit(tx, { actorId: user.id, action: "unit.fba.record", entity: "unit", entityId: unitId, after: input, now });
    });
}

/**
 * Corrects a recorded fishbone analysis: its date, participants and causes. The measures are not
 * touched (they keep their identity and their history); the audit row holds before and after.
 */
export async function correctFba({ user, unitId, input, now = new Date() }: { user: SessionUser; unitId: number; input: FbaCorrection; now?: Date }) {
  return getDb()
    .transaction()
    .execute(async (tx) => {
      const unit = await unitToRecord(tx, user, unitId, mayRecord);
      const fba = await tx.selectFrom("fishbone_analysis").selectAll().where("unit_id", "=", unitId).executeTakeFirst();
      if (!fba) throw new HttpError(404);
      notBeforeRollout("heldOn", input.heldOn, unit.start_date);
      const causes = await tx.selectFrom("fishbone_cause").select(["category", "description"]).where("analysis_id", "=", fba.id).orderBy("id").execute();
      await checkCategories(
        tx,
        input.causes,
        causes.map((c) => c.category),
      );
      await tx.updateTable("fishbone_analysis").set({ held_on: input.heldOn, participants: input.participants }).where("id", "=", fba.id).execute();
      await tx.deleteFrom("fishbone_cause").where("analysis_id", "=", fba.id).execute();
      if (input.causes.length) await tx.insertInto("fishbone_cause").values(input.causes.map((c) => ({ analysis_id: fba.id, ...c }))).execute();
      await audit(tx, {
        actorId: user.id,
        action: "unit.fba.correct",
        entity: "unit",
        entityId: unitId,
        before: { heldOn: fba.held_on, participants: fba.participants, causes },
        after: input,
        now,
      });
    });
}

/**
 * The unit stops working with Lean on this date: no revision or other duty falls due after it (and
 * no reminder, overdue count or escalation). Recording it again corrects the date or reason.
 */
export async function endLean({ user, unitId, input, now = new Date() }: { user: SessionUser; unitId: number; input: LeanEndInput; now?: Date }) {
  return getDb()
    .transaction()
    .execute(async (tx) => {
      const unit = await unitToRecord(tx, user, unitId, mayRecord);
      notBeforeRollout("endedOn", input.endedOn, unit.start_date);
      const before = await tx.selectFrom("lean_end").selectAll().where("unit_id", "=", unitId).executeTakeFirst();
      const values = { ended_on: input.endedOn, reason: input.reason, recorded_by: user.id, recorded_at: now.toISOString() };
      if (before) await tx.updateTable("lean_end").set(values).where("id", "=", before.id).execute();
      else await tx.insertInto("lean_end").values({ unit_id: unitId, ...values }).execute();
      await audit(tx, { actorId: user.id, action: before ? "unit.lean_end.update" : "unit.lean_end.record", entity: "unit", entityId: unitId, before, after: values, now });
    });
}

/** Undoes a recorded end (recorded by mistake, or the unit takes Lean up again): its duties fall due again. */
export async function resumeLean({ user, unitId, now = new Date() }: { user: SessionUser; unitId: number; now?: Date }) {
  return getDb()
    .transaction()
    .execute(async (tx) => {
      await unitToRecord(tx, user, unitId, mayRecord);
      const before = await tx.selectFrom("lean_end").selectAll().where("unit_id", "=", unitId).executeTakeFirst();
      if (!before) throw new HttpError(409);
      await tx.deleteFrom("lean_end").where("id", "=", before.id).execute();
      await audit(tx, { actorId: user.id, action: "unit.lean_end.undo", entity: "unit", entityId: unitId, before, now });
    });
}

/**
 * Records the n-th half-year revision: the Gemba walk, the development unit's part, the follow-ups
 * still open (each is closed or carried on to the next revision) and the deviations found, which
 * become new follow-up areas. Revision n may be held once it is the next one not yet recorded.
 */
export async function recordRevision({ user, unitId, input, now = new Date() }: { user: SessionUser; unitId: number; input: Omit<RevisionInput, "intent">; now?: Date }) {
  return getDb()
    .transaction()
    .execute(async (tx) => {
      const unit = await unitToRecord(tx, user, unitId, mayRevise);
      const today = osloDate(now);
      const allowed = revisionsUntil(unit.start_date, today, unit.ended_on).map((r) => r.number);
      const done = new Set((await tx.selectFrom("unit_revision").select("number").where("unit_id", "=", unitId).execute()).map((r) => r.number));
      if (!allowed.includes(input.number) || done.has(input.number)) throw new FieldError("number", "cycle.revision.number");
      notBeforeRollout("heldOn", input.heldOn, unit.start_date);
      if (input.gembaOn) notBeforeRollout("gembaOn", input.gembaOn, unit.start_date);
      await checkOwners(tx, unitId, unit.tolId, input.deviations, "d", input.deviations);
      const open = await tx.selectFrom("unit_measure").select("id").where("unit_id", "=", unitId).where("kind", "=", "follow_up").where("status", "=", "open").execute();
      const openIds = new Set(open.map((m) => m.id));
      if (input.closed.some((id) => !openIds.has(id))) throw new FieldError("closed", "validation.choice");
      const stamp = now.toISOString();
      const revision = await tx
        .insertInto("unit_revision")
        .values({
          unit_id: unitId,
          number: input.number,
          held_on: input.heldOn,
          gemba_on: input.gembaOn,
          development_unit_took_part: input.developmentUnitTookPart ? 1 : 0,
          notes: input.notes,
          recorded_by: user.id,
          recorded_at: stamp,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      if (open.length) {
        const closed = new Set(input.closed);
        await tx
          .insertInto("measure_review")
          .values(open.map((m) => ({ measure_id: m.id, revision_id: revision.id, outcome: closed.has(m.id) ? ("closed" as const) : ("carried" as const) })))
          .execute();
        if (closed.size) {
          await tx.updateTable("unit_measure").set({ status: "done", closed_on: input.heldOn, closed_by: user.id, updated_at: stamp }).where("id", "in", [...closed]).execute();
        }
      }
      if (input.deviations.length) {
        await tx
          .insertInto("unit_measure")
          .values(input.deviations.map((d) => ({ unit_id: unitId, kind: "follow_up" as const, revision_id: revision.id, title: d.title, owner_id: d.ownerId, due_date: d.dueDate, created_by: user.id, created_at: stamp, updated_at: stamp })))
          .execute();
      }
      await audit(tx, { actorId: user.id, action: "unit.revision.record", entity: "unit", entityId: unitId, after: { ...input, carried: open.length - input.closed.length }, now });
    });
}

/**
 * Closes (done) or reopens a measure or follow-up: its owner, the area's TOL, or an admin. From the
 * unit's page the unit is given and must match; from «Mitt løp» it is the measure's own.
 */
export async function updateMeasure({ user, unitId, measureId, status, now = new Date() }: { user: SessionUser; unitId?: number; measureId: number; status: MeasureStatus; now?: Date }) {
  return getDb()
    .transaction()
    .execute(async (tx) => {
      const before = await tx.selectFrom("unit_measure").selectAll().where("id", "=", measureId).executeTakeFirst();
      if (!before || (unitId !== undefined && before.unit_id !== unitId)) throw new HttpError(404);
      const unit = await visibleUnit(tx, user, before.unit_id);
      if (!mayUpdate(user, unit.areaId, before.owner_id)) throw new HttpError(403);
      const after = status === "done" ? { status, closed_on: osloDate(now), closed_by: user.id, updated_at: now.toISOString() } : { status, closed_on: null, closed_by: null, updated_at: now.toISOString() };
      await tx.updateTable("unit_measure").set(after).where("id", "=", measureId).execute();
      await audit(tx, { actorId: user.id, action: `unit.measure.${status === "done" ? "close" : "reopen"}`, entity: "unit_measure", entityId: measureId, before, after, now });
    });
}

/** The measures and follow-up areas this person owns, in every unit, open ones first, for «Mitt løp». */
export async function ownMeasures({ user, now = new Date() }: { user: SessionUser; now?: Date }): Promise<(CycleMeasure & { unitId: number; unitName: string })[]> {
  const today = osloDate(now);
  const rows = await getDb()
    .selectFrom("unit_measure as m")
    .innerJoin("unit", "unit.id", "m.unit_id")
    .leftJoin("unit_revision as r", "r.id", "m.revision_id")
    .select(["m.id", "m.kind", "m.title", "m.due_date", "m.status", "m.closed_on", "m.unit_id", "unit.name as unitName", "unit.service_area_id", "r.number as revisionNumber"])
    .where("m.owner_id", "=", user.id)
    .orderBy("m.status", "desc")
    .orderBy("m.due_date")
    .orderBy("m.id")
    .execute();
  return rows.map((m) => ({
    id: m.id,
    kind: m.kind,
    title: m.title,
    ownerId: user.id,
    ownerName: user.name,
    dueDate: m.due_date,
    status: m.status,
    closedOn: m.closed_on,
    overdue: m.status === "open" && m.due_date < today,
    revisionNumber: m.revisionNumber,
    carriedTo: [],
    mayUpdate: mayUpdate(user, m.service_area_id, user.id),
    unitId: m.unit_id,
    unitName: m.unitName,
  }));
}
