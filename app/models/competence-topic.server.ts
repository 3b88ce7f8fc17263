import { getDb, transaction, type DB } from "../../db/client.server";
import { can } from "~/access/policy";
import type { TopicInput } from "~/validation/competence-topic";
import { audit } from "./audit.server";
import { FieldError } from "./errors";
import { HttpError } from "./http-error";
import type { SessionUser } from "./sign-in.server";

/**
 * The competence topics the development unit keeps: what leader agreements record as needs and
 * what forums and theme hours teach, so that one can suggest the other. A topic in use is retired,
 * never deleted: last year's agreements still name it.
 */
const guard = (user: SessionUser) => {
  if (!can(user, "manage:competence-topic")) throw new HttpError(403);
};

/** The competence topics in use, in the development unit's order: what the forms offer. */
export function activeTopics(db: DB = getDb()) {
  return db.selectFrom("competence_topic").select(["id", "name", "description"]).where("retired_at", "is", null).orderBy("position").orderBy("id").execute();
}

export async function listTopics({ user }: { user: SessionUser }) {
  guard(user);
  return getDb()
    .selectFrom("competence_topic as t")
    .select((eb) => [
      "t.id",
      "t.name",
      "t.description",
      "t.position",
      "t.retired_at",
      eb.selectFrom("training_session as s").select(eb.fn.countAll<number>().as("n")).whereRef("s.topic_id", "=", "t.id").as("sessions"),
      eb.selectFrom("leader_agreement_topic as at").select(eb.fn.countAll<number>().as("n")).whereRef("at.topic_id", "=", "t.id").as("agreements"),
    ])
    .orderBy("t.position")
    .orderBy("t.id")
    .execute()
    .then((rows) => rows.map((r) => ({ ...r, sessions: Number(r.sessions), agreements: Number(r.agreements) })));
}

async function nameFree(tx: DB, name: string, exceptId?: number) {
  let q = tx.selectFrom("competence_topic").select("id").where((eb) => eb(eb.fn("lower", ["name"]), "=", name.toLowerCase()));
  if (exceptId !== undefined) q = q.where("id", "!=", exceptId);
  if (await q.executeTakeFirst()) throw new FieldError("name", "topic.nameTaken");
}

async function topicOr404(tx: DB, id: number) {
  const t = await tx.selectFrom("competence_topic").selectAll().where("id", "=", id).executeTakeFirst();
  if (!t) throw new HttpError(404);
  return t;
}

export async function createTopic({ user, input, now = new Date() }: { user: SessionUser; input: TopicInput; now?: Date }) {
  guard(user);
  return transaction(async (tx) => {
    await nameFree(tx, input.name);
    const last = await tx.selectFrom("competence_topic").select((eb) => eb.fn.max("position").as("p")).executeTakeFirst();
    const values = { name: input.name, description: input.description, position: Number(last?.p ?? 0) + 1, created_at: now.toISOString() };
    const { id } = await tx.insertInto("competence_topic").values(values).returning("id").executeTakeFirstOrThrow();
    await audit(tx, { actorId: user.id, action: "topic.create", entity: "competence_topic", entityId: id, after: values, now });
    return id;
  });
}

/** Renames or describes a topic. */
export async function updateTopic({ user, topicId, input, now = new Date() }: { user: SessionUser; topicId: number; input: TopicInput; now?: Date }) {
  guard(user);
  return transaction(async (tx) => {
    const before = await topicOr404(tx, topicId);
    await nameFree(tx, input.name, topicId);
    await tx.updateTable("competence_topic").set({ name: input.name, description: input.description }).where("id", "=", topicId).execute();
    await audit(tx, { actorId: user.id, action: "topic.update", entity: "competence_topic", entityId: topicId, before: { name: before.name, description: before.description }, after: input, now });
  });
}

/** Moves a topic one place up or down the list (swapping positions with its neighbour). */
export async function moveTopic({ user, topicId, direction, now = new Date() }: { user: SessionUser; topicId: number; direction: "up" | "down"; now?: Date }) {
  guard(user);
  return transaction(async (tx) => {
    const all = await tx.selectFrom("competence_topic").select(["id", "position"]).orderBy("position").orderBy("id").execute();
    const i = all.findIndex((t) => t.id === topicId);
    if (i < 0) throw new HttpError(404);
    const j = direction === "up" ? i - 1 : i + 1;
    if (j < 0 || j >= all.length) return;
    [all[i], all[j]] = [all[j]!, all[i]!];
    // Renumbered from 1 each time, so equal positions left by older data cannot keep a move from showing.
    for (const [n, t] of all.entries()) if (t.position !== n + 1) await tx.updateTable("competence_topic").set({ position: n + 1 }).where("id", "=", t.id).execute();
    await audit(tx, { actorId: user.id, action: "topic.move", entity: "competence_topic", entityId: topicId, after: { direction }, now });
  });
}

/** Retires a topic (no longer offered for new agreements and sessions), or brings it back. */
export async function retireTopic({ user, topicId, retired, now = new Date() }: { user: SessionUser; topicId: number; retired: boolean; now?: Date }) {
  guard(user);
  return transaction(async (tx) => {
    const before = await topicOr404(tx, topicId);
    if ((before.retired_at !== null) === retired) return;
    const retired_at = retired ? now.toISOString() : null;
    await tx.updateTable("competence_topic").set({ retired_at }).where("id", "=", topicId).execute();
    await audit(tx, { actorId: user.id, action: retired ? "topic.retire" : "topic.restore", entity: "competence_topic", entityId: topicId, before: { retired_at: before.retired_at }, after: { retired_at }, now });
  });
}
