import { sql, type Kysely } from "kysely";
import { isPostgres, notNull, oneOf, withId } from "./helpers";

/**
 * Period report packs: at a quarter's end (and a year's) the measure points are frozen per scope —
 * the municipality, each service area, each unit — as aggregates (counts and medians, never a
 * person). `period_report_pack` is the claim: one row per period, inserted or nothing, in the same
 * transaction as its scope rows, so several instances freeze a period exactly once.
 *
 * Both tables refuse UPDATE and DELETE in the database itself. There are no foreign keys to the
 * service area or unit: a snapshot keeps the scope's name as it was, so deleting a unit later
 * neither cascades into nor is blocked by the packs that reported on it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("period_report_pack")
    .addColumn("period_key", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull().check(oneOf("kind", ["quarter", "year"])))
    .addColumn("as_of", "text", notNull)
    .addColumn("taken_at", "text", notNull)
    .addColumn("reconstructed", "integer", (c) => c.notNull().check(sql`reconstructed in (0, 1)`))
    .execute();

  await withId(db, db.schema.createTable("period_report"))
    .addColumn("period_key", "text", (c) => c.notNull().references("period_report_pack.period_key"))
    .addColumn("scope_kind", "text", (c) => c.notNull().check(oneOf("scope_kind", ["municipality", "area", "unit"])))
    // 0 for the municipality: a NULL would make the unique key below ignore it.
    .addColumn("scope_id", "integer", notNull)
    .addColumn("area_id", "integer")
    .addColumn("scope_name", "text", notNull)
    .addColumn("figures", "text", notNull)
    .addUniqueConstraint("period_report_scope_uq", ["period_key", "scope_kind", "scope_id"])
    .execute();
  await db.schema.createIndex("period_report_area_ix").on("period_report").columns(["area_id", "period_key"]).execute();

  if (isPostgres(db)) {
    await sql`create function period_report_frozen() returns trigger language plpgsql as $$
      begin raise exception 'period reports are frozen: % refused on %', tg_op, tg_table_name; end $$`.execute(db);
    for (const table of ["period_report_pack", "period_report"]) {
      await sql`create trigger ${sql.raw(`${table}_frozen`)} before update or delete on ${sql.table(table)} for each row execute function period_report_frozen()`.execute(db);
    }
  } else {
    for (const table of ["period_report_pack", "period_report"]) {
      for (const op of ["update", "delete"]) {
        await sql`create trigger ${sql.raw(`${table}_no_${op}`)} before ${sql.raw(op)} on ${sql.table(table)} begin select raise(abort, ${sql.lit(
          `period reports are frozen: ${op} refused on ${table}`
        )}); end`.execute(db);
      }
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("period_report").execute();
  await db.schema.dropTable("period_report_pack").execute();
  if (isPostgres(db)) await sql`drop function period_report_frozen()`.execute(db);
}
