import type { ExpressionBuilder } from "kysely";
import { getDb, transaction, type DB } from "../../db/client.server";
import type { Database } from "../../db/schema";
import { osloDate } from "~/utils/dates";
import type { ScimUserInput } from "~/validation/scim";
import { audit } from "./audit.server";
import { markLeft, markReturned, transferPerson } from "./employment.server";
import type { TokenHolder } from "./integration-token.server";
import { registerHire } from "./person.server";
import { INTRO_TEMPLATE_KEY } from "./team-readiness.server";

/**
 * People provisioned by Entra ID over SCIM. The SCIM layer (app/server/scim.server.ts) speaks the
 * protocol; this module says what each request means in Lederløp. Only people bound to the
 * directory (a userName) are visible to it, so a token cannot read or change HR's or an admin's
 * records by guessing ids. Every write runs in one transaction and is audited with no actor and
 * `source: "scim:<token name>"`.
 */

/** A refusal in SCIM's terms (RFC 7644 §3.12); the SCIM layer turns it into an error body. */
export class ProvisioningError extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    readonly scimType: "uniqueness" | "invalidValue" | null,
    detail: string,
  ) {
    super(detail);
  }
}

export interface ProvisionedUser {
  id: number;
  userName: string;
  externalId: string | null;
  active: boolean;
  name: string;
  email: string;
  position: string;
  employeeNumber: string | null;
  /** The department as the directory sent it; for people HR registered, the unit's code, else its name. */
  department: string | null;
  created: string;
  lastModified: string;
}

/** What a list may be filtered by (the SCIM layer maps `userName eq "…"` and the like to this). */
export interface UserQuery {
  id?: number;
  userName?: string;
  externalId?: string;
  email?: string;
}

const notFound = (id: number | string) => new ProvisioningError(404, null, `Resource ${id} not found`);

/** A unique index refused the write (SQLite's SQLITE_CONSTRAINT_UNIQUE, PostgreSQL's 23505). */
const isUniqueViolation = (error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "23505";
};

/**
 * One transaction per request. Two requests for the same new user at once (a retry racing its
 * original) both pass the uniqueness checks; the index refuses the second, which is then a 409.
 */
async function inTransaction<T>(work: (tx: DB) => Promise<T>): Promise<T> {
  try {
    return await transaction(work);
  } catch (error) {
    if (isUniqueViolation(error)) throw new ProvisioningError(409, "uniqueness", "A value that must be unique is already in use");
    throw error;
  }
}

const bound = (eb: ExpressionBuilder<Database, "person">) => eb.and([eb("person.user_name", "is not", null), eb("person.anonymised_at", "is", null)]);

function selectUsers(db: DB) {
  return db
    .selectFrom("person")
    .leftJoin("unit", "unit.id", "person.unit_id")
    .where(bound)
    .select([
      "person.id",
      "person.user_name",
      "person.external_id",
      "person.active",
      "person.name",
      "person.email",
      "person.position",
      "person.employee_number",
      "person.department",
      "person.created_at",
      "person.updated_at",
      "unit.code as unitCode",
      "unit.name as unitName",
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof selectUsers>["executeTakeFirstOrThrow"]>>;

const toUser = (r: Row): ProvisionedUser => ({
  id: r.id,
  userName: r.user_name!,
  externalId: r.external_id,
  active: r.active === 1,
  name: r.name,
  email: r.email,
  position: r.position,
  employeeNumber: r.employee_number,
  department: r.department ?? r.unitCode ?? r.unitName,
  created: r.created_at,
  lastModified: r.updated_at,
});

async function userOrFail(tx: DB, id: number): Promise<ProvisionedUser> {
  const row = await selectUsers(tx).where("person.id", "=", id).executeTakeFirst();
  if (!row) throw notFound(id);
  return toUser(row);
}

export async function getProvisionedUser({ id }: { id: number }): Promise<ProvisionedUser> {
  return userOrFail(getDb(), id);
}

/** One page of users matching every condition in `query`; `startIndex` is 1-based, as in SCIM. */
export async function listProvisionedUsers({ query, startIndex, count }: { query: UserQuery; startIndex: number; count: number }) {
  let q = selectUsers(getDb());
  if (query.id !== undefined) q = q.where("person.id", "=", query.id);
  if (query.userName !== undefined) q = q.where("person.user_name", "=", query.userName.toLowerCase());
  if (query.externalId !== undefined) q = q.where("person.external_id", "=", query.externalId);
  if (query.email !== undefined) q = q.where("person.email", "=", query.email.toLowerCase());
  const [rows, total] = await Promise.all([
    count > 0 ? q.orderBy("person.id").limit(count).offset(startIndex - 1).execute() : Promise.resolve([]),
    q.clearSelect().select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { total: Number(total.n), users: rows.map(toUser) };
}

/**
 * A department matched to a unit: by its code, else by its name, ignoring case. A name two service
 * areas share matches neither (the code tells them apart). Null when nothing matches.
 */
async function unitForDepartment(tx: DB, department: string): Promise<number | null> {
  const wanted = department.toLocaleLowerCase("nb");
  const units = await tx.selectFrom("unit").select(["id", "name", "code"]).execute();
  const byCode = units.filter((u) => u.code !== null && u.code.toLocaleLowerCase("nb") === wanted);
  if (byCode.length === 1) return byCode[0]!.id;
  const byName = units.filter((u) => u.name.toLocaleLowerCase("nb") === wanted);
  return byName.length === 1 ? byName[0]!.id : null;
}

/** Refuses (409 uniqueness) a value another person already holds in a unique column. */
async function assertFree(tx: DB, personId: number | null, checks: [column: "user_name" | "external_id" | "employee_number" | "email", value: string | null, label: string][]) {
  for (const [column, value, label] of checks) {
    if (value === null) continue;
    let q = tx.selectFrom("person").select("id").where(column, "=", value);
    if (personId !== null) q = q.where("id", "!=", personId);
    if (await q.executeTakeFirst()) throw new ProvisioningError(409, "uniqueness", `${label} is already in use`);
  }
}

interface Context {
  token: TokenHolder;
  now?: Date;
}

const sourceOf = (token: TokenHolder) => `scim:${token.name}`;

/**
 * Entra ID creates a user. Someone HR already registered (same address or employee number) and
 * not yet bound is bound instead of duplicated: that is how the first sync meets the people typed
 * in by hand. Anyone else becomes a new leader through `registerHire`: the leader role, the
 * introduction path from today (Oslo) and the welcome mail.
 */
export async function provisionUser({ input, token, now = new Date() }: Context & { input: ScimUserInput }): Promise<ProvisionedUser> {
  return inTransaction(async (tx) => {
    await assertFree(tx, null, [
      ["user_name", input.userName, "userName"],
      ["external_id", input.externalId, "externalId"],
    ]);
    let existing = await tx.selectFrom("person").select(["id", "user_name", "anonymised_at"]).where("email", "=", input.email).executeTakeFirst();
    if (!existing && input.employeeNumber !== null)
      existing = await tx.selectFrom("person").select(["id", "user_name", "anonymised_at"]).where("employee_number", "=", input.employeeNumber).executeTakeFirst();
    if (existing) {
      if (existing.user_name !== null || existing.anonymised_at !== null) throw new ProvisioningError(409, "uniqueness", "A user with this email or employeeNumber exists already");
      await tx.updateTable("person").set({ user_name: input.userName, external_id: input.externalId }).where("id", "=", existing.id).execute();
      await audit(tx, { actorId: null, action: "person.scim.bind", entity: "person", entityId: existing.id, after: { source: sourceOf(token), userName: input.userName, externalId: input.externalId }, now });
      await applyChanges(tx, existing.id, input, token, now);
      return userOrFail(tx, existing.id);
    }
    await assertFree(tx, null, [["employee_number", input.employeeNumber, "employeeNumber"]]);
    const unitId = input.department === null ? null : await unitForDepartment(tx, input.department);
    const template = await tx.selectFrom("programme_template").select("id").where("key", "=", INTRO_TEMPLATE_KEY).executeTakeFirstOrThrow();
    const hire = await registerHire({
      actor: { id: null },
      source: sourceOf(token),
      tx,
      now,
      input: { name: input.name, email: input.email, unitId, position: input.position || "Leder", startDate: osloDate(now), templateId: template.id },
    });
    await tx
      .updateTable("person")
      .set({ user_name: input.userName, external_id: input.externalId, employee_number: input.employeeNumber, department: input.department })
      .where("id", "=", hire.id)
      .execute();
    if (input.department !== null && unitId === null)
      await audit(tx, { actorId: null, action: "person.scim.unknownDepartment", entity: "person", entityId: hire.id, after: { source: sourceOf(token), department: input.department }, now });
    if (!input.active) await markLeft(tx, { personId: hire.id, actorId: null, source: sourceOf(token), now });
    return userOrFail(tx, hire.id);
  });
}

/**
 * Makes the person what the directory says: details, employee number, unit (a transfer: history
 * kept, the new unit's pre-rollout path added) and whether they still work here.
 */
async function applyChanges(tx: DB, personId: number, input: ScimUserInput, token: TokenHolder, now: Date) {
  await assertFree(tx, personId, [
    ["user_name", input.userName, "userName"],
    ["external_id", input.externalId, "externalId"],
    ["employee_number", input.employeeNumber, "employeeNumber"],
    ["email", input.email, "email"],
  ]);
  const before = await tx
    .selectFrom("person")
    .select(["user_name", "external_id", "name", "email", "position", "employee_number", "department"])
    .where("id", "=", personId)
    .executeTakeFirstOrThrow();
  const after = {
    user_name: input.userName,
    external_id: input.externalId,
    name: input.name,
    email: input.email,
    position: input.position || before.position,
    employee_number: input.employeeNumber ?? before.employee_number,
    department: input.department ?? before.department,
  };
  const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => after[k] !== before[k]);
  const source = sourceOf(token);
  if (changed.length) {
    await tx.updateTable("person").set({ ...after, updated_at: now.toISOString() }).where("id", "=", personId).execute();
    await audit(tx, {
      actorId: null,
      action: "person.scim.update",
      entity: "person",
      entityId: personId,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: { source, ...Object.fromEntries(changed.map((k) => [k, after[k]])) },
      now,
    });
  }
  const change = { personId, actorId: null, source, now };
  if (input.department !== null) {
    const unitId = await unitForDepartment(tx, input.department);
    if (unitId === null) await audit(tx, { actorId: null, action: "person.scim.unknownDepartment", entity: "person", entityId: personId, after: { source, department: input.department }, now });
    await transferPerson(tx, { ...change, unitId });
  }
  await (input.active ? markReturned(tx, change) : markLeft(tx, change));
}

/** PUT: the whole user replaced by what the directory sends. */
export async function replaceProvisionedUser({ id, input, token, now = new Date() }: Context & { id: number; input: ScimUserInput }): Promise<ProvisionedUser> {
  return inTransaction(async (tx) => {
    await userOrFail(tx, id);
    await applyChanges(tx, id, input, token, now);
    return userOrFail(tx, id);
  });
}

/**
 * PATCH: `patch` turns the user as it is into the user as it should be (SCIM's PatchOp, applied by
 * the SCIM layer), read and written in one transaction. Undefined from `patch`: nothing changed.
 */
export async function patchProvisionedUser({
  id,
  token,
  now = new Date(),
  patch,
}: Context & { id: number; patch: (current: ProvisionedUser) => Promise<ScimUserInput | undefined> }): Promise<ProvisionedUser> {
  return inTransaction(async (tx) => {
    const current = await userOrFail(tx, id);
    const input = await patch(current);
    if (input === undefined) return current;
    await applyChanges(tx, id, input, token, now);
    return userOrFail(tx, id);
  });
}

/**
 * DELETE: the person has left (reminders stop, sessions end), and is no longer bound to the
 * directory, so the resource is gone for SCIM (RFC 7644 §3.6: later requests answer 404) while
 * Lederløp keeps their history. Creating them again binds them again and marks them returned.
 */
export async function deprovisionUser({ id, token, now = new Date() }: Context & { id: number }): Promise<void> {
  await inTransaction(async (tx) => {
    const user = await userOrFail(tx, id);
    const source = sourceOf(token);
    await markLeft(tx, { personId: id, actorId: null, source, now });
    await tx.updateTable("person").set({ user_name: null, external_id: null, updated_at: now.toISOString() }).where("id", "=", id).execute();
    await audit(tx, { actorId: null, action: "person.scim.unbind", entity: "person", entityId: id, before: { userName: user.userName, externalId: user.externalId }, after: { source }, now });
  });
}
