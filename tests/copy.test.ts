// `npm run db:copy`: an installation's SQLite file moved into a new database (PostgreSQL when the
// suite runs with TEST_DATABASE_URL, another SQLite file otherwise), as an operator would do it.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { sql } from "kysely";
import { afterAll, describe, expect, test } from "vitest";
import { migrateToLatest, openDatabase, type DB } from "../db/client.server";
import { COPY_ORDER } from "../db/copy";
import { DEMO_ACCOUNTS } from "../db/seed/demo";
import { emptyDatabase, onPostgres, removeDatabase } from "./support/databases";
import { startWeb, type Started } from "./support/process";

const run = promisify(execFile);
const tsx = join(process.cwd(), "node_modules", ".bin", "tsx");
const copy = (from: string, to: string) => run(tsx, ["db/cli.ts", "copy", "--from", from, "--to", to], { env: { ...process.env, DATABASE_URL: "" } });
const SECRET = "c".repeat(40);
const running: Started[] = [];
const cleanup: string[] = [];

afterAll(async () => {
  for (const r of running) if (r.child.exitCode === null) r.child.kill("SIGKILL");
  for (const url of cleanup) await removeDatabase(url);
});

async function serve(databaseUrl: string, extra: Record<string, string> = {}) {
  const server = await startWeb({ DATABASE_URL: databaseUrl, SESSION_SECRET: SECRET, REMINDERS: "off", ...extra });
  running.push(server);
  return server;
}

/** Every row of every table, in a stable order: what "nothing missing" means. */
async function dump(db: DB) {
  const out: Record<string, string[]> = {};
  for (const table of COPY_ORDER) out[table] = (await db.selectFrom(table).selectAll().execute()).map((r) => JSON.stringify(r)).sort();
  return out;
}

/** The leader list's count and table (the demo banner differs between demo mode and not). */
const leaderTable = (html: string) => /<p[^>]*role="status".*?<\/table>/s.exec(html)?.[0] ?? "(no table)";

/** A SQLite file path of its own: the source is always SQLite, whatever the suite's engine. */
const sqliteFile = (name: string) => join(process.cwd(), "test-results", "db", `${process.env.LEDERLOP_TEST_PREFIX}_${name}_${process.pid}.sqlite`);

describe("npm run db:copy", () => {
  test("moves a used demo installation; the copy serves the same pages and keeps people signed in", { timeout: 180_000 }, async () => {
    // An installation that has been used: demo data, a sign-in link, a session, mail in the outbox.
    const source = sqliteFile("installation");
    cleanup.push(source);
    await removeDatabase(source);
    const before = await serve(source, { DEMO: "1" });
    const hr = DEMO_ACCOUNTS.find((a) => (a.roles as readonly string[]).includes("hr"))!.email;
    await fetch(`${before.base}/logg-inn?index`, { method: "POST", body: new URLSearchParams({ email: hr }), redirect: "manual" });
    const src = openDatabase(source);
    const mail = await src.selectFrom("outbox").select("text_body").where("to_address", "=", hr).orderBy("id", "desc").executeTakeFirstOrThrow();
    const token = /\/logg-inn\/([A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!;
    const signedIn = await fetch(`${before.base}/logg-inn/${token}`, { method: "POST", body: new URLSearchParams(), redirect: "manual" });
    const cookie = signedIn.headers.get("set-cookie")!.split(";")[0]!;
    const leadersBefore = leaderTable(await (await fetch(`${before.base}/ledere`, { headers: { cookie } })).text());
    expect(leadersBefore).toContain("Helge Hansen");
    await before.stop();
    const expected = await dump(src);
    await src.destroy();
    expect(expected.session).toHaveLength(1);

    const target = await emptyDatabase(`copy_target_${process.pid}`);
    cleanup.push(target);
    const { stdout } = await copy(source, target);
    expect(stdout).toContain(`Row counts match in all ${COPY_ORDER.length} tables`);

    const dst = openDatabase(target);
    expect(await dump(dst)).toEqual(expected);
    // New rows continue after the copied ids instead of colliding with them.
    const maxId = Math.max(...expected.person!.map((r) => (JSON.parse(r) as { id: number }).id));
    const now = new Date().toISOString();
    const added = await dst.insertInto("person").values({ name: "Ny Etter Flytting", email: "ny.etter@test.example", position: "leder", active: 1, created_at: now, updated_at: now }).returning("id").executeTakeFirstOrThrow();
    expect(added.id).toBeGreaterThan(maxId);
    await dst.deleteFrom("person").where("id", "=", added.id).execute();
    await dst.destroy();

    // Served from the copy, not in demo mode: the same session cookie still works and the list is the same.
    const after = await serve(target);
    const res = await fetch(`${after.base}/ledere`, { headers: { cookie } });
    expect(res.status).toBe(200);
    expect(leaderTable(await res.text())).toBe(leadersBefore);
    await after.stop();
  });

  test("an installation whose SQLite file holds NUL characters copies: the characters are removed, and it says so", { timeout: 120_000 }, async () => {
    const source = sqliteFile("nul");
    cleanup.push(source);
    await removeDatabase(source);
    const src = openDatabase(source);
    await migrateToLatest(src);
    const at = new Date().toISOString();
    // Older forms let U+0000 through; SQLite stored it, PostgreSQL refuses the whole statement.
    await src.insertInto("person").values({ name: "Kari\u0000 Nordmann", email: "kari@test.example", position: "leder\u0000", active: 1, created_at: at, updated_at: at }).execute();
    await src.insertInto("audit_log").values({ actor_id: null, action: "person.create", entity: "person", entity_id: "1", before: null, after: JSON.stringify({ name: "Kari\u0000" }), at }).execute();
    await src.destroy();

    const target = await emptyDatabase(`copy_nul_${process.pid}`);
    cleanup.push(target);
    const { stdout } = await copy(source, target);
    expect(stdout).toContain("Row counts match");
    expect(stdout).toContain("Removed the NUL character (U+0000), which PostgreSQL cannot store, from person.name (1), person.position (1)");
    const dst = openDatabase(target);
    expect(await dst.selectFrom("person").select(["name", "position"]).execute()).toEqual([{ name: "Kari Nordmann", position: "leder" }]);
    await dst.destroy();
  });

  test("refuses a target that has data, and a copy that fails part-way leaves the target empty", { timeout: 120_000 }, async () => {
    const source = sqliteFile("small");
    cleanup.push(source);
    await removeDatabase(source);
    const seeded = await serve(source, { DEMO: "1" });
    await seeded.stop();

    const target = await emptyDatabase(`copy_refuse_${process.pid}`);
    cleanup.push(target);
    const dst = openDatabase(target);
    if (onPostgres()) {
      // Make the target fail on one row late in the copy (a training session), after thousands of others went in.
      await migrateToLatest(dst);
      await sql`CREATE FUNCTION copy_crash() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$ LANGUAGE plpgsql`.execute(dst);
      await sql`CREATE TRIGGER copy_crash BEFORE INSERT ON training_session FOR EACH ROW EXECUTE FUNCTION copy_crash()`.execute(dst);
      await expect(copy(source, target)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("the target is unchanged") });
      for (const table of COPY_ORDER) expect(await dst.selectFrom(table).selectAll().execute(), table).toEqual([]);
      await sql`DROP TRIGGER copy_crash ON training_session`.execute(dst);
    }
    const { stdout } = await copy(source, target);
    expect(stdout).toContain("Row counts match");
    const people = await dst.selectFrom("person").select("id").execute();
    await expect(copy(source, target)).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining("already has data") });
    expect(await dst.selectFrom("person").select("id").execute()).toHaveLength(people.length);
    await dst.destroy();
  });
});
