import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, SqliteDialect } from "kysely";
import { migrationProvider } from "./migrations/index";
import type { Database } from "./schema";

export type DB = Kysely<Database>;

/** `DATABASE_URL` is a SQLite file path (optionally `file:`-prefixed); default `./data/lederlop.sqlite`. */
export function sqlitePath(url = process.env.DATABASE_URL): string {
  const raw = url?.trim() || "./data/lederlop.sqlite";
  return raw === ":memory:" ? raw : resolve(raw.replace(/^file:(\/\/)?/, ""));
}

export function openDatabase(url?: string): DB {
  const file = sqlitePath(url);
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  // WAL lets readers run beside the one writer; FULL sync trades a little write speed for
  // durability of completions and outbox rows on power loss.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = FULL");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
}

/**
 * Kysely prepares a new statement for every query. Each one holds native memory the JavaScript
 * garbage collector does not see, so under load the process grew by hundreds of MB; reusing
 * prepared statements (the app has a few hundred distinct queries) keeps memory flat and saves
 * the parse. Kysely runs each statement to completion synchronously, so sharing one is safe.
 */
function withStatementCache(sqlite: SQLite.Database, max = 1000) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        // Most recently used last, so the first key is the one to drop.
        cache.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

let instance: DB | undefined;

/** The process-wide database, opened on first use. */
export function getDb(): DB {
  instance ??= openDatabase();
  return instance;
}

export async function closeDb(): Promise<void> {
  const current = instance;
  instance = undefined;
  await current?.destroy();
}
