import { sql } from "kysely";
import { closeDb, getDb } from "../../db/client.server";
import type { Role } from "../../db/schema";
import type { SessionUser } from "~/models/sign-in.server";
import { copyOfTemplate, onPostgres, removeDatabase } from "./databases";

let counter = 0;

/**
 * Points the app at a fresh copy of the migrated template database and returns it. Call it in a
 * beforeEach; the previous copy is closed first.
 */
export async function freshDb() {
  await closeDb();
  const previous = process.env.DATABASE_URL;
  if (previous) await removeDatabase(previous);
  process.env.DATABASE_URL = await copyOfTemplate(`w${process.pid}_t${++counter}`);
  return getDb();
}

const now = () => new Date().toISOString();

/** A small organisation: two service areas with a TOL each, a unit in each, and people in every role. */
export async function seedOrg() {
  const db = getDb();
  const person = async (name: string, email: string, roles: Role[], unitId: number | null = null) => {
    const p = await db
      .insertInto("person")
      .values({ name, email, unit_id: unitId, position: "leder", start_date: null, active: 1, created_at: now(), updated_at: now() })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db.insertInto("person_role").values(roles.map((role) => ({ person_id: p.id, role }))).execute();
    return p.id;
  };
  const tolA = await person("Tor A", "tol.a@test.example", ["tol"]);
  const tolB = await person("Tone B", "tol.b@test.example", ["tol"]);
  const areaA = (await db.insertInto("service_area").values({ name: "Helse", tol_person_id: tolA, created_at: now() }).returning("id").executeTakeFirstOrThrow()).id;
  const areaB = (await db.insertInto("service_area").values({ name: "Oppvekst", tol_person_id: tolB, created_at: now() }).returning("id").executeTakeFirstOrThrow()).id;
  const unitA = (await db.insertInto("unit").values({ service_area_id: areaA, name: "Sykehjemmet", created_at: now() }).returning("id").executeTakeFirstOrThrow()).id;
  const unitB = (await db.insertInto("unit").values({ service_area_id: areaB, name: "Skolen", created_at: now() }).returning("id").executeTakeFirstOrThrow()).id;
  const hr = await person("Hanne HR", "hr@test.example", ["hr"]);
  const dev = await person("Ulrik Utvikling", "dev@test.example", ["development_unit"]);
  const admin = await person("Ada Admin", "admin@test.example", ["admin"]);
  const template = await db.selectFrom("programme_template").select("id").where("key", "=", "intro").executeTakeFirstOrThrow();
  return { tolA, tolB, areaA, areaB, unitA, unitB, hr, dev, admin, templateId: template.id };
}

/** The session view of a person, as the app builds it. */
export async function asUser(id: number): Promise<SessionUser> {
  const db = getDb();
  const p = await db.selectFrom("person").select(["id", "name", "email"]).where("id", "=", id).executeTakeFirstOrThrow();
  const roles = await db.selectFrom("person_role").select("role").where("person_id", "=", id).execute();
  const areas = await db.selectFrom("service_area").select("id").where("tol_person_id", "=", id).execute();
  return { ...p, locale: "nb", roles: roles.map((r) => r.role), tolAreaIds: areas.map((a) => a.id) };
}

/**
 * Makes inserting the person with this address fail inside the database (a trigger), on either
 * engine: how the tests prove that a batch which fails part-way leaves nothing behind.
 */
export async function crashOnInsertOf(email: string) {
  const db = getDb();
  if (onPostgres()) {
    await sql`CREATE FUNCTION person_crash() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$ LANGUAGE plpgsql`.execute(db);
    await sql`CREATE TRIGGER person_crash BEFORE INSERT ON person FOR EACH ROW WHEN (NEW.email = ${sql.lit(email)}) EXECUTE FUNCTION person_crash()`.execute(db);
  } else {
    await sql`CREATE TRIGGER person_crash BEFORE INSERT ON person WHEN NEW.email = ${sql.lit(email)} BEGIN SELECT RAISE(ABORT, 'boom'); END`.execute(db);
  }
}
