import { sql } from "kysely";
import { getDb, transaction, type DB } from "../../db/client.server";
import { areaScope, can, canInArea } from "~/access/policy";
import { AGREEMENT_FILTERS, agreementState, type AgreementFilter, type AgreementState } from "~/utils/agreement-season";
import { agreementLeaders, recordedByRlg, seasonOf, startedOn } from "./recurring-queries.server";
import { osloDate } from "~/utils/dates";
import type { AgreementInput } from "~/validation/agreement";
import { audit } from "./audit.server";
import { activeTopics } from "./competence-topic.server";
import { FieldError } from "./errors";
import { HttpError } from "./http-error";
import type { SessionUser } from "./sign-in.server";
import type { AgreementView, AttendedSession, Suggestion } from "~/types/agreement";
export type { AgreementView, AttendedSession, Suggestion };

/**
 * The yearly leader agreement (lederavtale) of every active leader: who records it, this season's
 * state, the needs it records, what became of last year's needs, and the sessions they suggest.
 */

const mayRecord = (user: SessionUser, p: { isTol: unknown; tolId: number | null; id: number; areaId: number | null }) =>
  user.id !== p.id && (recordedByRlg(p) ? can(user, "record:tol-agreement") : canInArea(user, "record:agreement", p.areaId));

const mayRead = (user: SessionUser, p: { areaId: number | null }) => canInArea(user, "read:agreement", p.areaId);

async function topicsOf(db: DB, agreementIds: number[]) {
  if (agreementIds.length === 0) return new Map<number, { id: number; name: string }[]>();
  const rows = await db
    .selectFrom("leader_agreement_topic as at")
    .innerJoin("competence_topic as t", "t.id", "at.topic_id")
    .select(["at.agreement_id", "t.id", "t.name"])
    .where("at.agreement_id", "in", agreementIds)
    .orderBy("t.position")
    .orderBy("t.id")
    .execute();
  const out = new Map<number, { id: number; name: string }[]>();
  for (const r of rows) out.set(r.agreement_id, [...(out.get(r.agreement_id) ?? []), { id: r.id, name: r.name }]);
  return out;
}

/** A leader's agreements, newest first, each with the sessions on its topics attended before the next. */
export async function agreementHistory(db: DB, personId: number, now: Date): Promise<AgreementView[]> {
  const rows = await db
    .selectFrom("leader_agreement as a")
    .leftJoin("person as by", "by.id", "a.recorded_by")
    .select(["a.id", "a.year", "a.held_on", "a.needs", "by.name as recordedBy"])
    .where("a.person_id", "=", personId)
    .orderBy("a.year", "desc")
    .execute();
  const topics = await topicsOf(db, rows.map((r) => r.id));
  const attended = await db
    .selectFrom("session_signup as su")
    .innerJoin("training_session as s", "s.id", "su.session_id")
    .leftJoin("competence_topic as t", "t.id", "s.topic_id")
    .select(["s.id", "s.title", "s.kind", "s.starts_at", "s.topic_id", "t.name as topic"])
    .where("su.person_id", "=", personId)
    .where("su.attended_at", "is not", null)
    .where("s.topic_id", "is not", null)
    .where("s.starts_at", "<=", now.toISOString())
    .orderBy("s.starts_at")
    .execute();
  return rows.map((r, i) => {
    const mine = new Set((topics.get(r.id) ?? []).map((t) => t.id));
    const until = i === 0 ? osloDate(now) : rows[i - 1]!.held_on;
    return {
      id: r.id,
      year: r.year,
      heldOn: r.held_on,
      needs: r.needs,
      topics: topics.get(r.id) ?? [],
      recordedBy: r.recordedBy,
      followUp: attended
        .filter((s) => mine.has(s.topic_id!) && osloDate(new Date(s.starts_at)) >= r.held_on && osloDate(new Date(s.starts_at)) <= until)
        .map((s) => ({ id: s.id, title: s.title, kind: s.kind, startsAt: s.starts_at, topic: s.topic })),
    };
  });
}

/**
 * Needs become suggestions: coming sessions (not cancelled, not full) on a topic of the leader's
 * latest agreement that they have not signed up for.
 */
export async function suggestionsFor(db: DB, personId: number, now: Date): Promise<Suggestion[]> {
  const latest = await db.selectFrom("leader_agreement").select("id").where("person_id", "=", personId).orderBy("year", "desc").limit(1).executeTakeFirst();
  if (!latest) return [];
  const rows = await db
    .selectFrom("training_session as s")
    .innerJoin("competence_topic as t", "t.id", "s.topic_id")
    .innerJoin("leader_agreement_topic as at", (j) => j.onRef("at.topic_id", "=", "s.topic_id").on("at.agreement_id", "=", latest.id))
    .select((eb) => [
      "s.id",
      "s.title",
      "s.kind",
      "s.starts_at",
      "s.location",
      "s.capacity",
      "t.name as topic",
      eb.selectFrom("session_signup as su").select(eb.fn.countAll<number>().as("n")).whereRef("su.session_id", "=", "s.id").where("su.status", "=", "confirmed").as("taken"),
    ])
    .where("s.cancelled_at", "is", null)
    .where("s.starts_at", ">", now.toISOString())
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom("session_signup as own").select("own.id").whereRef("own.session_id", "=", "s.id").where("own.person_id", "=", personId).where("own.status", "in", ["confirmed", "waitlist"]))),
    )
    .orderBy("s.starts_at")
    .execute();
  return rows
    .map((r) => ({ id: r.id, title: r.title, kind: r.kind, startsAt: r.starts_at, location: r.location, topic: r.topic, free: r.capacity - Number(r.taken) }))
    .filter((r) => r.free > 0);
}

async function leaderOr404(db: DB, personId: number) {
  const p = await agreementLeaders(db).where("person.id", "=", personId).executeTakeFirst();
  if (!p) throw new HttpError(404);
  return p;
}

/** Refuses (404/403) someone who may not record this leader's agreement. */
export async function mayRecordAgreement({ user, personId, tx = getDb() }: { user: SessionUser; personId: number; tx?: DB }) {
  const p = await leaderOr404(tx, personId);
  if (!mayRead(user, p) && !mayRecord(user, p)) throw new HttpError(404);
  if (!mayRecord(user, p)) throw new HttpError(403);
}

/** The section on a leader's page: this season, the agreements, suggestions, and whether this user records it. */
export async function leaderAgreements({ user, personId, now = new Date() }: { user: SessionUser; personId: number; now?: Date }) {
  const db = getDb();
  const p = await agreementLeaders(db).where("person.id", "=", personId).executeTakeFirst();
  if (!p || !mayRead(user, p)) return null;
  const today = osloDate(now);
  const season = seasonOf(today);
  const [history, suggestions, topics] = await Promise.all([agreementHistory(db, personId, now), suggestionsFor(db, personId, now), activeTopics(db)]);
  const current = history.find((a) => a.year === season.year) ?? null;
  const thisYear = Number(today.slice(0, 4));
  return {
    season,
    /** The years the form offers: those `recordAgreement` accepts, newest first. */
    years: Array.from({ length: 7 }, (_, i) => thisYear + 1 - i),
    state: agreementState(season, { held: !!current, startedOn: startedOn(p), today }),
    history,
    suggestions,
    topics,
    recorder: recordedByRlg(p) ? ("rlg" as const) : ("tol" as const),
    canRecord: mayRecord(user, p),
  };
}

/** «Mitt løp»: one's own agreements (read-only) and the sessions they suggest. */
export async function ownAgreements({ user, now = new Date() }: { user: SessionUser; now?: Date }) {
  const db = getDb();
  const [history, suggestions] = await Promise.all([agreementHistory(db, user.id, now), suggestionsFor(db, user.id, now)]);
  return { history, suggestions };
}

/**
 * Records a leader's agreement for a season, or corrects the one recorded: the date, the needs and
 * the topics, audited with before and after, in one transaction.
 */
export async function recordAgreement({ user, personId, input, now = new Date() }: { user: SessionUser; personId: number; input: AgreementInput; now?: Date }) {
  return transaction(async (tx) => {
    await mayRecordAgreement({ user, personId, tx });
    const thisYear = Number(osloDate(now).slice(0, 4));
    if (input.year > thisYear + 1 || input.year < thisYear - 5) throw new FieldError("year", "agreement.yearRange");
    if (input.topicIds.length) {
      const known = await tx.selectFrom("competence_topic").select("id").where("id", "in", input.topicIds).execute();
      if (known.length !== input.topicIds.length) throw new FieldError("topicIds", "validation.choice");
    }
    const stamp = now.toISOString();
    const existing = await tx.selectFrom("leader_agreement").selectAll().where("person_id", "=", personId).where("year", "=", input.year).executeTakeFirst();
    const after = { year: input.year, held_on: input.heldOn, needs: input.needs, topicIds: input.topicIds };
    let id: number;
    if (existing) {
      const before = { year: existing.year, held_on: existing.held_on, needs: existing.needs, topicIds: (await tx.selectFrom("leader_agreement_topic").select("topic_id").where("agreement_id", "=", existing.id).orderBy("topic_id").execute()).map((t) => t.topic_id) };
      await tx.updateTable("leader_agreement").set({ held_on: input.heldOn, needs: input.needs, updated_at: stamp }).where("id", "=", existing.id).execute();
      await tx.deleteFrom("leader_agreement_topic").where("agreement_id", "=", existing.id).execute();
      id = existing.id;
      await audit(tx, { actorId: user.id, action: "agreement.correct", entity: "leader_agreement", entityId: id, before, after, now });
    } else {
      id = (
        await tx
          .insertInto("leader_agreement")
          .values({ person_id: personId, year: input.year, held_on: input.heldOn, needs: input.needs, recorded_by: user.id, recorded_at: stamp, updated_at: stamp })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
      await audit(tx, { actorId: user.id, action: "agreement.record", entity: "leader_agreement", entityId: id, after: { person_id: personId, ...after }, now });
    }
    if (input.topicIds.length) await tx.insertInto("leader_agreement_topic").values(input.topicIds.map((topic_id) => ({ agreement_id: id, topic_id }))).execute();
    return { id, corrected: !!existing };
  });
}

export interface AgreementRow {
  id: number;
  name: string;
  unitName: string | null;
  areaName: string | null;
  state: AgreementState;
  heldOn: string | null;
}

/**
 * «Lederavtaler»: the leaders whose agreement this user records (a TOL their areas' leaders, the
 * executive group the TOLs, an administrator everyone) with this season's state; someone who
 * records none (HR) sees every leader they may read.
 */
export async function agreementOverview({ user, filter = "all", areaId, now = new Date() }: { user: SessionUser; filter?: AgreementFilter; areaId?: number; now?: Date }) {
  const db = getDb();
  const today = osloDate(now);
  const season = seasonOf(today);
  const scope = areaScope(user, "read:agreement");
  let q = agreementLeaders(db)
    .leftJoin("leader_agreement as a", (j) => j.onRef("a.person_id", "=", "person.id").on("a.year", "=", season.year))
    .select(["a.held_on"]);
  if (scope !== null) q = q.where("area.id", "in", scope.length ? scope : [-1]);
  if (areaId) q = q.where("area.id", "=", areaId);
  const all = await q.orderBy(sql`lower(person.name)`).orderBy("person.id").execute();
  const records = can(user, "record:agreement") || can(user, "record:tol-agreement");
  const mine = records ? all.filter((p) => mayRecord(user, p)) : all;
  const rows: AgreementRow[] = mine.map((p) => ({
    id: p.id,
    name: p.name,
    unitName: p.unitName,
    areaName: p.areaName,
    heldOn: p.held_on,
    state: agreementState(season, { held: p.held_on !== null, startedOn: startedOn(p), today }),
  }));
  const counts = Object.fromEntries(AGREEMENT_FILTERS.map((f) => [f, f === "all" ? rows.length : rows.filter((r) => r.state === f).length])) as Record<AgreementFilter, number>;
  const areas = [...new Map(mine.filter((p) => p.areaId !== null).map((p) => [p.areaId!, p.areaName!])).entries()].map(([id, name]) => ({ id, name }));
  return { season, rows: filter === "all" ? rows : rows.filter((r) => r.state === filter), counts, areas, filter, areaId: areaId ?? null };
}
