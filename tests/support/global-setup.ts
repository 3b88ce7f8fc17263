import { rmSync } from "node:fs";
import { migrateToLatest, openDatabase } from "../../db/client.server";
import { seedProgrammes } from "../../db/seed/programmes";
import { dropRunDatabases, emptyDatabase, onPostgres } from "./databases";

/**
 * Migrates one template database once; each test copies it (much faster than migrating per test).
 * Its name carries this run's PID, so runs side by side do not remove each other's databases.
 */
export default async function setup() {
  process.env.LEDERLOP_TEST_PREFIX = `lt${process.pid}`;
  const url = await emptyDatabase("template");
  const db = openDatabase(url);
  await migrateToLatest(db);
  await seedProgrammes(db);
  // SQLite: folds the WAL into the main file so a plain copy is complete. PostgreSQL: a template
  // database must have no open connections.
  await db.destroy();
  process.env.LEDERLOP_TEMPLATE_DB = url;
  console.log(`Test databases: ${onPostgres() ? "PostgreSQL" : "SQLite"}`);
  return async () => {
    if (onPostgres()) await dropRunDatabases();
    else for (const suffix of ["", "-wal", "-shm"]) rmSync(url + suffix, { force: true });
  };
}
