import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { migrateToLatest, openDatabase } from "../../db/client.server";
import { seedProgrammes } from "../../db/seed/programmes";

export const TEMPLATE_DIR = join(process.cwd(), "test-results", "db");

/** Migrates one SQLite file once; each test copies it (much faster than migrating per test). */
export default async function setup() {
  rmSync(TEMPLATE_DIR, { recursive: true, force: true });
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  const file = join(TEMPLATE_DIR, "template.sqlite");
  const db = openDatabase(file);
  await migrateToLatest(db);
  await seedProgrammes(db);
  // Fold the WAL into the main file so a plain copy is complete.
  await db.destroy();
  process.env.LEDERLOP_TEMPLATE_DB = file;
}
