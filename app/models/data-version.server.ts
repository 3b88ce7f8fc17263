import { sql } from "kysely";
import { getDb } from "../../db/client.server";

/**
 * A value that changes whenever the database changes: rows written through this process's
 * connection (total_changes) and commits by any other connection (PRAGMA data_version). Cached
 * figures keyed on it are never stale. SQLite-specific by nature; PostgreSQL needs its own.
 */
export async function dataVersion(): Promise<string> {
  const db = getDb();
  const [changes, version] = await Promise.all([
    sql<{ n: number }>`select total_changes() as n`.execute(db),
    sql<{ data_version: number }>`pragma data_version`.execute(db),
  ]);
  return `${changes.rows[0]?.n}:${version.rows[0]?.data_version}`;
}
