import { sql } from "kysely";
import { getDb, isPostgres } from "../../db/client.server";

/**
 * A value that changes whenever the committed data changes, so figures cached under it are never
 * stale. Read it before the figures: they are then at least as new as the key.
 * - SQLite: rows written through this process's connection (total_changes) and commits by any
 *   other connection (PRAGMA data_version).
 * - PostgreSQL: the snapshot (xmin:xmax:in-progress ids). Two equal snapshots see exactly the same
 *   committed rows; read-only transactions take no transaction id, so reading never changes it,
 *   and every instance behind a load balancer gets the same value.
 */
export async function dataVersion(): Promise<string> {
  const db = getDb();
  if (isPostgres(db)) {
    const { rows } = await sql<{ v: string }>`select pg_current_snapshot()::text as v`.execute(db);
    return rows[0]!.v;
  }
  const [changes, version] = await Promise.all([
    sql<{ n: number }>`select total_changes() as n`.execute(db),
    sql<{ data_version: number }>`pragma data_version`.execute(db),
  ]);
  return `${changes.rows[0]?.n}:${version.rows[0]?.data_version}`;
}
