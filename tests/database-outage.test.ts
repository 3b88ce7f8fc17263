// A database that stops answering, tried from outside: the real server, PostgreSQL behind a TCP
// proxy that can turn into a black hole (a hung server, a dropped network), and SQLite with another
// process holding the write lock. Requests must fail with an answer, not hang; the process stays
// up; and once the database is back, so is Lederløp.
import { connect, createServer, type Server, type Socket } from "node:net";
import SQLite from "better-sqlite3";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { closeDb, sqlitePath } from "../db/client.server";
import { onPostgres } from "./support/databases";
import { freshDb, seedOrg } from "./support/db";
import { startWeb, waitUntil, type Web } from "./support/process";

const SECRET = "o".repeat(40);

/** Forwards TCP to the database; `blackHole()` drops every byte both ways until `restore()`. */
async function blackHoleProxy(host: string, port: number) {
  let dropping = false;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(port, host);
    for (const [from, to] of [[client, upstream], [upstream, client]] as const) {
      sockets.add(from);
      from.on("data", (chunk) => (dropping ? undefined : to.write(chunk)));
      from.on("error", () => to.destroy());
      from.on("close", () => {
        sockets.delete(from);
        to.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as { port: number }).port,
    blackHole: () => void (dropping = true),
    restore: () => void (dropping = false),
    close: () => {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A request that must get an answer; a hang fails the test after `ms` instead of the suite's timeout. */
const ask = (web: Web, path: string, form?: Record<string, string>, ms = 20_000) =>
  fetch(`${web.base}${path}`, {
    signal: AbortSignal.timeout(ms),
    ...(form ? { method: "POST", body: new URLSearchParams(form), headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: web.base } } : {}),
  });
// A new address each time: five requests for one address in 15 minutes are refused (429) before the database is asked.
let asked = 0;
const signInForm = () => ({ email: `someone.${++asked}@test.example` });

describe.skipIf(!onPostgres())("PostgreSQL that stops answering", () => {
  let web: Web;
  let proxy: Awaited<ReturnType<typeof blackHoleProxy>>;
  beforeAll(async () => {
    await freshDb();
    await seedOrg();
    await closeDb();
    const direct = new URL(process.env.DATABASE_URL!);
    proxy = await blackHoleProxy(direct.hostname, Number(direct.port || 5432));
    const viaProxy = new URL(direct.href);
    viaProxy.hostname = "127.0.0.1";
    viaProxy.port = String(proxy.port);
    // Three connections: without the stuck-client fix, a few hung requests take the whole pool.
    web = await startWeb({ DATABASE_URL: viaProxy.href, SESSION_SECRET: SECRET, REMINDERS: "off", DATABASE_TIMEOUT_SECONDS: "2", DATABASE_POOL_SIZE: "3" });
  });
  afterAll(async () => {
    await web?.stop();
    await proxy?.close();
  });

  test("every request gets an answer while it is gone, the server stays up, and it serves again when it is back", async () => {
    expect((await ask(web, "/logg-inn?index", signInForm())).status).toBeLessThan(400);

    proxy.blackHole();
    const during = await Promise.all([...Array.from({ length: 8 }, () => ask(web, "/logg-inn?index", signInForm())), ask(web, "/healthz")]);
    for (const res of during) expect(res.status).toBeGreaterThanOrEqual(500);
    expect(await during.at(-1)!.json()).toEqual({ status: "error", database: "unavailable" });
    expect(web.child.exitCode).toBeNull();

    proxy.restore();
    await waitUntil(async () => (await ask(web, "/healthz")).status === 200, 20_000, "/healthz after the database came back");
    // More requests than connections: a connection left waiting for an answer lost in the black
    // hole would hang every request that got it.
    const after = await Promise.all(Array.from({ length: 6 }, () => ask(web, "/logg-inn?index", signInForm())));
    for (const res of after) expect(res.status).toBeLessThan(400);
    expect(web.child.exitCode).toBeNull();
  });
});

describe.skipIf(onPostgres())("SQLite with another process holding the write lock", () => {
  let web: Web;
  let holder: SQLite.Database | undefined;
  beforeAll(async () => {
    await freshDb();
    await seedOrg();
    await closeDb();
    web = await startWeb({ DATABASE_URL: process.env.DATABASE_URL!, SESSION_SECRET: SECRET, REMINDERS: "off" });
  });
  afterEach(() => {
    if (holder?.inTransaction) holder.exec("rollback");
    holder?.close();
    holder = undefined;
  });
  afterAll(async () => {
    await web?.stop();
  });

  test("a write waits for the lock, then fails with an answer; reads go on; the write works once the lock is let go", async () => {
    holder = new SQLite(sqlitePath(process.env.DATABASE_URL));
    holder.exec("begin immediate");
    const [write, health] = await Promise.all([ask(web, "/logg-inn?index", signInForm()), ask(web, "/healthz")]);
    expect(write.status).toBeGreaterThanOrEqual(500);
    expect(health.status).toBe(200); // WAL: readers are not blocked by the writer
    holder.exec("rollback");
    expect((await ask(web, "/logg-inn?index", signInForm())).status).toBeLessThan(400);
    expect(web.child.exitCode).toBeNull();
  });
});
