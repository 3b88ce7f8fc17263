import { getDb, type DB } from "../../db/client.server";
import { groupBy } from "~/utils/collections";
import { addDaysToDate, daysBetween, osloDate } from "~/utils/dates";
import { areaScope, canInArea } from "~/access/policy";
import { audit } from "./audit.server";
import type { SessionUser } from "./sign-in.server";
import { cachedFigures } from "./cache.server";
import { HttpError } from "./http-error";
import { createPath } from "./path.server";
import { READINESS_STATES, type AreaRollouts, type BlockReason, type MonthReadiness, type ReadinessState, type UnitReadiness } from "~/types/rollout";
import { completionAsOf, currentCompletion, leaderAt, stepOnPathAt } from "./queries.server";
import type { ExpressionBuilder } from "kysely";
import { contractDue, meetingDue } from "~/utils/lean-cycle";
export { READINESS_STATES };
export type { AreaRollouts, BlockReason, MonthReadiness, ReadinessState, UnitReadiness };

export const PRE_ROLLOUT_KEY = "pre_rollout";

/** A TOL manages rollouts in their own areas; an admin everywhere. */
export const canManageRollout = (u: SessionUser, areaId: number) => canInArea(u, "manage:rollout", areaId);

/** Areas whose rollouts this user may read (null = all). */
export const rolloutScope = (u: SessionUser) => areaScope(u, "read:rollout");

async function unitInScope(tx: DB, user: SessionUser, unitId: number) {
  const unit = await tx
    .selectFrom("unit")
    .innerJoin("service_area as area", "area.id", "unit.service_area_id")
    .select(["unit.id", "unit.name", "area.id as areaId", "area.name as areaName"])
    .where("unit.id", "=", unitId)
    .executeTakeFirst();
  const scope = rolloutScope(user);
  if (!unit || (scope && !scope.includes(unit.areaId))) throw new HttpError(404);
  return unit;
}

/** Gives a leader of a unit with a rollout the pre-rollout path, if they do not have it (late joiners too). */
export async function enrolInRollout(tx: DB, { personId, unitId, now }: { personId: number; unitId: number | null; now: Date }) {
  if (unitId === null) return false;
  const rollout = await tx.selectFrom("rollout").select("start_date").where("unit_id", "=", unitId).executeTakeFirst();
  if (!rollout) return false;
  const template = await tx.selectFrom("programme_template").select("id").where("key", "=", PRE_ROLLOUT_KEY).executeTakeFirst();
  if (!template) return false;
  const has = await tx.selectFrom("path").select("id").where("person_id", "=", personId).where("template_id", "=", template.id).executeTakeFirst();
  if (has) return false;
  const isLeader = await tx.selectFrom("person_role").select("person_id").where("person_id", "=", personId).where("role", "=", "leader").executeTakeFirst();
  if (!isLeader) return false;
  await createPath(tx, { personId, templateId: template.id, anchorDate: rollout.start_date, now });
  return true;
}

/**
 * Sets a unit's rollout date and guidance period. The first time, the unit's current leaders get
 * the pre-rollout path; when the date moves, every open due date moves with it (completed steps
 * keep theirs). Audited with before and after.
 */
export async function setRollout({
  user,
  unitId,
  startDate,
  guidanceMonths,
  now = new Date(),
}: {
  user: SessionUser;
  unitId: number;
  startDate: string;
  guidanceMonths: number;
  now?: Date;
}) {
  return getDb()
    .transaction()
    .execute(async (tx) => {
      const unit = await unitInScope(tx, user, unitId);
      if (!canManageRollout(user, unit.areaId)) throw new HttpError(403);
      const before = await tx.selectFrom("rollout").selectAll().where("unit_id", "=", unitId).executeTakeFirst();
      const stamp = now.toISOString();
      if (before) {
        await tx.updateTable("rollout").set({ start_date: startDate, guidance_months: guidanceMonths, updated_at: stamp }).where("id", "=", before.id).execute();
      } else {
        await tx.insertInto("rollout").values({ unit_id: unitId, start_date: startDate, guidance_months: guidanceMonths, created_at: stamp, updated_at: stamp }).execute();
      }
      let enrolled = 0;
      let moved = 0;
      if (!before) {
        const leaders = await tx
          .selectFrom("person")
          .innerJoin("person_role as r", (j) => j.onRef("r.person_id", "=", "person.id").on("r.role", "=", "leader"))
          .select("person.id")
          .where("person.unit_id", "=", unitId)
          .where("person.active", "=", 1)
          .execute();
        for (const l of leaders) if (await enrolInRollout(tx, { personId: l.id, unitId, now })) enrolled++;
      } else if (before.start_date !== startDate) {
        moved = await replanPaths(tx, unitId, startDate);
      }
      await audit(tx, {
        actorId: user.id,
        action: before ? "rollout.update" : "rollout.create",
        entity: "rollout",
        entityId: unitId,
        before: before ?? undefined,
        after: { unit_id: unitId, start_date: startDate, guidance_months: guidanceMonths, enrolled, moved },
        now,
      });
      return { enrolled, moved };
    });
}

/** Moves the anchor of every pre-rollout path in the unit, and the due date of every open step. */
async function replanPaths(tx: DB, unitId: number, startDate: string): Promise<number> {
  const paths = await tx
    .selectFrom("path")
    .innerJoin("programme_template as t", "t.id", "path.template_id")
    .innerJoin("person", "person.id", "path.person_id")
    .select("path.id")
    .where("t.key", "=", PRE_ROLLOUT_KEY)
    .where("person.unit_id", "=", unitId)
    .execute();
  let moved = 0;
  for (const p of paths) {
    await tx.updateTable("path").set({ anchor_date: startDate }).where("id", "=", p.id).execute();
    const open = await tx
      .selectFrom("path_step as s")
      .leftJoin("step_completion as c", currentCompletion("s.id"))
      .select(["s.id", "s.offset_days"])
      .where("s.path_id", "=", p.id)
      .where("c.id", "is", null)
      .execute();
    for (const s of open) {
      await tx.updateTable("path_step").set({ due_date: addDaysToDate(startDate, s.offset_days) }).where("id", "=", s.id).execute();
      moved++;
    }
  }
  return moved;
}



/**
 * Readiness of each unit with a rollout, from its leaders' required steps due by the rollout date:
 * ready when all are done; not ready when the date has come with steps still open; at risk when a
 * step is overdue, or an attendance step has no session before the date that the leader is on or
 * could still join; otherwise on track.
 */
export async function rolloutReadiness({ user, areaId, unitId, now = new Date() }: { user: SessionUser; areaId?: number; unitId?: number; now?: Date }): Promise<UnitReadiness[]> {
  const scope = rolloutScope(user);
  if (areaId !== undefined && scope && !scope.includes(areaId)) throw new HttpError(404);
  // The figures depend on the data, the day, and which sessions are still ahead: the key names the
  // next session start, so the cache turns over when one begins.
  const next = await getDb()
    .selectFrom("training_session")
    .select((eb) => eb.fn.min("starts_at").as("at"))
    .where("cancelled_at", "is", null)
    .where("starts_at", ">", now.toISOString())
    .executeTakeFirst();
  const all = await cachedFigures(`rollouts:${osloDate(now)}:${next?.at ?? ""}`, now, () => municipalityReadiness(now));
  return all.filter((u) => (!scope || scope.includes(u.areaId)) && (areaId === undefined || u.areaId === areaId) && (unitId === undefined || u.unitId === unitId));
}

/** A session not cancelled (as of `at`: announced by then and not cancelled yet). */
const sessionOpenAt =
  (at: string, asOf: boolean) =>
  (eb: ExpressionBuilder<any, any>) =>
    asOf ? eb.and([eb("ts.created_at", "<", at), eb.or([eb("ts.cancelled_at", "is", null), eb("ts.cancelled_at", ">=", at)])]) : eb("ts.cancelled_at", "is", null);

/** Every unit's readiness as it stood at an instant, from the dates on the records: for period reports. */
export const readinessAsOf = ({ db, at }: { db: DB; at: Date }) => municipalityReadiness(at, { db, asOf: true });

/**
 * Every unit's readiness; rolloutReadiness keeps it until the data changes and picks the asker's
 * part. With `asOf`, the same rules on the records as they stood at `now`: rollouts, leaders,
 * completions, the unit's duties, sessions and sign-ups recorded by then (and not yet taken back,
 * left or cancelled).
 */
async function municipalityReadiness(now: Date, { db = getDb(), asOf = false }: { db?: DB; asOf?: boolean } = {}): Promise<UnitReadiness[]> {
  const at = now.toISOString();
  let unitQuery = db
    .selectFrom("rollout")
    .innerJoin("unit", "unit.id", "rollout.unit_id")
    .innerJoin("service_area as area", "area.id", "unit.service_area_id")
    .select(["unit.id as unitId", "unit.name as unitName", "area.id as areaId", "area.name as areaName", "rollout.start_date", "rollout.guidance_months"])
    .orderBy("rollout.start_date")
    .orderBy("unit.name");
  if (asOf) unitQuery = unitQuery.where("rollout.created_at", "<", at);
  const units = await unitQuery.execute();
  if (units.length === 0) return [];

  const unitIds = units.map((u) => u.unitId);
  const stepQuery = db
    .selectFrom("path_step as s")
    .innerJoin("path", "path.id", "s.path_id")
    .innerJoin("programme_template as t", "t.id", "path.template_id")
    .innerJoin("person", "person.id", "path.person_id")
    .leftJoin("step_completion as c", asOf ? completionAsOf("s.id", at) : currentCompletion("s.id"))
    .select(["s.id", "s.title", "s.due_date", "s.evidence", "s.template_step_id", "person.id as personId", "person.name", "person.unit_id as unitId", "path.anchor_date", "c.id as completionId"])
    .where("t.key", "=", PRE_ROLLOUT_KEY)
    .where("person.unit_id", "in", unitIds)
    .where("s.required", "=", 1);
  const steps = await (asOf
    ? stepQuery.where(stepOnPathAt(at)).where(leaderAt(at))
    : stepQuery.where("person.active", "=", 1).where("s.removed_at", "is", null)
  ).execute();

  // The unit's own duties before the rollout count once per unit, not once per leader.
  const [meetings, contracts] = await Promise.all([
    db.selectFrom("unit_meeting").select("unit_id").where("unit_id", "in", unitIds).$if(asOf, (q) => q.where("recorded_at", "<", at)).execute(),
    db.selectFrom("guidance_contract").select("unit_id").where("unit_id", "in", unitIds).$if(asOf, (q) => q.where("recorded_at", "<", at)).execute(),
  ]);
  const met = new Set(meetings.map((m) => m.unit_id));
  const contracted = new Set(contracts.map((c) => c.unit_id));

  const openAttendance = steps.filter((s) => s.completionId === null && s.evidence === "attendance");
  const sessions = openAttendance.length
    ? await db
        .selectFrom("training_session as ts")
        .innerJoin("session_step as ss", "ss.session_id", "ts.id")
        .select([
          "ts.id",
          "ts.starts_at",
          "ts.capacity",
          "ss.template_step_id",
          (eb) =>
            eb
              .selectFrom("session_signup as su")
              .select(eb.fn.countAll<number>().as("n"))
              .whereRef("su.session_id", "=", "ts.id")
              .where("su.status", "=", "confirmed")
              .$if(asOf, (q) => q.where("su.created_at", "<", at))
              .as("confirmed"),
        ])
        .where(sessionOpenAt(at, asOf))
        .where("ts.starts_at", ">", now.toISOString())
        .where("ss.template_step_id", "in", [...new Set(openAttendance.map((s) => s.template_step_id))])
        .execute()
    : [];
  const signups = openAttendance.length
    ? await db
        .selectFrom("session_signup")
        .innerJoin("training_session as ts", "ts.id", "session_signup.session_id")
        .select(["session_signup.person_id", "session_signup.session_id", "ts.starts_at"])
        .where("session_signup.status", "=", "confirmed")
        .$if(asOf, (q) => q.where("session_signup.created_at", "<", at))
        .where(sessionOpenAt(at, asOf))
        .where("ts.starts_at", ">", now.toISOString())
        .where("session_signup.person_id", "in", [...new Set(openAttendance.map((s) => s.personId))])
        .execute()
    : [];

  const today = osloDate(now);
  // Index once: steps by unit, sessions by template step, sign-ups by person.
  const stepsByUnit = new Map(groupBy(steps, (s) => s.unitId));
  const sessionsByStep = new Map(groupBy(sessions, (x) => x.template_step_id));
  const signupsByPerson = new Map(groupBy(signups, (x) => x.person_id));
  const onlyDay = new Map<string, string>();
  const dayOf = (iso: string) => onlyDay.get(iso) ?? onlyDay.set(iso, osloDate(new Date(iso))).get(iso)!;
  return units.map((u) => {
    const mine = (stepsByUnit.get(u.unitId) ?? []).filter((s) => s.due_date <= u.start_date);
    const leaders = new Set(mine.map((s) => s.personId));
    const blockers: UnitReadiness["blockers"] = [];
    for (const s of mine) {
      if (s.completionId !== null) continue;
      const before = (iso: string) => dayOf(iso) < u.start_date;
      if (s.due_date < today) {
        blockers.push({ personId: s.personId, name: s.name, stepId: s.id, step: s.title, reason: "overdue" });
        continue;
      }
      if (s.evidence === "attendance") {
        const linked = (sessionsByStep.get(s.template_step_id) ?? []).filter((x) => before(x.starts_at));
        const onOne = (signupsByPerson.get(s.personId) ?? []).find((x) => linked.some((l) => l.id === x.session_id));
        if (onOne) {
          blockers.push({ personId: s.personId, name: s.name, stepId: s.id, step: s.title, reason: "open", signedUpFor: onOne.starts_at });
          continue;
        }
        if (!linked.some((x) => Number(x.confirmed) < x.capacity)) {
          blockers.push({ personId: s.personId, name: s.name, stepId: s.id, step: s.title, reason: "no_session" });
          continue;
        }
      }
      blockers.push({ personId: s.personId, name: s.name, stepId: s.id, step: s.title, reason: "open" });
    }
    const duties = [
      { duty: "meeting" as const, due: meetingDue(u.start_date), done: met.has(u.unitId) },
      { duty: "contract" as const, due: contractDue(u.start_date), done: contracted.has(u.unitId) },
    ];
    for (const d of duties) {
      if (!d.done) blockers.push({ personId: null, name: "", stepId: null, step: "", reason: d.due < today ? "overdue" : "open", duty: d.duty });
    }
    if (leaders.size === 0) blockers.push({ personId: null, name: "", stepId: null, step: "", reason: "no_leader" });
    const done = mine.filter((s) => s.completionId !== null).length + duties.filter((d) => d.done).length;
    const open = blockers.length > 0;
    const state: ReadinessState = !open ? "ready" : today >= u.start_date ? "not_ready" : blockers.some((b) => b.reason !== "open") ? "at_risk" : "on_track";
    return {
      unitId: u.unitId,
      unitName: u.unitName,
      areaId: u.areaId,
      areaName: u.areaName,
      startDate: u.start_date,
      guidanceMonths: u.guidance_months,
      daysLeft: daysBetween(today, u.start_date),
      state,
      leaders: leaders.size,
      done,
      total: mine.length + duties.length,
      blockers,
    };
  });
}

/**
 * For the overview of many units: the blockers that need action (at most five per unit, with the
 * number left out) and steps that are simply not done yet as a count, so the page stays small.
 */
export function overview(units: UnitReadiness[], max = 5): UnitReadiness[] {
  return units.map((u) => {
    const needsAction = u.blockers.filter((b) => b.reason !== "open" || b.signedUpFor);
    const onTrack = u.blockers.filter((b) => b.reason === "open" && !b.signedUpFor);
    return { ...u, blockers: [...needsAction.slice(0, max), ...onTrack.slice(0, 1)], moreBlockers: Math.max(0, needsAction.length - max), openCount: onTrack.length };
  });
}


/** Units by rollout month and state, for the coming twelve months with a rollout: the chart's figures. */
export function readinessByMonth(units: UnitReadiness[]): MonthReadiness[] {
  const months = new Map<string, Record<ReadinessState, number>>();
  for (const u of units) {
    if (u.daysLeft < 0) continue;
    const key = u.startDate.slice(0, 7);
    const m = months.get(key) ?? { ready: 0, on_track: 0, at_risk: 0, not_ready: 0 };
    m[u.state]++;
    months.set(key, m);
  }
  return [...months]
    .sort(([a], [b]) => a.localeCompare(b))
    .slice(0, 12)
    .map(([month, states]) => ({ month, states }));
}


/**
 * One row per service area for those who see the whole municipality: how many of its units with a
 * rollout are in each state, and when the next one starts. Areas without a rollout are listed too
 * (that is where one gets set). The units themselves are shown one area at a time.
 */
export function areaSummaries(areas: { id: number; name: string }[], units: UnitReadiness[]): AreaRollouts[] {
  const byArea = new Map(groupBy(units, (u) => u.areaId));
  return areas.map((a) => {
    const mine = byArea.get(a.id) ?? [];
    const states: Record<ReadinessState, number> = { ready: 0, on_track: 0, at_risk: 0, not_ready: 0 };
    for (const u of mine) states[u.state]++;
    // Units come sorted by date, so the first one still ahead is the next.
    return { id: a.id, name: a.name, units: mine.length, states, next: mine.find((u) => u.daysLeft >= 0)?.startDate ?? null };
  });
}

/** A service area whose rollouts this user may read; 404 when it does not exist or is not theirs. */
export async function rolloutArea({ user, areaId }: { user: SessionUser; areaId: number }) {
  const scope = rolloutScope(user);
  const area = scope && !scope.includes(areaId) ? undefined : await getDb().selectFrom("service_area").select(["id", "name"]).where("id", "=", areaId).executeTakeFirst();
  if (!area) throw new HttpError(404);
  return area;
}

/** Units without a rollout yet, in the areas this user manages (or the one asked for): for the «set a rollout» form. */
export async function unitsForRollout(user: SessionUser, areaId?: number) {
  let q = getDb()
    .selectFrom("unit")
    .innerJoin("service_area as area", "area.id", "unit.service_area_id")
    .leftJoin("rollout", "rollout.unit_id", "unit.id")
    .select(["unit.id", "unit.name", "area.id as areaId", "area.name as areaName", "rollout.start_date"])
    .orderBy("area.name")
    .orderBy("unit.name");
  const scope = areaScope(user, "manage:rollout");
  if (scope) q = q.where("area.id", "in", scope.length ? [...scope] : [-1]);
  if (areaId !== undefined) q = q.where("area.id", "=", areaId);
  return q.execute();
}
