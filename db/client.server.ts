import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { migrationProvider } from "./migrations/index";
import type { Database } from "./schema";
import { databasePoolSize, databaseTimeoutMs, databaseUrl } from "../app/utils/env.server";

export type DB = Kysely<Database>;

/** `postgres://…` or `postgresql://…` selects PostgreSQL; anything else is a SQLite file. */
export const isPostgresUrl = (url = databaseUrl()): boolean => /^postgres(ql)?:\/\//i.test(url?.trim() ?? "");

/** Which engine a Kysely instance talks to; the few places where the dialects differ branch on it. */
import { isPostgres } from "./migrations/helpers";
export { isPostgres };

/** `DATABASE_URL` is a SQLite file path (optionally `file:`-prefixed); default `./data/lederlop.sqlite`. */
export function sqlitePath(url = databaseUrl()): string {
  const raw = url?.trim() || "./data/lederlop.sqlite";
  return raw === ":memory:" ? raw : resolve(raw.replace(/^file:(\/\/)?/, ""));
}

export function openDatabase(url = databaseUrl()): DB {
  if (isPostgresUrl(url)) return openPostgres(url!.trim());
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

// count(*) and sum() are bigint in PostgreSQL, which pg returns as strings; every count here fits
// a JavaScript number, so both engines hand the models the same plain numbers.
const INT8 = 20;
const NUMERIC = 1700;
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === INT8 || oid === NUMERIC ? Number : pg.types.getTypeParser(oid, format as "text")) as typeof pg.types.getTypeParser,
};

function openPostgres(url: string): DB {
  // A database that stops answering (a hung server, a dropped network) must fail requests, not
  // hold them forever: connecting and each statement get DATABASE_TIMEOUT_SECONDS, on the server
  // (statement_timeout) and in the client (query_timeout, for when no answer can come at all).
  const timeout = databaseTimeoutMs();
  const pool = new pg.Pool({ connectionString: url, max: databasePoolSize(), types, connectionTimeoutMillis: timeout, query_timeout: timeout, statement_timeout: timeout });
  // An idle client losing its connection (a database restart, a failover) must not crash the
  // process; the pool opens a new connection when one is next needed, so this is only a warning.
  pool.on("error", (error) => console.warn(`[db] an idle PostgreSQL connection closed (${error.message}); the pool will reconnect`));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: { connect: () => pool.connect().then(discardWhenStuck), end: () => pool.end() } }) });
}

/**
 * After a client-side query timeout the connection still waits for an answer that may never come,
 * and pg would hand it to the next request, which then hangs too (brianc/node-postgres#3399). Such a
 * client is destroyed on release instead of going back to the pool. pg-pool gives a client a new
 * `release` at each checkout; `query` is wrapped once per client.
 */
const stuck = new WeakSet<pg.PoolClient>();
const watched = new WeakSet<pg.PoolClient>();
function discardWhenStuck(client: pg.PoolClient): pg.PoolClient {
  if (!watched.has(client)) {
    watched.add(client);
    // The class's query, looked up at each call (not captured once), so anything that wraps the
    // class later (a test counting statements) still sees every statement.
    const proto = Object.getPrototypeOf(client) as { query: (...args: unknown[]) => unknown };
    client.query = ((...args: unknown[]) => {
      const result = proto.query.apply(client, args);
      return result instanceof Promise
        ? result.catch((error: Error) => {
            if (error?.message === "Query read timeout") stuck.add(client);
            throw error;
          })
        : result;
    }) as typeof client.query;
  }
  const release = client.release;
  client.release = (destroy?: boolean | Error) => release(stuck.has(client) || destroy);
  return client;
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

/**
 * Runs `fn` while no other process runs it under the same name: a PostgreSQL advisory lock,
 * held on one connection that `fn` uses. SQLite has one server process (and its writers are
 * serialised anyway), so there `fn` just runs.
 */
export async function oneAtATime<T>(db: DB, name: string, fn: (db: DB) => Promise<T>): Promise<T> {
  if (!isPostgres(db)) return fn(db);
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(hashtext(${name}))`.execute(conn);
    try {
      return await fn(conn);
    } finally {
      await sql`select pg_advisory_unlock(hashtext(${name}))`.execute(conn);
    }
  });
}

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

let instance: DB | undefined;

/** Where the process-wide database is, for messages (never the password). */
export function describeDatabase(url = databaseUrl()): string {
  if (!isPostgresUrl(url)) return sqlitePath(url);
  const u = new URL(url!.trim());
  return `postgres://${u.username ? `${u.username}@` : ""}${u.host}${u.pathname}`;
}

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

const afterCommit = new WeakMap<DB, (() => void)[]>();

/**
 * `db.transaction().execute(work)`, plus callbacks registered with `onCommit` that run once the
 * transaction has committed (never when it rolls back). Delivery of mail a change enqueued is
 * started this way: on PostgreSQL another connection cannot see the row before the commit.
 */
export async function transaction<T>(work: (tx: DB) => Promise<T>, db: DB = getDb()): Promise<T> {
  const callbacks: (() => void)[] = [];
  const result = await db.transaction().execute((tx) => {
    afterCommit.set(tx, callbacks);
    return work(tx);
  });
  for (const callback of callbacks) callback();
  return result;
}

/** Runs `callback` after `tx` (from `transaction`) commits; throws for any other handle, so no caller can forget. */
export function onCommit(tx: DB, callback: () => void): void {
  const callbacks = afterCommit.get(tx);
  if (!callbacks) throw new Error("onCommit needs a transaction started with transaction() from db/client.server");
  if (!callbacks.includes(callback)) callbacks.push(callback);
}
