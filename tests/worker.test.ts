import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { getDb, closeDb } from "../db/client.server";
import { freshDb, seedOrg } from "./support/db";
import { startServer, startWeb, waitUntil, type Started } from "./support/process";
import { startSmtp, type TestSmtp } from "./support/smtp";

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(() => smtp.close());

let running: Started[] = [];
beforeEach(async () => {
  for (const r of running) r.child.kill("SIGKILL");
  running = [];
  smtp.received.length = 0;
  smtp.delayMs = 0;
  await freshDb();
  await seedOrg();
});
afterAll(() => {
  for (const r of running) r.child.kill("SIGKILL");
});

async function queue(n: number) {
  const now = new Date(Date.now() - 1000).toISOString();
  await getDb()
    .insertInto("outbox")
    .values(Array.from({ length: n }, (_, i) => ({ kind: "test", to_address: `m${i}@test.example`, to_person_id: null, subject: `Melding ${i}`, text_body: "x", html_body: "<p>x</p>", created_at: now, send_after: now, status: "pending" as const })))
    .execute();
}

const worker = (extra: string[] = [], env: Record<string, string> = {}) => {
  const started = startServer(["--reminders", ...extra], {
    DATABASE_URL: process.env.DATABASE_URL!,
    SMTP_URL: smtp.url,
    OUTBOX_LEASE_SECONDS: "2",
    REMINDERS_SCHEDULE: "* * * * * *",
    ...env,
  });
  running.push(started);
  return started;
};

describe("the reminder worker process", () => {
  test("`--once` runs one pass against a real SMTP server, prints what it did, and exits", async () => {
    await queue(5);
    const w = worker(["--once"]);
    expect(await w.exited).toBe(0);
    expect(w.output()).toContain("Reminders: planned 0, sent 5, retried 0, failed 0, cancelled 0");
    expect(smtp.received).toHaveLength(5);
  });

  test("killed with SIGKILL mid-batch and restarted: every message delivered, at most one twice, none lost", async () => {
    const total = 120;
    await queue(total);
    smtp.delayMs = 15;
    const first = worker();
    await smtp.waitFor(30);
    first.child.kill("SIGKILL");
    await first.exited;
    const atKill = smtp.received.length;
    expect(atKill).toBeLessThan(total);

    worker();
    await waitUntil(async () => new Set(smtp.received.map((m) => m.subject)).size === total, 40_000, "all messages");
    // Let the restarted worker settle, then count.
    await new Promise((r) => setTimeout(r, 500));
    const subjects = smtp.received.map((m) => m.subject);
    expect(new Set(subjects).size).toBe(total);
    expect(subjects.length - total).toBeLessThanOrEqual(1);
    const rows = await getDb().selectFrom("outbox").select("status").execute();
    expect(rows.every((r) => r.status === "sent")).toBe(true);
  });
});

describe("a hanging SMTP server", () => {
  let hang: Server;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    // Accepts connections and never says a word: the worst kind of mail server.
    hang = createServer((s) => sockets.push(s));
    await new Promise<void>((r) => hang.listen(0, "127.0.0.1", r));
  });
  afterAll(() => {
    for (const s of sockets) s.destroy();
    hang.close();
  });

  test("does not slow web requests: pages answer while delivery waits", async () => {
    await queue(3);
    await closeDb();
    const web = await startWeb(
      {
        DATABASE_URL: process.env.DATABASE_URL!,
        SESSION_SECRET: "x".repeat(40),
        SMTP_URL: `smtp://127.0.0.1:${(hang.address() as { port: number }).port}`,
        REMINDERS_SCHEDULE: "* * * * * *",
      },
      20_000,
    );
    running.push(web);
    // The delivery pass is stuck on the silent server…
    await waitUntil(() => sockets.length > 0, 10_000, "an SMTP connection");
    // …and the web answers meanwhile, every time.
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${web.base}/logg-inn`);
      expect(res.status).toBe(200);
    }
    const rows = await getDb().selectFrom("outbox").select("status").execute();
    expect(rows.some((r) => r.status === "sending")).toBe(true);
    expect(rows.every((r) => r.status !== "sent")).toBe(true);
  });
});
