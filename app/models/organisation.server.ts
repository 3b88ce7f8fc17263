import { sql } from "kysely";
import { getDb, type DB } from "../../db/client.server";
import { audit } from "./audit.server";
import type { SessionUser } from "./sign-in.server";
import { FieldError } from "./errors";
import { HttpError } from "./http-error";
import type { AreaInput, UnitCodeInput, UnitInput } from "~/validation/organisation";

/** Service areas with their TOL and units, for the admin's organisation page. */
export async function organisation() {
  const db = getDb();
  const [areas, units, candidates] = await Promise.all([
    db.selectFrom("service_area as a").leftJoin("person as tol", "tol.id", "a.tol_person_id").select(["a.id", "a.name", "a.tol_person_id", "tol.name as tolName"]).orderBy("a.name").execute(),
    db
      .selectFrom("unit")
      .select(["unit.id", "unit.name", "unit.code", "unit.service_area_id", (eb) => eb.selectFrom("person").select(eb.fn.countAll<number>().as("n")).whereRef("person.unit_id", "=", "unit.id").as("people")])
      .orderBy("unit.name")
      .execute(),
    // Anyone with the TOL role can lead an area.
    db.selectFrom("person").innerJoin("person_role as r", (j) => j.onRef("r.person_id", "=", "person.id").on("r.role", "=", "tol")).select(["person.id", "person.name"]).where("person.active", "=", 1).orderBy("person.name").execute(),
  ]);
  return { areas: areas.map((a) => ({ ...a, units: units.filter((u) => u.service_area_id === a.id).map((u) => ({ ...u, people: Number(u.people) })) })), candidates };
}

async function tolOrFail(tx: DB, tolId: number | null) {
  if (tolId === null) return;
  const ok = await tx.selectFrom("person_role").select("person_id").where("person_id", "=", tolId).where("role", "=", "tol").executeTakeFirst();
  if (!ok) throw new FieldError("tolId", "validation.choice");
}

/** Creates a service area (admin); names are unique. */
export async function createArea({ actor, input, now = new Date() }: { actor: SessionUser; input: AreaInput; now?: Date }) {
  return getDb()
    .transaction()
    .execute(async (tx) => {
      if (await tx.selectFrom("service_area").select("id").where("name", "=", input.name).executeTakeFirst()) throw new FieldError("name", "validation.nameTaken");
      await tolOrFail(tx, input.tolId);
      const row = await tx.insertInto("service_area").values({ name: input.name, tol_person_id: input.tolId, created_at: now.toISOString() }).returning("id").executeTakeFirstOrThrow();
      await audit(tx, { actorId: actor.id, action: "area.create", entity: "service_area", entityId: row.id, after: input, now });
      return row.id;
    });
}

/** Renames an area or changes its TOL (admin). */
export async function updateArea({ actor, areaId, input, now = new Date() }: { actor: SessionUser; areaId: number; input: AreaInput; now?: Date }) {
  return getDb()
    .transaction()
    .execute(async (tx) => {
      const before = await tx.selectFrom("service_area").selectAll().where("id", "=", areaId).executeTakeFirst();
      if (!before) throw new HttpError(404);
      if (await tx.selectFrom("service_area").select("id").where("name", "=", input.name).where("id", "!=", areaId).executeTakeFirst()) throw new FieldError("name", "validation.nameTaken");
      await tolOrFail(tx, input.tolId);
      await tx.updateTable("service_area").set({ name: input.name, tol_person_id: input.tolId }).where("id", "=", areaId).execute();
      await audit(tx, { actorId: actor.id, action: "area.update", entity: "service_area", entityId: areaId, before, after: input, now });
    });
}

/** Adds a unit to an area (admin); names are unique within the area. */
export async function createUnit({ actor, input, now = new Date() }: { actor: SessionUser; input: UnitInput; now?: Date }) {
  return getDb()
    .transaction()
    .execute(async (tx) => {
      if (!(await tx.selectFrom("service_area").select("id").where("id", "=", input.areaId).executeTakeFirst())) throw new FieldError("areaId", "validation.area");
      if (await tx.selectFrom("unit").select("id").where("service_area_id", "=", input.areaId).where("name", "=", input.name).executeTakeFirst()) throw new FieldError("name", "validation.nameTaken");
      await codeFreeOrFail(tx, input.code);
      const row = await tx.insertInto("unit").values({ service_area_id: input.areaId, name: input.name, code: input.code, created_at: now.toISOString() }).returning("id").executeTakeFirstOrThrow();
      await audit(tx, { actorId: actor.id, action: "unit.create", entity: "unit", entityId: row.id, after: input, now });
      return row.id;
    });
}

/** A unit code is unique whatever its case: the HR export and SCIM match it case-insensitively. */
async function codeFreeOrFail(tx: DB, code: string | null, exceptId?: number) {
  if (code === null) return;
  let q = tx.selectFrom("unit").select("id").where(sql<string>`lower(code)`, "=", code.toLowerCase());
  if (exceptId !== undefined) q = q.where("id", "!=", exceptId);
  if (await q.executeTakeFirst()) throw new FieldError("code", "org.unit.codeTaken");
}

/** Sets or clears the code the HR system and SCIM know a unit by (admin); audited with before and after. */
export async function setUnitCode({ actor, input, now = new Date() }: { actor: SessionUser; input: UnitCodeInput; now?: Date }) {
  return getDb()
    .transaction()
    .execute(async (tx) => {
      const before = await tx.selectFrom("unit").select(["id", "code"]).where("id", "=", input.unitId).executeTakeFirst();
      if (!before) throw new HttpError(404);
      if (before.code === input.code) return;
      await codeFreeOrFail(tx, input.code, input.unitId);
      await tx.updateTable("unit").set({ code: input.code }).where("id", "=", input.unitId).execute();
      await audit(tx, { actorId: actor.id, action: "unit.update", entity: "unit", entityId: input.unitId, before: { code: before.code }, after: { code: input.code }, now });
    });
}
