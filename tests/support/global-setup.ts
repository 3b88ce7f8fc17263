import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { migrateToLatest, openDatabase } from "../../db/client.server";
import { seedProgrammes } from "../../db/seed/programmes";

export const TEMPLATE_DIR = join(process.cwd(), "test-results", "db");

/**
 * Migrates one SQLite file once; each test copies it (much faster than migrating per test). The file
 * is this run's own, so runs side by side in one checkout do not remove each other's databases.
 */
export default async function setup() {
  mkdirSync(TEMPLATE_DIR, { recursive: true });
  const file = join(TEMPLATE_DIR, `template-${process.pid}.sqlite`);
  rmSync(file, { force: true });
  const db = openDatabase(file);
  await migrateToLatest(db);
  await seedProgrammes(db);
  // Fold the WAL into the main file so a plain copy is complete.
  await db.destroy();
  process.env.LEDERLOP_TEMPLATE_DB = file;
  return () => {
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  };
}
