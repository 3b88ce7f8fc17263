import { closeDb, getDb, migrateToLatest, oneAtATime, type DB } from "../../db/client.server";
import { DEMO_ACCOUNTS, seedDemo } from "../../db/seed/demo";
import { seedProgrammes } from "../../db/seed/programmes";
import { reconstructPeriods } from "../models/period-report.server";
import { closeMailTransport } from "../utils/mail.server";
import { lastEndedQuarter, quartersUpTo } from "../utils/periods";
import { initialAdmin, isDemo, oidcSettings } from "../utils/env.server";

/**
 * Brings the database to the latest schema and makes sure the standard programmes exist; in demo
 * mode, seeds a demo municipality when the database is empty. Called once by server.js. Several
 * instances starting at once against one PostgreSQL take turns (the migrator locks on its own).
 */
export async function startup() {
  // A mistyped OIDC_GROUP_ROLES stops the start here, not at someone's sign-in with the wrong roles.
  oidcSettings();
  const migrated = await migrateToLatest(getDb());
  const demo = isDemo();
  const seeded = await oneAtATime(getDb(), "lederlop.startup", async (db) => {
    await seedProgrammes(db);
    const created = demo ? await seedDemo(db) : false;
    await ensureFirstAdmin(db);
    return created;
  });
  // The demo's year of history as the four past quarters' report packs, so the trend has a shape.
  if (seeded) await reconstructPeriods({ from: quartersUpTo(lastEndedQuarter(new Date()), 4)[0]!, now: new Date(), actorId: null });
  return { migrated, seeded, demoAccounts: demoAccounts() };
}

/** The demo's sign-ins, for the sign-in page and the start-up message; none outside demo mode. */
export const demoAccounts = () => (isDemo() ? DEMO_ACCOUNTS.map((a) => ({ email: a.email, name: a.name, roles: a.roles })) : []);

/** A fresh installation needs one administrator: ADMIN_EMAIL (and ADMIN_NAME) creates it once. */
async function ensureFirstAdmin(db: DB) {
  const admin = initialAdmin();
  if (!admin) return;
  const { email, name } = admin;
  const anyAdmin = await db.selectFrom("person_role").select("person_id").where("role", "=", "admin").executeTakeFirst();
  if (anyAdmin) return;
  const now = new Date().toISOString();
  await db.transaction().execute(async (tx) => {
    const existing = await tx.selectFrom("person").select("id").where("email", "=", email).executeTakeFirst();
    const id =
      existing?.id ??
      (
        await tx
          .insertInto("person")
          .values({ name, email, position: "", active: 1, created_at: now, updated_at: now })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    await tx.insertInto("person_role").values({ person_id: id, role: "admin" }).execute();
    await tx.insertInto("audit_log").values({ at: now, actor_id: null, action: "person.bootstrap_admin", entity: "person", entity_id: String(id), before: null, after: JSON.stringify({ email }) }).execute();
  });
}

export async function shutdown() {
  closeMailTransport();
  await closeDb();
}
