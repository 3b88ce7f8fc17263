import { copyFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { Migrator, sql } from "kysely";
import { openDatabase } from "../../db/client.server";
import { COPY_ORDER } from "../../db/copy";
import { migrationProvider } from "../../db/migrations/index";
import { emptyDatabase, onPostgres } from "./databases";

/** The demo database of the release before migration 012, used (tests/fixtures/use-old-demo.ts). */
export const OLD_DEMO = join(process.cwd(), "tests", "fixtures", "old-demo.sqlite");
/** The last migration that release had. */
export const OLD_DEMO_MIGRATION = "20261216_009_scim";

/**
 * A copy of the old demo on the engine under test, still at the old schema. On SQLite that is the
 * file itself; on PostgreSQL a database migrated to the same version with the file's rows loaded,
 * ids and all, so the same assertions hold on both.
 */
export async function copyOfOldDemo(label: string): Promise<string> {
  const url = await emptyDatabase(label);
  if (!onPostgres()) {
    copyFileSync(OLD_DEMO, url);
    return url;
  }
  const db = openDatabase(url);
  const source = new Database(OLD_DEMO, { readonly: true });
  try {
    const { error } = await new Migrator({ db, provider: migrationProvider }).migrateTo(OLD_DEMO_MIGRATION);
    if (error) throw error;
    const tables = new Set((source.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name));
    await db.transaction().execute(async (tx) => {
      // Parents first; people without their unit until the units exist (the one foreign-key cycle).
      for (const table of COPY_ORDER.filter((t) => tables.has(t))) {
        const rows = source.prepare(`select * from "${table}"`).all() as Record<string, unknown>[];
        for (let i = 0; i < rows.length; i += 200) {
          const batch = rows.slice(i, i + 200).map((r) => (table === "person" ? { ...r, unit_id: null } : r));
          await tx.insertInto(table as never).values(batch as never).execute();
        }
      }
      for (const p of source.prepare("select id, unit_id from person where unit_id is not null").all() as { id: number; unit_id: number }[]) {
        await tx.updateTable("person").set({ unit_id: p.unit_id }).where("id", "=", p.id).execute();
      }
      const identities = await sql<{ table: string }>`
        select table_name as "table" from information_schema.columns
        where table_schema = current_schema() and column_name = 'id' and is_identity = 'YES'`.execute(tx);
      for (const { table } of identities.rows) {
        await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(tx);
      }
    });
    return url;
  } finally {
    source.close();
    await db.destroy();
  }
}
