// Several processes against one PostgreSQL, as a larger municipality runs Lederløp behind a load
// balancer. Runs with TEST_DATABASE_URL=postgres://… (as CI does); SQLite has one server process.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeDb, getDb, openDatabase } from "../db/client.server";
import { seedLarge } from "../db/seed/large";
import { digestPlan } from "~/jobs/digests.server";
import { reminderPlan, writePlanned } from "~/jobs/reminders.server";
import { isWorkingDay, osloMorning } from "~/jobs/workdays";
import { addDaysToDate } from "~/utils/dates";
import { emptyDatabase, onPostgres, removeDatabase } from "./support/databases";
import { freshDb } from "./support/db";
import { startServer, startWeb, waitUntil, type Started } from "./support/process";
import { startSmtp, type TestSmtp } from "./support/smtp";

const SECRET = "m".repeat(40);
let smtp: TestSmtp;
const running: Started[] = [];

beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(async () => {
  for (const r of running) if (r.child.exitCode === null) r.child.kill("SIGKILL");
  await smtp?.close();
});

/** A web instance, stopped after the file's tests whatever happens. */
const web = (env: Record<string, string>, timeoutMs?: number) =>
  startWeb(env, timeoutMs).then((w) => {
    running.push(w);
    return w;
  });

/** One scheduler pass's planning for a given morning, as every instance runs it. */
async function plan(db: ReturnType<typeof getDb>, now: Date) {
  return writePlanned(db, [...(await reminderPlan(db, now)), ...(await digestPlan(db, now))], now);
}

describe.runIf(onPostgres())("several instances on one PostgreSQL", () => {
  test("three instances starting at once on an empty database: migrated once, one set of programmes, one first admin", { timeout: 120_000 }, async () => {
    const url = await emptyDatabase(`startup_${process.pid}`);
    const env = { DATABASE_URL: url, SESSION_SECRET: SECRET, REMINDERS: "off", ADMIN_EMAIL: "forste.admin@test.example" };
    const started = await Promise.all([1, 2, 3].map(() => web(env, 60_000)));
    for (const s of started) expect(s.child.exitCode, s.output()).toBeNull();
    const db = openDatabase(url);
    const programmes = await db.selectFrom("programme_template").select("key").execute();
    expect(programmes.map((p) => p.key).sort()).toEqual(["intro", "pre_rollout"]);
    expect(await db.selectFrom("person").select("email").execute()).toEqual([{ email: "forste.admin@test.example" }]);
    expect(await db.selectFrom("person_role").select("role").execute()).toEqual([{ role: "admin" }]);
    await db.destroy();
    await Promise.all(started.map((s) => s.stop()));
    await removeDatabase(url);
  });

  test("two web processes and two reminder workers deliver 5,000 leaders' due reminders exactly once, and show the same readiness", { timeout: 300_000 }, async () => {
    await freshDb();
    const db = getDb();
    // A past Monday, so every planned reminder is already due when the workers look.
    const seedDay = "2026-11-23";
    const seed = await seedLarge(db, { leaders: 5000, now: new Date(osloMorning(seedDay, 9)), rollouts: 20, sessions: 6, rlg: true });
    expect(seed.leaders).toBe(5000);

    // Three weeks of working days' planning, each morning run by two instances at the same moment
    // through their own connection pools: the unique key lets exactly one of them write each message.
    const other = openDatabase(process.env.DATABASE_URL);
    let planned = 0;
    for (let day = "2026-11-02"; day <= seedDay; day = addDaysToDate(day, 1)) {
      if (!isWorkingDay(day)) continue;
      const now = new Date(osloMorning(day, 9));
      const [a, b] = await Promise.all([plan(db, now), plan(other, now)]);
      planned += a + b;
      // A third run the same morning finds nothing new.
      expect(await plan(other, now)).toBe(0);
    }
    await other.destroy();
    const rows = await db.selectFrom("outbox").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(rows.n).toBe(planned);
    expect(planned).toBeGreaterThanOrEqual(5000);
    await closeDb();

    // Two web instances (each also runs the scheduler, as by default) and two dedicated workers.
    const env = { DATABASE_URL: process.env.DATABASE_URL!, SMTP_URL: smtp.url, SESSION_SECRET: SECRET, REMINDERS_SCHEDULE: "* * * * * *", OUTBOX_LEASE_SECONDS: "60" };
    const workers = [startServer(["--reminders"], env), startServer(["--reminders"], env)];
    running.push(...workers);
    const webs = await Promise.all([1, 2].map(() => web(env)));
    const instances = [...webs, ...workers];

    const live = getDb();
    const outstanding = async () =>
      Number(
        (
          await live
            .selectFrom("outbox")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("status", "in", ["pending", "sending"])
            .where("send_after", "<=", new Date().toISOString())
            .executeTakeFirstOrThrow()
        ).n,
      );
    const sent = async () => live.selectFrom("outbox").select(["id", "message_id", "to_address"]).where("status", "=", "sent").execute();
    // The SMTP server has a message before its row is marked sent, so once nothing is outstanding,
    // every sent row's message has arrived (and any duplicate too).
    await waitUntil(async () => (await outstanding()) === 0 && smtp.received.length >= (await sent()).length, 240_000, "every due message delivered");

    // Exactly once: as many messages arrived as rows are marked sent, each with its row's Message-ID.
    const delivered = await sent();
    expect(delivered.length).toBeGreaterThanOrEqual(planned);
    expect(smtp.received).toHaveLength(delivered.length);
    const receivedIds = smtp.received.map((m) => m.messageId);
    expect(new Set(receivedIds).size).toBe(receivedIds.length);
    expect(new Set(receivedIds)).toEqual(new Set(delivered.map((r) => r.message_id)));
    expect(await live.selectFrom("outbox").select("id").where("status", "=", "failed").execute()).toEqual([]);
    for (const r of instances) expect(r.child.exitCode, r.output()).toBeNull();

    // Sessions live in the database: a link requested on one instance, redeemed on the other,
    // and the cookie works on both. Both show the same readiness.
    const [first, second] = webs.map((w) => w.base) as [string, string];
    const signIn = async (email: string) => {
      const asked = await fetch(`${first}/logg-inn`, { method: "POST", body: new URLSearchParams({ email }), redirect: "manual" });
      expect(asked.status).toBeLessThan(400);
      const mail = await live.selectFrom("outbox").select("text_body").where("to_address", "=", email).where("kind", "=", "sign_in").orderBy("id", "desc").executeTakeFirstOrThrow();
      const token = /\/logg-inn\/([A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!;
      const redeemed = await fetch(`${second}/logg-inn/${token}`, { method: "POST", body: new URLSearchParams(), redirect: "manual" });
      expect(redeemed.status).toBe(302);
      return redeemed.headers.get("set-cookie")!.split(";")[0]!;
    };
    const page = async (base: string, path: string, cookie: string) => {
      const res = await fetch(base + path, { headers: { cookie } });
      expect(res.status, path).toBe(200);
      // The CSP nonce is the only thing that differs per response.
      return (await res.text()).replace(/nonce="[^"]*"/g, "");
    };
    const tol = await signIn(seed.accounts.tol);
    const rlg = await signIn(seed.accounts.rlg!);
    for (const [path, cookie] of [["/beredskap", tol], ["/innforing", rlg], ["/rapporter", rlg]] as const) {
      const [a, b] = [await page(first, path, cookie), await page(second, path, cookie)];
      expect(a).toContain("logg-ut");
      expect(a, path).toBe(b);
    }
  });
});
