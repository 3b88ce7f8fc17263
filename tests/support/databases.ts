import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import pg from "pg";
import { isPostgresUrl } from "../../db/client.server";

/**
 * Test databases on either engine. `npm test` uses SQLite files; with
 * `TEST_DATABASE_URL=postgres://…` every test database is a PostgreSQL database on that server
 * instead (created from a migrated template, dropped afterwards).
 */
export const testServerUrl = () => process.env.TEST_DATABASE_URL?.trim() || "";
export const onPostgres = () => isPostgresUrl(testServerUrl());

const DB_DIR = join(process.cwd(), "test-results", "db");
/** Names this run's databases; set by global-setup so teardown finds every worker's databases. */
const prefix = () => process.env.LEDERLOP_TEST_PREFIX ?? `lt${process.pid}`;

function urlFor(name: string): string {
  const u = new URL(testServerUrl());
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

const nameOf = (url: string) => new URL(url).pathname.slice(1);
const dropSql = (name: string) => `drop database if exists ${quote(name)} with (force)`;

/** A new database named after `label`, empty or a copy of `template`: a SQLite file, or a PostgreSQL database. */
async function newDatabase(label: string, template?: string): Promise<string> {
  const name = `${prefix()}_${label}`.toLowerCase().replace(/[^a-z0-9_]/g, "_");
  if (!onPostgres()) {
    mkdirSync(DB_DIR, { recursive: true });
    const file = join(DB_DIR, `${name}.sqlite`);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
    if (template) copyFileSync(template, file);
    return file;
  }
  await admin(async (c) => {
    await c.query(dropSql(name));
    await c.query(`create database ${quote(name)}${template ? ` template ${quote(nameOf(template))}` : ""}`);
  });
  return urlFor(name);
}

/** A new, empty database's URL (a SQLite file path, or a PostgreSQL URL). */
export const emptyDatabase = (label: string) => newDatabase(label);

/** The migrated template every test copies, made once per run by global-setup. */
export const templateUrl = () => process.env.LEDERLOP_TEMPLATE_DB!;

/** A copy of the migrated template: a file copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL. */
export const copyOfTemplate = (label: string) => newDatabase(label, templateUrl());

/**
 * Removes one of this run's test databases (a SQLite file with its WAL, or a PostgreSQL database);
 * anything else, such as a DATABASE_URL from the developer's environment, is left alone.
 */
export async function removeDatabase(url: string): Promise<void> {
  if (!isPostgresUrl(url)) {
    if (dirname(url) !== DB_DIR || !basename(url).startsWith(`${prefix()}_`)) return;
    for (const suffix of ["", "-wal", "-shm"]) rmSync(url + suffix, { force: true });
    return;
  }
  const name = nameOf(url);
  if (!name.startsWith(`${prefix()}_`)) return;
  await admin((c) => c.query(dropSql(name)));
}

/** Drops every database of this run (teardown). */
export async function dropRunDatabases(): Promise<void> {
  if (!onPostgres()) return;
  await admin(async (c) => {
    const { rows } = await c.query<{ datname: string }>("select datname from pg_database where datname like $1", [`${prefix()}\\_%`]);
    for (const { datname } of rows) await c.query(dropSql(datname));
  });
}
