import type { DB } from "../../db/client.server";
import { audit } from "./audit.server";
import { enrolInRollout } from "./rollout.server";

/**
 * Where a person works and whether they still do: the one place that says what leaving, coming
 * back and moving to another unit mean, for «Personer», SCIM provisioning and the HR export sync
 * alike. Each runs inside the caller's transaction and audits as `source` says.
 */
export interface EmploymentChange {
  personId: number;
  actorId: number | null;
  /** What made the change, in the audit row: "admin", "scim:<token name>", "hr-sync". */
  source: string;
  now: Date;
}

/**
 * The person has left: inactive from now, signed out everywhere, and the reminders planned for
 * them cancelled. Their paths and completions stay for the figures; retention counts from
 * `left_at`. Returns false when they had already left.
 */
export async function markLeft(tx: DB, { personId, actorId, source, now }: EmploymentChange): Promise<boolean> {
  const stamp = now.toISOString();
  const changed = await tx
    .updateTable("person")
    .set({ active: 0, left_at: stamp, updated_at: stamp })
    .where("id", "=", personId)
    .where("left_at", "is", null)
    .executeTakeFirst();
  if (Number(changed.numUpdatedRows) === 0) return false;
  await tx.deleteFrom("session").where("person_id", "=", personId).execute();
  await tx.deleteFrom("login_token").where("person_id", "=", personId).where("used_at", "is", null).execute();
  // Planned reminders only; a mail already written to them (a welcome, a receipt) may still go.
  await tx
    .updateTable("outbox")
    .set({ status: "cancelled", lease_until: null, claim_token: null })
    .where("to_person_id", "=", personId)
    .where("status", "in", ["pending", "failed"])
    .where("dedupe_key", "is not", null)
    .execute();
  await audit(tx, { actorId, action: "person.leave", entity: "person", entityId: personId, after: { source, leftAt: stamp }, now });
  return true;
}

/** The person is back (rehired, or deactivated by mistake): active again, no date of leaving. */
export async function markReturned(tx: DB, { personId, actorId, source, now }: EmploymentChange): Promise<boolean> {
  const before = await tx.selectFrom("person").select(["active", "left_at", "anonymised_at"]).where("id", "=", personId).executeTakeFirst();
  if (!before || (before.active === 1 && before.left_at === null)) return false;
  // Anonymised people are gone for good: their data cannot come back.
  if (before.anonymised_at !== null) return false;
  await tx.updateTable("person").set({ active: 1, left_at: null, updated_at: now.toISOString() }).where("id", "=", personId).execute();
  await audit(tx, { actorId, action: "person.return", entity: "person", entityId: personId, before: { leftAt: before.left_at }, after: { source }, now });
  return true;
}

/**
 * A transfer to another unit keeps everything the person has done, and adds what the new unit
 * requires: the pre-rollout path when the new unit has a rollout and they have none yet.
 */
export async function transferPerson(tx: DB, { personId, actorId, source, now, unitId }: EmploymentChange & { unitId: number | null }): Promise<boolean> {
  const before = await tx.selectFrom("person").select("unit_id").where("id", "=", personId).executeTakeFirst();
  if (!before || before.unit_id === unitId) return false;
  await tx.updateTable("person").set({ unit_id: unitId, updated_at: now.toISOString() }).where("id", "=", personId).execute();
  const enrolled = await enrolInRollout(tx, { personId, unitId, now });
  await audit(tx, { actorId, action: "person.transfer", entity: "person", entityId: personId, before: { unitId: before.unit_id }, after: { unitId, source, preRolloutPath: enrolled }, now });
  return true;
}
