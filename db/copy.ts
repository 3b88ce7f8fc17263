import { Migrator, sql, type Kysely } from "kysely";
import { describeDatabase, isPostgres, migrateToLatest, openDatabase } from "./client.server";
import { migrationProvider } from "./migrations/index";
import type { Database } from "./schema";

/**
 * Every table, parents before children. One foreign key closes a cycle (person.unit_id → unit →
 * service_area.tol_person_id → person): people go in without their unit, which is set once the
 * units exist.
 */
export const COPY_ORDER = [
  "person",
  "service_area",
  "unit",
  "person_role",
  "programme_template",
  "template_step",
  "path",
  "path_step",
  "step_completion",
  "audit_log",
  "login_token",
  "session",
  "outbox",
  "rollout",
  "competence_topic",
  "training_session",
  "session_step",
  "session_signup",
  "rate_limit",
  "person_identity",
  "integration_token",
  "unit_meeting",
  "guidance_contract",
  "guidance_extension",
  "fishbone_category",
  "fishbone_analysis",
  "fishbone_cause",
  "unit_revision",
  "unit_measure",
  "measure_review",
  "leader_agreement",
  "leader_agreement_topic",
  "lean_end",
  "unit_duty_policy",
  "calendar_feed",
] as const satisfies readonly (keyof Database)[];

// A table added to the schema but not to COPY_ORDER fails the type check here.
type Uncopied = Exclude<keyof Database, (typeof COPY_ORDER)[number]>;
const everyTableCopied: [Uncopied] extends [never] ? true : Uncopied = true;
void everyTableCopied;

type Table = (typeof COPY_ORDER)[number];
export type CopyReport = { table: Table; source: number; target: number }[];

/**
 * The row with every U+0000 removed from its text: SQLite stored it (older versions of the forms
 * let it through), PostgreSQL refuses the whole statement. `removed` is told each column cleaned.
 */
function withoutNul(row: Record<string, unknown>, removed: (column: string) => void): Record<string, unknown> {
  let out = row;
  for (const [column, value] of Object.entries(row)) {
    if (typeof value === "string" && value.includes("\u0000")) {
      if (out === row) out = { ...row };
      out[column] = value.replaceAll("\u0000", "");
      removed(column);
    }
  }
  return out;
}

/** PostgreSQL takes at most 65,535 parameters per statement. */
const batchSize = (columns: number) => Math.max(1, Math.floor(30_000 / Math.max(1, columns)));

async function count(db: Kysely<Database>, table: Table): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Copies an installation's data (`from`, normally its SQLite file) into a new, empty database
 * (`to`, normally PostgreSQL). The target is migrated first; all rows go in within one
 * transaction on the target, which commits only when every table's row count matches the source.
 */
export async function copyDatabase({ from, to, log = () => {} }: { from: string; to: string; log?: (line: string) => void }): Promise<CopyReport> {
  const source = openDatabase(from);
  const target = openDatabase(to);
  try {
    const pending = (await new Migrator({ db: source, provider: migrationProvider }).getMigrations()).filter((m) => !m.executedAt);
    if (pending.length > 0) {
      throw new Error(
        `${describeDatabase(from)} is not on the latest schema (${pending.map((m) => m.name).join(", ")} not applied). ` +
          `Start the old installation once, or run DATABASE_URL=${from} npm run db:migrate, then copy again.`,
      );
    }
    const applied = await migrateToLatest(target);
    if (applied.length) log(`Migrated ${describeDatabase(to)}: ${applied.join(", ")}`);
    for (const table of COPY_ORDER) {
      if ((await count(target, table)) > 0) throw new Error(`${describeDatabase(to)} already has data (table ${table}); copy into an empty database.`);
    }

    const cleaned = new Map<string, number>();
    // The source is read inside one transaction too, so a server still writing to it cannot
    // make the copy inconsistent.
    const report = await source.transaction().execute((src) =>
      target.transaction().execute(async (tx) => {
        for (const table of COPY_ORDER) {
          // Streamed and written in batches, so memory stays flat for a large installation.
          let batch: Record<string, unknown>[] = [];
          let copied = 0;
          const flush = async () => {
            if (batch.length) await tx.insertInto(table).values(batch as never).execute();
            copied += batch.length;
            batch = [];
          };
          for await (const row of src.selectFrom(table).selectAll().stream(1000)) {
            const clean = withoutNul(row, (column) => cleaned.set(`${table}.${column}`, (cleaned.get(`${table}.${column}`) ?? 0) + 1));
            batch.push(table === "person" ? { ...clean, unit_id: null } : clean);
            if (batch.length >= batchSize(Object.keys(row).length)) await flush();
          }
          await flush();
          log(`  ${table}: ${copied} rows`);
        }
        // Now that units exist, people get theirs back.
        const placed = await src.selectFrom("person").select(["id", "unit_id"]).where("unit_id", "is not", null).execute();
        for (const p of placed) await tx.updateTable("person").set({ unit_id: p.unit_id }).where("id", "=", p.id).execute();

        // Explicit ids leave PostgreSQL's identity sequences at 1; move each past the highest id.
        if (isPostgres(tx)) {
          const identities = await sql<{ table: string }>`
            select table_name as "table" from information_schema.columns
            where table_schema = current_schema() and column_name = 'id' and is_identity = 'YES'`.execute(tx);
          for (const { table } of identities.rows) {
            await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(tx);
          }
        }

        const report: CopyReport = [];
        for (const table of COPY_ORDER) report.push({ table, source: await count(src, table), target: await count(tx, table) });
        const wrong = report.filter((r) => r.source !== r.target);
        if (wrong.length > 0) throw new Error(`Row counts differ, nothing was copied: ${wrong.map((r) => `${r.table} ${r.source} → ${r.target}`).join(", ")}`);
        return report;
      }),
    );
    if (cleaned.size > 0) {
      log(`Removed the NUL character (U+0000), which PostgreSQL cannot store, from ${[...cleaned].map(([column, n]) => `${column} (${n})`).join(", ")}.`);
    }
    return report;
  } finally {
    await source.destroy();
    await target.destroy();
  }
}
