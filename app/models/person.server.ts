import type { ExpressionBuilder } from "kysely";
import { getDb, transaction, type DB } from "../../db/client.server";
import type { Database, Role } from "../../db/schema";
import { welcomeEmail } from "../../emails/welcome";
import { isLocale } from "~/i18n/catalog";
import { osloDate } from "~/utils/dates";
import { appUrl, defaultLocale } from "~/utils/env.server";
import type { LeaderStatusFilter } from "~/utils/leader-status";
import { completionPercent } from "~/utils/status";
import type { HireInput } from "~/validation/hire";
import type { PersonInput } from "~/validation/person";
import type { ProfileInput } from "~/validation/profile";
import { areaScope, canEverywhere } from "~/access/policy";
import { visibleLeaders } from "./access.server";
import { audit } from "./audit.server";
import type { SessionUser } from "./sign-in.server";
import { cachedFigures } from "./cache.server";
import { FieldError } from "./errors";
import { HttpError } from "./http-error";
import { enqueueMail } from "./outbox.server";
import { createPath } from "./path.server";
import { enrolInRollout } from "./rollout.server";
import { markLeft, markReturned, transferPerson } from "./employment.server";
import { INTRO_TEMPLATE_KEY } from "./team-readiness.server";
import { contains, pageCount, pageOffset } from "./queries.server";
import { currentCompletion } from "./queries.server";

async function assertEmailFree(tx: DB, email: string, exceptId?: number) {
  let q = tx.selectFrom("person").select("id").where("email", "=", email);
  if (exceptId !== undefined) q = q.where("id", "!=", exceptId);
  if (await q.executeTakeFirst()) throw new FieldError("email", "validation.emailTaken");
}

async function unitOrFail(tx: DB, unitId: number) {
  const unit = await tx.selectFrom("unit").select(["id", "name"]).where("id", "=", unitId).executeTakeFirst();
  if (!unit) throw new FieldError("unitId", "validation.unitUnknown");
  return unit;
}

/**
 * HR registers a new leader: the person, the leader role, the introduction path with due dates
 * from the start date, an audit row and the welcome email: all in one transaction, or nothing.
 * The HR export sync registers its new people here too, with their employee number and no actor
 * when the nightly job runs it.
 */
export async function registerHire({
  actor,
  input,
  employeeNumber = null,
  now = new Date(),
  tx,
  source,
}: {
  /** Null for an integration (SCIM provisioning, the HR sync's command), which then names itself in `source`. */
  actor: { id: number | null };
  /** A unit is required from the forms; provisioning may not know one yet (an unknown department). */
  input: Omit<HireInput, "unitId"> & { unitId: number | null };
  /** The HR system's ansattnummer, when the hire comes from its export. */
  employeeNumber?: string | null;
  now?: Date;
  tx?: DB;
  source?: string;
}): Promise<{ id: number; name: string }> {
  // Inside the caller's transaction when given one (a bulk import registers many in one).
  if (!tx) return transaction((t) => registerHire({ actor, input, employeeNumber, now, tx: t, source }));
  await assertEmailFree(tx, input.email);
  const unit = input.unitId === null ? null : await unitOrFail(tx, input.unitId);
  const stamp = now.toISOString();
  const person = await tx
    .insertInto("person")
    .values({
      name: input.name,
      email: input.email,
      unit_id: unit?.id ?? null,
      position: input.position,
      start_date: input.startDate,
      employee_number: employeeNumber,
      active: 1,
      // The installation's language until the person chooses their own on «Min profil».
      locale: defaultLocale(),
      created_at: stamp,
      updated_at: stamp,
    })
    .returning(["id", "name", "email", "locale"])
    .executeTakeFirstOrThrow();
  await tx.insertInto("person_role").values({ person_id: person.id, role: "leader" }).execute();
  const pathId = await createPath(tx, { personId: person.id, templateId: input.templateId, anchorDate: input.startDate, now, anchor: "start_date" });
  // A new leader of a unit that is about to start Lean joins its pre-rollout path too.
  await enrolInRollout(tx, { personId: person.id, unitId: unit?.id ?? null, now });
  const first = await tx
    .selectFrom("path_step")
    .select((eb) => eb.fn.min("due_date").as("due"))
    .where("path_id", "=", pathId)
    .executeTakeFirst();
  await audit(tx, { actorId: actor.id, action: "person.register", entity: "person", entityId: person.id, after: { ...input, pathId, ...(employeeNumber ? { employeeNumber } : {}), ...(source ? { source } : {}) }, now });
  const locale = isLocale(person.locale) ? person.locale : "nb";
  await enqueueMail(tx, {
    kind: "welcome",
    to: person,
    now,
    message: welcomeEmail(
      {
        name: person.name,
        position: input.position,
        unit: unit?.name ?? null,
        firstDue: first?.due ?? input.startDate,
        signInUrl: `${appUrl()}/logg-inn?epost=${encodeURIComponent(person.email)}`,
      },
      locale,
    ),
  });
  return { id: person.id, name: person.name };
}

export const LEADERS_PAGE_SIZE = 25;

export interface LeaderListFilters {
  q?: string;
  areaId?: number;
  unitId?: number;
  status?: LeaderStatusFilter;
  page?: number;
}

/**
 * The leader list with completion, overdue count and next due date. People are filtered and
 * paginated first (status through EXISTS on their open steps); the figures are then aggregated for
 * the 25 on the page only, so the cost does not grow with the municipality.
 */
export async function listLeaders({ user, filters, now = new Date() }: { user: SessionUser; filters: LeaderListFilters; now?: Date }) {
  const db = getDb();
  const today = osloDate(now);
  const openSteps = (eb: ExpressionBuilder<Database, "person">, overdueOnly: boolean) => {
    let q = eb
      .selectFrom("path_step as os")
      .innerJoin("path as op", "op.id", "os.path_id")
      .leftJoin("step_completion as oc", currentCompletion("os.id", "oc"))
      .select("os.id")
      .whereRef("op.person_id", "=", "person.id")
      .where("os.removed_at", "is", null)
      .where("oc.id", "is", null);
    if (overdueOnly) q = q.where("os.due_date", "<", today);
    return eb.exists(q);
  };
  const anySteps = (eb: ExpressionBuilder<Database, "person">) =>
    eb.exists(eb.selectFrom("path_step as anys").innerJoin("path as ap", "ap.id", "anys.path_id").select("anys.id").whereRef("ap.person_id", "=", "person.id").where("anys.removed_at", "is", null));

  // The role as EXISTS, not a join, so the planner walks person by its name index and stops at the
  // page instead of sorting every leader.
  let base = db
    .selectFrom("person")
    .where((eb) => eb.exists(eb.selectFrom("person_role as r").select("r.person_id").whereRef("r.person_id", "=", "person.id").where("r.role", "=", "leader")))
    .leftJoin("unit", "unit.id", "person.unit_id")
    .leftJoin("service_area as area", "area.id", "unit.service_area_id")
    .where(visibleLeaders(user))
    // Anonymised leaders stay in the figures, not in the list: a row without a name helps no one.
    .where("person.anonymised_at", "is", null);
  const q = filters.q;
  if (q) base = base.where((eb) => eb.or([contains(eb, "person.name", q), contains(eb, "person.email", q)]));
  if (filters.areaId) base = base.where("unit.service_area_id", "=", filters.areaId);
  if (filters.unitId) base = base.where("person.unit_id", "=", filters.unitId);
  if (filters.status === "overdue") base = base.where((eb) => openSteps(eb, true));
  if (filters.status === "in_progress") base = base.where((eb) => eb.and([openSteps(eb, false), eb.not(openSteps(eb, true))]));
  if (filters.status === "complete") base = base.where((eb) => eb.and([anySteps(eb), eb.not(openSteps(eb, false))]));

  const page = Math.max(1, filters.page ?? 1);
  const [people, count] = await Promise.all([
    base
      .select(["person.id", "person.name", "person.start_date", "unit.name as unitName", "area.name as areaName"])
      .orderBy("person.name")
      .orderBy("person.id")
      .limit(LEADERS_PAGE_SIZE)
      .offset(pageOffset(page, LEADERS_PAGE_SIZE))
      .execute(),
    // Counting scans every leader in scope (~1 ms for 5,000) while the page itself stops after 25:
    // the count is kept until the data or the day changes. The key names what it depends on.
    cachedFigures(`leader-count:${canEverywhere(user, "read:leader") ? "all" : `${user.id}:${user.tolAreaIds.join(",")}`}:${today}:${JSON.stringify({ ...filters, page: undefined })}`, now, () =>
      base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    ),
  ]);

  const ids = people.map((r) => r.id);
  const steps = ids.length
    ? await db
        .selectFrom("path_step as s")
        .innerJoin("path", "path.id", "s.path_id")
        .innerJoin("programme_template as t", "t.id", "path.template_id")
        .leftJoin("step_completion as c", currentCompletion("s.id"))
        .select(["path.person_id", "s.title", "s.due_date", "c.id as completionId", "t.key as templateKey"])
        .where("path.person_id", "in", ids)
        .where("s.removed_at", "is", null)
        .orderBy("s.due_date")
        .orderBy("s.position")
        .execute()
    : [];

  const total = Number(count.n);
  return {
    total,
    page,
    pages: pageCount(total, LEADERS_PAGE_SIZE),
    rows: people.map((r) => {
      const mine = steps.filter((s) => s.person_id === r.id);
      const open = mine.filter((s) => s.completionId === null);
      // «Fullført» is the introduction path's share done, as in «Beredskap»; what is overdue and
      // next counts every path (the pre-rollout one too).
      const intro = mine.filter((s) => s.templateKey === INTRO_TEMPLATE_KEY);
      // Only what the list shows: every field is sent to the browser again for hydration.
      return {
        id: r.id,
        name: r.name,
        startDate: r.start_date,
        unitName: r.unitName,
        areaName: r.areaName,
        percent: completionPercent(intro.filter((s) => s.completionId !== null).length, intro.length),
        overdue: open.filter((s) => s.due_date < today).length,
        nextDue: open[0]?.due_date ?? null,
        nextTitle: open[0]?.title ?? null,
      };
    }),
  };
}

/** One person's details, or 404 when outside the asker's scope. */
export async function personForUser({ user, personId }: { user: SessionUser; personId: number }) {
  const db = getDb();
  const person = await db
    .selectFrom("person")
    .leftJoin("unit", "unit.id", "person.unit_id")
    .leftJoin("service_area as area", "area.id", "unit.service_area_id")
    .select([
      "person.id",
      "person.name",
      "person.email",
      "person.position",
      "person.start_date",
      "person.active",
      "person.locale",
      "person.unit_id",
      "unit.name as unitName",
      "area.name as areaName",
      "area.id as areaId",
    ])
    .where("person.id", "=", personId)
    .where(visibleLeaders(user))
    .executeTakeFirst();
  if (!person) throw new HttpError(404);
  const roles = await db.selectFrom("person_role").select(["role", "source"]).where("person_id", "=", personId).execute();
  // Roles from Entra ID groups come back at the next sign-in if removed here: the page says so.
  return { ...person, roles: roles.map((r) => r.role), groupRoles: roles.filter((r) => r.source === "groups").map((r) => r.role) };
}

/** «Personer»: everyone but the anonymised, who have nothing left to manage. */
export async function listPeople({ page = 1 }: { page?: number }) {
  const db = getDb();
  const size = 50;
  const [rows, count] = await Promise.all([
    db
      .selectFrom("person")
      .leftJoin("unit", "unit.id", "person.unit_id")
      .select([
        "person.id",
        "person.name",
        "person.email",
        "person.active",
        "unit.name as unitName",
      ])
      .where("person.anonymised_at", "is", null)
      .orderBy("person.name")
      .limit(size)
      .offset(pageOffset(page, size))
      .execute(),
    db.selectFrom("person").where("anonymised_at", "is", null).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  const roles = rows.length
    ? await db.selectFrom("person_role").select(["person_id", "role"]).where("person_id", "in", rows.map((r) => r.id)).execute()
    : [];
  const total = Number(count.n);
  return {
    page,
    pages: pageCount(total, size),
    total,
    rows: rows.map((r) => ({
      ...r,
      active: r.active === 1,
      roles: roles.filter((x) => x.person_id === r.id).map((x) => x.role as Role),
    })),
  };
}

/** Admin edits a person's details and roles; audited with before and after. */
export async function updatePerson({
  actor,
  personId,
  input,
  now = new Date(),
}: {
  actor: SessionUser;
  personId: number;
  input: PersonInput;
  now?: Date;
}) {
  await transaction(async (tx) => {
      const before = await tx.selectFrom("person").selectAll().where("id", "=", personId).executeTakeFirst();
      if (!before) throw new HttpError(404);
      // Saving the form would put a name back on someone anonymised.
      if (before.anonymised_at !== null) throw new HttpError(409);
      await assertEmailFree(tx, input.email, personId);
      if (input.unitId !== null) await unitOrFail(tx, input.unitId);
      const beforeRoles = await tx.selectFrom("person_role").select(["role", "source"]).where("person_id", "=", personId).execute();
      await tx
        .updateTable("person")
        .set({
          name: input.name,
          email: input.email,
          position: input.position,
          start_date: input.startDate,
          locale: input.locale,
          updated_at: now.toISOString(),
        })
        .where("id", "=", personId)
        .execute();
      await tx.deleteFrom("person_role").where("person_id", "=", personId).execute();
      await tx
        .insertInto("person_role")
        // A role kept from the person's groups stays theirs to take away at the next sign-in.
        .values(input.roles.map((role) => ({ person_id: personId, role, source: beforeRoles.find((r) => r.role === role)?.source ?? "lederlop" })))
        .execute();
      // After the roles: a leader moved into a unit with a rollout joins its pre-rollout path.
      const change = { personId, actorId: actor.id, source: "admin", now };
      await transferPerson(tx, { ...change, unitId: input.unitId });
      await (input.active ? markReturned(tx, change) : markLeft(tx, change));
      await audit(tx, {
        actorId: actor.id,
        action: "person.update",
        entity: "person",
        entityId: personId,
        before: { ...before, roles: beforeRoles.map((r) => r.role) },
        after: input,
        now,
      });
    });
}

export async function listUnits() {
  return getDb()
    .selectFrom("unit")
    .innerJoin("service_area as area", "area.id", "unit.service_area_id")
    .select(["unit.id", "unit.name", "area.id as areaId", "area.name as areaName"])
    .orderBy("area.name")
    .orderBy("unit.name")
    .execute();
}

/**
 * Units for the leader list's filter: all of them when there are at most `max`, otherwise only the
 * chosen area's (none without one); 400 options on every page load would outweigh the table.
 */
export async function unitFilterOptions({ areaIds, areaId, max }: { areaIds: number[]; areaId?: number; max: number }) {
  const db = getDb();
  const { n } = await db.selectFrom("unit").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  const all = Number(n) <= max;
  const shown = all ? areaIds : areaIds.filter((id) => id === areaId);
  const units = shown.length
    ? await db
        .selectFrom("unit")
        .innerJoin("service_area as area", "area.id", "unit.service_area_id")
        .select(["unit.id", "unit.name", "area.id as areaId", "area.name as areaName"])
        .where("area.id", "in", shown)
        .orderBy("area.name")
        .orderBy("unit.name")
        .execute()
    : [];
  return { units, needArea: units.length === 0 && !all };
}

export async function listAreas(user?: SessionUser) {
  let q = getDb().selectFrom("service_area").select(["id", "name"]).orderBy("name");
  const scope = user ? areaScope(user, "read:leader") : null;
  if (scope) q = q.where("id", "in", scope.length ? [...scope] : [-1]);
  return q.execute();
}

export async function profileOf(personId: number) {
  return getDb().selectFrom("person").select(["id", "name", "email", "locale", "reminder_mode"]).where("id", "=", personId).executeTakeFirstOrThrow();
}

/** A person chooses individual reminders or a daily summary, and the language of their mail. */
export async function updateProfile({ user, input, now = new Date() }: { user: SessionUser; input: ProfileInput; now?: Date }) {
  await transaction(async (tx) => {
      const before = await tx.selectFrom("person").select(["reminder_mode", "locale"]).where("id", "=", user.id).executeTakeFirstOrThrow();
      await tx
        .updateTable("person")
        .set({ reminder_mode: input.reminderMode, locale: input.locale, updated_at: now.toISOString() })
        .where("id", "=", user.id)
        .execute();
      await audit(tx, { actorId: user.id, action: "person.profile", entity: "person", entityId: user.id, before, after: input, now });
    });
}
