import { sql, type Kysely } from "kysely";
import { isPostgres } from "./helpers";

/** A person's mail language may be nynorsk (nn) too. */
export async function up(db: Kysely<any>): Promise<void> {
  await relocale(db, ["nb", "nn", "en"]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`update person set locale = 'nb' where locale = 'nn'`.execute(db);
  await relocale(db, ["nb", "en"]);
}

const check = (locales: string[]) => `locale in (${locales.map((l) => `'${l}'`).join(", ")})`;

async function relocale(db: Kysely<any>, locales: string[]): Promise<void> {
  if (isPostgres(db)) {
    await sql.raw(`alter table person drop constraint person_locale_ck, add constraint person_locale_ck check (${check(locales)})`).execute(db);
    return;
  }
  // SQLite cannot alter a CHECK: rebuild the table from its own definition with the new list
  // (SQLite's documented twelve steps; foreign keys off meanwhile, checked before commit).
  const one = async (q: string) => (await sql<{ sql: string }>`${sql.raw(q)}`.execute(db)).rows;
  const [table] = await one(`select sql from sqlite_master where type = 'table' and name = 'person'`);
  const indexes = await one(`select sql from sqlite_master where type = 'index' and tbl_name = 'person' and sql is not null`);
  const definition = table!.sql.replace(/locale in \([^)]*\)/, check(locales)).replace(/^create table "?person"?/i, 'create table "person_new"');
  if (!definition.includes(check(locales))) throw new Error("person_locale_ck not found in the person table's definition");
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await sql`begin`.execute(db);
    await sql.raw(definition).execute(db);
    await sql`insert into person_new select * from person`.execute(db);
    await sql`drop table person`.execute(db);
    await sql`alter table person_new rename to person`.execute(db);
    for (const ix of indexes) await sql.raw(ix.sql).execute(db);
    const broken = await one(`pragma foreign_key_check`);
    if (broken.length) throw new Error(`foreign keys broken by the person rebuild: ${JSON.stringify(broken)}`);
    await sql`commit`.execute(db);
  } catch (error) {
    await sql`rollback`.execute(db);
    throw error;
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
