import { getDb, transaction, type DB } from "../../db/client.server";
import type { SessionKind, SignupStatus } from "../../db/schema";
import { sessionCalendar } from "../../emails/calendar";
import { sessionEmail, type SessionMailKind } from "../../emails/session";
import { isLocale } from "~/i18n/catalog";
import { osloDate } from "~/utils/dates";
import { appUrl, mailFrom } from "~/utils/env.server";
import type { SessionInput } from "~/validation/course";
import { audit } from "./audit.server";
import type { SessionUser } from "./sign-in.server";
import { FieldError } from "./errors";
import { HttpError } from "./http-error";
import { enqueueMail } from "./outbox.server";
import { insertCompletion } from "./path.server";
import { can } from "~/access/policy";
import { currentCompletion } from "./queries.server";

export const canOrganise = (u: SessionUser) => can(u, "organise:course");

type SessionRow = { id: number; title: string; description: string; starts_at: string; ends_at: string; location: string; sequence: number };

const host = () => new URL(appUrl()).hostname || "lederlop.local";
const organiser = () => {
  const from = mailFrom();
  const m = /^(.*)<([^>]+)>\s*$/.exec(from);
  return m ? { name: m[1]!.trim() || "Lederløp", email: m[2]! } : { name: "Lederløp", email: from };
};

/** Queues one notice to one participant, with the calendar part where the event enters or leaves their calendar. */
async function notify(tx: DB, kind: SessionMailKind, s: SessionRow, to: { id: number; name: string; email: string; locale: string }, now: Date) {
  const url = `${appUrl()}/kurs/${s.id}`;
  const method = kind === "cancelled" || kind === "session_cancelled" ? "CANCEL" : kind === "waitlist" ? null : "REQUEST";
  await enqueueMail(tx, {
    kind: `session_${kind}`,
    to,
    now,
    message: sessionEmail(kind, { name: to.name, title: s.title, startsAt: s.starts_at, location: s.location, url }, isLocale(to.locale) ? to.locale : "nb"),
    calendar: method
      ? {
          method,
          content: sessionCalendar({
            uid: `session-${s.id}@${host()}`,
            sequence: s.sequence,
            method,
            title: s.title,
            description: s.description,
            location: s.location,
            start: new Date(s.starts_at),
            end: new Date(s.ends_at),
            url,
            organizer: organiser(),
            attendee: { name: to.name, email: to.email },
          }),
        }
      : undefined,
  });
}

/** A person's open path steps (not removed, no standing completion), to select from. */
function openPathSteps(db: DB, personId: number) {
  return db
    .selectFrom("path_step as ps")
    .innerJoin("path", "path.id", "ps.path_id")
    .leftJoin("step_completion as c", currentCompletion("ps.id"))
    .where("path.person_id", "=", personId)
    .where("ps.removed_at", "is", null)
    .where("c.id", "is", null);
}

async function sessionOr404(tx: DB, id: number) {
  const s = await tx.selectFrom("training_session").selectAll().where("id", "=", id).executeTakeFirst();
  if (!s) throw new HttpError(404);
  return s;
}

async function participants(tx: DB, sessionId: number, statuses: SignupStatus[]) {
  return tx
    .selectFrom("session_signup as su")
    .innerJoin("person", "person.id", "su.person_id")
    .select(["su.id as signupId", "su.status", "su.attended_at", "su.created_at", "person.id", "person.name", "person.email", "person.locale"])
    .where("su.session_id", "=", sessionId)
    .where("su.status", "in", statuses)
    .orderBy("su.created_at")
    .orderBy("su.id")
    .execute();
}

/** Only attendance steps still in use can be fulfilled by a session. */
async function writeSteps(tx: DB, sessionId: number, stepIds: number[]) {
  const valid = stepIds.length === 0 ? [] : await tx.selectFrom("template_step").select("id").where("id", "in", stepIds).where("evidence", "=", "attendance").where("retired_at", "is", null).execute();
  if (valid.length !== stepIds.length) throw new FieldError("stepIds", "validation.sessionSteps");
  await tx.deleteFrom("session_step").where("session_id", "=", sessionId).execute();
  if (stepIds.length) await tx.insertInto("session_step").values(stepIds.map((template_step_id) => ({ session_id: sessionId, template_step_id }))).execute();
}

/** A session's topic must be one in use (a retired one may stay on a session that has it already). */
async function checkTopic(tx: DB, topicId: number | null, current: number | null = null) {
  if (topicId === null || topicId === current) return;
  const topic = await tx.selectFrom("competence_topic").select("id").where("id", "=", topicId).where("retired_at", "is", null).executeTakeFirst();
  if (!topic) throw new FieldError("topicId", "validation.choice");
}

const sessionValues = (input: SessionInput) => ({
  title: input.title,
  description: input.description,
  starts_at: input.startsAt.toISOString(),
  ends_at: input.endsAt.toISOString(),
  location: input.location,
  capacity: input.capacity,
  kind: input.kind ?? "course",
  topic_id: input.topicId ?? null,
});

/** The development unit schedules a session that fulfils one or more template steps. */
export async function createSession({ actor, input, now = new Date() }: { actor: SessionUser; input: SessionInput; now?: Date }) {
  if (!canOrganise(actor)) throw new HttpError(403);
  return transaction(async (tx) => {
      await checkTopic(tx, input.topicId ?? null);
      const values = { ...sessionValues(input), organiser_id: actor.id, created_at: now.toISOString(), updated_at: now.toISOString() };
      const row = await tx.insertInto("training_session").values(values).returning("id").executeTakeFirstOrThrow();
      await writeSteps(tx, row.id, input.stepIds);
      await audit(tx, { actorId: actor.id, action: "session.create", entity: "training_session", entityId: row.id, after: { ...values, stepIds: input.stepIds }, now });
      return row.id;
    });
}

/**
 * Changes a session. Confirmed participants get the update (same UID, higher SEQUENCE); if the
 * capacity grew, people move up from the waiting list.
 */
export async function updateSession({ actor, sessionId, input, now = new Date() }: { actor: SessionUser; sessionId: number; input: SessionInput; now?: Date }) {
  if (!canOrganise(actor)) throw new HttpError(403);
  return transaction(async (tx) => {
      const before = await sessionOr404(tx, sessionId);
      if (before.cancelled_at) throw new HttpError(409);
      await checkTopic(tx, input.topicId ?? null, before.topic_id);
      const changedForCalendars = before.starts_at !== input.startsAt.toISOString() || before.ends_at !== input.endsAt.toISOString() || before.location !== input.location || before.title !== input.title;
      const values = { ...sessionValues(input), sequence: before.sequence + (changedForCalendars ? 1 : 0), updated_at: now.toISOString() };
      await tx.updateTable("training_session").set(values).where("id", "=", sessionId).execute();
      await writeSteps(tx, sessionId, input.stepIds);
      const after = await sessionOr404(tx, sessionId);
      if (changedForCalendars) for (const p of await participants(tx, sessionId, ["confirmed"])) await notify(tx, "changed", after, p, now);
      await promoteFromWaitlist(tx, after, now);
      await audit(tx, { actorId: actor.id, action: "session.update", entity: "training_session", entityId: sessionId, before, after: { ...values, stepIds: input.stepIds }, now });
    });
}

/** Cancels a whole session: every confirmed participant gets the calendar cancellation. */
export async function cancelSession({ actor, sessionId, now = new Date() }: { actor: SessionUser; sessionId: number; now?: Date }) {
  if (!canOrganise(actor)) throw new HttpError(403);
  return transaction(async (tx) => {
      const before = await sessionOr404(tx, sessionId);
      if (before.cancelled_at) return;
      await tx.updateTable("training_session").set({ cancelled_at: now.toISOString(), sequence: before.sequence + 1, updated_at: now.toISOString() }).where("id", "=", sessionId).execute();
      const after = await sessionOr404(tx, sessionId);
      for (const p of await participants(tx, sessionId, ["confirmed"])) await notify(tx, "session_cancelled", after, p, now);
      await audit(tx, { actorId: actor.id, action: "session.cancel", entity: "training_session", entityId: sessionId, before, now });
    });
}

/** Fills free places from the waiting list, first come first served. */
async function promoteFromWaitlist(tx: DB, s: SessionRow & { capacity: number }, now: Date) {
  const confirmed = await participants(tx, s.id, ["confirmed"]);
  const free = s.capacity - confirmed.length;
  if (free <= 0) return;
  for (const p of (await participants(tx, s.id, ["waitlist"])).slice(0, free)) {
    await tx.updateTable("session_signup").set({ status: "confirmed", updated_at: now.toISOString() }).where("id", "=", p.signupId).execute();
    await notify(tx, "promoted", s, p, now);
  }
}

/** A leader signs up: a place if there is one, else the waiting list. Signing up again is a no-op. */
export async function signUp({ user, sessionId, now = new Date() }: { user: SessionUser; sessionId: number; now?: Date }): Promise<SignupStatus> {
  return transaction(async (tx) => {
      const s = await sessionOr404(tx, sessionId);
      if (s.cancelled_at || s.starts_at <= now.toISOString()) throw new HttpError(409);
      const existing = await tx.selectFrom("session_signup").selectAll().where("session_id", "=", sessionId).where("person_id", "=", user.id).executeTakeFirst();
      if (existing && existing.status !== "cancelled") return existing.status;
      const taken = (await participants(tx, sessionId, ["confirmed"])).length;
      const status: SignupStatus = taken < s.capacity ? "confirmed" : "waitlist";
      const stamp = now.toISOString();
      // A returning person queues again from now, behind those already waiting.
      if (existing) await tx.updateTable("session_signup").set({ status, created_at: stamp, updated_at: stamp, attended_at: null }).where("id", "=", existing.id).execute();
      else await tx.insertInto("session_signup").values({ session_id: sessionId, person_id: user.id, status, created_at: stamp, updated_at: stamp }).execute();
      await notify(tx, status === "confirmed" ? "confirmed" : "waitlist", s, { ...user }, now);
      await audit(tx, { actorId: user.id, action: "session.signup", entity: "training_session", entityId: sessionId, after: { status }, now });
      return status;
    });
}

/** A leader cancels; a confirmed place goes to the first on the waiting list. */
export async function cancelSignup({ user, sessionId, now = new Date() }: { user: SessionUser; sessionId: number; now?: Date }) {
  return transaction(async (tx) => {
      const s = await sessionOr404(tx, sessionId);
      const existing = await tx.selectFrom("session_signup").selectAll().where("session_id", "=", sessionId).where("person_id", "=", user.id).executeTakeFirst();
      if (!existing || existing.status === "cancelled") return;
      await tx.updateTable("session_signup").set({ status: "cancelled", updated_at: now.toISOString() }).where("id", "=", existing.id).execute();
      if (existing.status === "confirmed") {
        await notify(tx, "cancelled", s, { ...user }, now);
        if (!s.cancelled_at) await promoteFromWaitlist(tx, s, now);
      }
      await audit(tx, { actorId: user.id, action: "session.cancel_signup", entity: "training_session", entityId: sessionId, before: { status: existing.status }, now });
    });
}

/**
 * The organiser records who attended. Attending completes the leader's open path steps that the
 * session fulfils, as confirmed by the organiser, dated the session's day. Only from the session's
 * start: before it, the organiser sees the sign-ups.
 */
export async function recordAttendance({ actor, sessionId, attended, now = new Date() }: { actor: SessionUser; sessionId: number; attended: number[]; now?: Date }) {
  if (!canOrganise(actor)) throw new HttpError(403);
  return transaction(async (tx) => {
      const s = await sessionOr404(tx, sessionId);
      // Attendance is a fact about a session that has begun; before that the confirmed step
      // would carry a date in the future.
      if (new Date(s.starts_at) > now) throw new FieldError("attended", "session.attendanceNotYet");
      const stepIds = (await tx.selectFrom("session_step").select("template_step_id").where("session_id", "=", sessionId).execute()).map((r) => r.template_step_id);
      const people = await participants(tx, sessionId, ["confirmed"]);
      let completed = 0;
      for (const p of people) {
        const was = p.attended_at !== null;
        const is = attended.includes(p.id);
        if (was === is) continue;
        await tx.updateTable("session_signup").set({ attended_at: is ? now.toISOString() : null, updated_at: now.toISOString() }).where("id", "=", p.signupId).execute();
        if (!is || stepIds.length === 0) continue;
        const open = await openPathSteps(tx, p.id).select("ps.id").where("ps.template_step_id", "in", stepIds).execute();
        for (const step of open) {
          await insertCompletion(tx, { stepId: step.id, actorId: actor.id, evidenceDate: osloDate(new Date(s.starts_at)), note: s.title, confirmed: true, now });
          completed++;
        }
      }
      await audit(tx, { actorId: actor.id, action: "session.attendance", entity: "training_session", entityId: sessionId, after: { attended, completed }, now });
      return { completed };
    });
}

export interface SessionListItem {
  id: number;
  title: string;
  kind: SessionKind;
  topic: string | null;
  starts_at: string;
  ends_at: string;
  location: string;
  capacity: number;
  confirmed: number;
  waitlist: number;
  cancelled_at: string | null;
  myStatus: SignupStatus | null;
  fits: boolean;
}

/**
 * Sessions for the sessions page. A leader sees upcoming sessions that fulfil one of their open
 * steps, every coming leader forum and theme hour, and any they are signed up to; an organiser
 * sees all, past ones too.
 */
export async function listSessions({ user, now = new Date() }: { user: SessionUser; now?: Date }): Promise<SessionListItem[]> {
  const db = getDb();
  const organiserView = canOrganise(user);
  const openStepIds = (await openPathSteps(db, user.id).select("ps.template_step_id").execute()).map((r) => r.template_step_id);
  let q = db
    .selectFrom("training_session as ts")
    .leftJoin("session_signup as mine", (j) => j.onRef("mine.session_id", "=", "ts.id").on("mine.person_id", "=", user.id))
    .leftJoin("competence_topic as topic", "topic.id", "ts.topic_id")
    .select([
      "ts.id",
      "ts.title",
      "ts.kind",
      "topic.name as topic",
      "ts.starts_at",
      "ts.ends_at",
      "ts.location",
      "ts.capacity",
      "ts.cancelled_at",
      "mine.status as myStatus",
      (eb) => eb.selectFrom("session_signup as su").select(eb.fn.countAll<number>().as("n")).whereRef("su.session_id", "=", "ts.id").where("su.status", "=", "confirmed").as("confirmed"),
      (eb) => eb.selectFrom("session_signup as su").select(eb.fn.countAll<number>().as("n")).whereRef("su.session_id", "=", "ts.id").where("su.status", "=", "waitlist").as("waitlist"),
      (eb) =>
        eb
          .selectFrom("session_step as ss")
          .select(eb.fn.countAll<number>().as("n"))
          .whereRef("ss.session_id", "=", "ts.id")
          .where("ss.template_step_id", "in", openStepIds.length ? openStepIds : [-1])
          .as("fitting"),
    ])
    .orderBy("ts.starts_at");
  if (!organiserView) {
    q = q.where("ts.starts_at", ">", now.toISOString()).where("ts.cancelled_at", "is", null);
  } else {
    // Organisers keep the last three months for attendance.
    q = q.where("ts.starts_at", ">", new Date(now.getTime() - 90 * 86_400_000).toISOString());
  }
  const rows = await q.execute();
  return rows
    .map((r) => ({
      ...r,
      confirmed: Number(r.confirmed),
      waitlist: Number(r.waitlist),
      myStatus: r.myStatus ?? null,
      // Forums and theme hours are for every leader: repetition, and what their agreements suggest.
      fits: Number(r.fitting) > 0 || r.kind !== "course",
    }))
    .filter((r) => organiserView || r.fits || (r.myStatus !== null && r.myStatus !== "cancelled"));
}

/** One session; participants and waiting list only for its organisers. */
export async function sessionDetail({ user, sessionId }: { user: SessionUser; sessionId: number }) {
  const db = getDb();
  const s = await db
    .selectFrom("training_session as ts")
    .leftJoin("competence_topic as topic", "topic.id", "ts.topic_id")
    .selectAll("ts")
    .select("topic.name as topic")
    .where("ts.id", "=", sessionId)
    .executeTakeFirst();
  if (!s) throw new HttpError(404);
  const steps = await db
    .selectFrom("session_step as ss")
    .innerJoin("template_step as ts", "ts.id", "ss.template_step_id")
    .select(["ts.id", "ts.title"])
    .where("ss.session_id", "=", sessionId)
    .execute();
  const mine = await db.selectFrom("session_signup").select("status").where("session_id", "=", sessionId).where("person_id", "=", user.id).executeTakeFirst();
  const all = await transaction((tx) => participants(tx, sessionId, ["confirmed", "waitlist"]));
  const waitPosition = mine?.status === "waitlist" ? all.filter((p) => p.status === "waitlist").findIndex((p) => p.id === user.id) + 1 : null;
  return {
    session: s,
    steps,
    myStatus: mine?.status ?? null,
    waitPosition,
    confirmed: all.filter((p) => p.status === "confirmed").length,
    participants: canOrganise(user) ? all.map(({ id, name, email, status, attended_at }) => ({ id, name, email, status, attended: attended_at !== null })) : [],
  };
}

/** Template steps a session can fulfil: the attendance steps of every programme. */
export async function attendanceSteps() {
  return getDb()
    .selectFrom("template_step as ts")
    .innerJoin("programme_template as t", "t.id", "ts.template_id")
    .select(["ts.id", "ts.title", "t.name as templateName"])
    .where("ts.retired_at", "is", null)
    .where("ts.evidence", "=", "attendance")
    .orderBy("t.id")
    .orderBy("ts.position")
    .execute();
}
