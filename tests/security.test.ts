import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { closeDb, getDb } from "../db/client.server";
import { completeStep, undoStep } from "~/models/path.server";
import { registerHire, updatePerson, updateProfile } from "~/models/person.server";
import { anonymisePerson, exportPerson } from "~/models/privacy.server";
import { setRollout } from "~/models/rollout.server";
import { cancelSession, cancelSignup, createSession, recordAttendance, signUp, updateSession } from "~/models/course.server";
import { addTemplateStep, moveTemplateStep, retireTemplateStep, syncRunningPaths, updateTemplateStep } from "~/models/template.server";
import { osloInstant } from "~/utils/oslo-instant";
import { onPostgres } from "./support/databases";
import { asUser, freshDb, seedOrg } from "./support/db";
import { startWeb, type Web } from "./support/process";

const NOW = new Date("2026-11-27T10:00:00Z");
const POLICY = { remindBeforeDays: 7, remindOnDue: true, overdueEveryDays: 7, overdueMax: 3, escalateAfterDays: 14 };

describe("over HTTP, through server.js", () => {
  let server: Web;
  let base = "";
  const start = async (env: Record<string, string> = {}) => {
    server = await startWeb({ DATABASE_URL: process.env.DATABASE_URL!, SESSION_SECRET: "s".repeat(40), REMINDERS: "off", ...env }, 20_000);
    base = server.base;
  };
  const stop = () => server.stop();
  const signInPost = (email: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/logg-inn?index`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: base, ...headers },
      body: new URLSearchParams({ email }),
    });

  beforeEach(async () => {
    await freshDb();
    await seedOrg();
    await closeDb();
  });
  afterAll(() => server?.child.kill("SIGKILL"));

  test("every response carries the security headers; the CSP is enforced with a per-response nonce that the page's scripts carry", async () => {
    await start();
    const res = await fetch(`${base}/logg-inn`);
    const csp = res.headers.get("content-security-policy")!;
    expect(res.headers.get("content-security-policy-report-only")).toBeNull();
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const attrs of scripts) expect(attrs).toContain(`nonce="${nonce}"`);
    const again = (await fetch(`${base}/logg-inn`)).headers.get("content-security-policy")!;
    expect(/'nonce-([^']+)'/.exec(again)![1]).not.toBe(nonce);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("same-origin");
    expect(res.headers.get("x-powered-by")).toBeNull();
    expect(res.headers.get("strict-transport-security")).toBeNull();
    const css = await fetch(`${base}/favicon.svg`);
    expect(css.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await stop()).toBe(0);
    expect(server.output()).toContain("SIGTERM: finishing work and shutting down");
  });

  test("hashed build assets are immutable, compressed and nosniff, without the page's per-request headers", async () => {
    await start();
    const html = await (await fetch(`${base}/logg-inn`)).text();
    const assets = [...new Set([...html.matchAll(/(?:src|href)="(\/build\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!))];
    expect(assets.length).toBeGreaterThan(3);
    const encodings: (string | null)[] = [];
    for (const asset of assets) {
      const res = await fetch(`${base}${asset}`, { headers: { "Accept-Encoding": "gzip" } });
      expect(res.status, asset).toBe(200);
      expect(res.headers.get("cache-control"), asset).toMatch(/immutable/);
      expect(res.headers.get("x-content-type-options"), asset).toBe("nosniff");
      expect(res.headers.get("content-security-policy"), asset).toBeNull();
      encodings.push(res.headers.get("content-encoding"));
    }
    // Compression skips the tiny chunks (under 1 KB); the real ones go gzipped.
    expect(encodings).toContain("gzip");
    await stop();
  });

  test("HSTS is sent when APP_URL is https", async () => {
    await start({ APP_URL: "https://lederlop.kommune.example" });
    const res = await fetch(`${base}/logg-inn`);
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=31536000/);
    expect(res.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    await stop();
  });

  test("cross-site POSTs are refused (Origin or Sec-Fetch-Site) and write nothing", async () => {
    await start();
    const evil = await signInPost("hr@test.example", { Origin: "https://evil.example" });
    expect(evil.status).toBe(403);
    const fetchSite = await signInPost("hr@test.example", { "Sec-Fetch-Site": "cross-site" });
    expect(fetchSite.status).toBe(403);
    const nullOrigin = await signInPost("hr@test.example", { Origin: "null" });
    expect(nullOrigin.status).toBe(403);
    expect(await getDb().selectFrom("login_token").selectAll().execute()).toEqual([]);
    const same = await signInPost("hr@test.example", { "Sec-Fetch-Site": "same-origin" });
    expect(same.status).toBe(200);
    expect(await getDb().selectFrom("login_token").selectAll().execute()).toHaveLength(1);
    await stop();
  });

  test("sign-in requests are limited per address: the sixth answers 429 with a Norwegian page", async () => {
    await start();
    for (let i = 0; i < 5; i++) expect((await signInPost("hr@test.example")).status).toBe(200);
    const limited = await signInPost("hr@test.example");
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(await limited.text()).toContain("For mange forsøk");
    // Another address from the same client still works.
    expect((await signInPost("dev@test.example")).status).toBe(200);
    await stop();
  });

  test("the limits hold across web instances: a second server on the same database counts into the same window", async () => {
    await start();
    const first = server;
    for (let i = 0; i < 3; i++) expect((await signInPost("hr@test.example")).status).toBe(200);
    await start();
    for (let i = 0; i < 2; i++) expect((await signInPost("hr@test.example")).status).toBe(200);
    expect((await signInPost("hr@test.example")).status).toBe(429);
    // Only a hash of the key is stored: no address in the table.
    expect(JSON.stringify(await getDb().selectFrom("rate_limit").selectAll().execute())).not.toContain("hr@test.example");
    await stop();
    server = first;
    await stop();
  });

  test("a forged X-Forwarded-For cannot choose its own bucket; with TRUST_PROXY=1 the proxy's header is believed", async () => {
    // 21 sign-in requests at once, each claiming its own address: every answer waits for the 400 ms
    // floor, so one after another they took longer than the test's time on a busy machine.
    const statuses = async () => (await Promise.all(Array.from({ length: 21 }, (_, i) => signInPost(`nobody${i}@test.example`, { "X-Forwarded-For": `10.0.0.${i}` })))).map((r) => r.status);
    await start();
    expect((await statuses()).sort()).toEqual([...Array(20).fill(200), 429]);
    await stop();

    await freshDb();
    await seedOrg();
    await closeDb();
    await start({ TRUST_PROXY: "1" });
    expect(new Set(await statuses())).toEqual(new Set([200]));
    await stop();
  });

  test("known and unknown addresses answer alike, and no faster than the floor", async () => {
    await start();
    const timed = async (email: string) => {
      const t = Date.now();
      const res = await signInPost(email);
      return { status: res.status, ms: Date.now() - t, body: (await res.text()).replace(/nonce="[^"]+"/g, "") };
    };
    const known = await timed("hr@test.example");
    const unknown = await timed("ukjent@test.example");
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    expect(known.ms).toBeGreaterThanOrEqual(400);
    expect(unknown.ms).toBeGreaterThanOrEqual(400);
    expect(unknown.body.replace(/ukjent@test\.example/g, "X")).toBe(known.body.replace(/hr@test\.example/g, "X"));
    await stop();
  });
});

describe("audit, privacy and backup", () => {
  let org: Awaited<ReturnType<typeof seedOrg>>;
  beforeEach(async () => {
    await freshDb();
    org = await seedOrg();
  });

  test("every change to people, paths, completions, templates, rollouts, sessions and settings writes an audit row with actor", async () => {
    const admin = await asUser(org.admin);
    const hr = await asUser(org.hr);
    const dev = await asUser(org.dev);
    const { id } = await registerHire({ actor: hr, input: { name: "Lise Leder", email: "lise@test.example", unitId: org.unitA, position: "leder", startDate: "2026-12-01", templateId: org.templateId }, now: NOW });
    const leader = await asUser(id);
    const step = await getDb().selectFrom("path_step").select(["id", "template_step_id"]).where("responsible", "=", "leader").executeTakeFirstOrThrow();
    await completeStep({ user: leader, stepId: step.id, now: NOW });
    await undoStep({ user: leader, stepId: step.id, now: NOW });
    await updatePerson({ actor: admin, personId: id, input: { name: "Lise L.", email: "lise@test.example", unitId: org.unitA, position: "leder", startDate: "2026-12-01", active: true, locale: "nb", roles: ["leader"] }, now: NOW });
    await updateProfile({ user: leader, input: { reminderMode: "daily", locale: "en" }, now: NOW });
    const input = { title: "Nytt", description: "", responsible: "leader" as const, offsetDays: 5, evidence: "tick" as const, required: true, ...POLICY };
    await addTemplateStep({ actor: admin, templateId: org.templateId, input, now: NOW });
    await updateTemplateStep({ actor: admin, templateId: org.templateId, stepId: step.template_step_id, input, now: NOW });
    await moveTemplateStep({ actor: admin, templateId: org.templateId, stepId: step.template_step_id, direction: "up", now: NOW });
    await retireTemplateStep({ actor: admin, templateId: org.templateId, stepId: step.template_step_id, now: NOW });
    await syncRunningPaths({ actor: hr, templateId: org.templateId, now: NOW });
    await setRollout({ user: await asUser(org.tolA), unitId: org.unitA, startDate: "2027-02-01", guidanceMonths: 6, now: NOW });
    const training = await getDb().selectFrom("template_step").select("id").where("evidence", "=", "attendance").executeTakeFirstOrThrow();
    const sessionInput = { title: "Kurs", description: "", date: "2026-12-10", startTime: "09:00", endTime: "10:00", location: "Rådhuset", capacity: 5, stepIds: [training.id], startsAt: osloInstant("2026-12-10", "09:00"), endsAt: osloInstant("2026-12-10", "10:00") };
    const sessionId = await createSession({ actor: dev, input: sessionInput, now: NOW });
    await updateSession({ actor: dev, sessionId, input: { ...sessionInput, location: "Biblioteket" }, now: NOW });
    await signUp({ user: leader, sessionId, now: NOW });
    // Attendance only from the session's start (09:00 Oslo on 10 December).
    const attendedAt = new Date("2026-12-10T09:00:00Z");
    await recordAttendance({ actor: dev, sessionId, attended: [id], now: attendedAt });
    await cancelSignup({ user: leader, sessionId, now: NOW });
    await cancelSession({ actor: dev, sessionId, now: NOW });
    await anonymisePerson({ actor: admin, personId: id, now: NOW });

    const rows = await getDb().selectFrom("audit_log").select(["action", "actor_id", "at"]).orderBy("id").execute();
    expect(rows.map((r) => r.action)).toEqual([
      "person.register",
      "step.complete",
      "step.undo",
      "person.update",
      "person.profile",
      "template.step.add",
      "template.step.update",
      "template.step.move_up",
      "template.step.retire",
      "template.sync",
      "rollout.create",
      "session.create",
      "session.update",
      "session.signup",
      "step.complete",
      "session.attendance",
      "session.cancel_signup",
      "session.cancel",
      "person.anonymise",
    ]);
    expect(rows.every((r) => r.actor_id !== null)).toBe(true);
    // Each row carries the time of its change: the attendance (and the step it completed) later.
    const attendance = rows.findIndex((r) => r.action === "session.attendance");
    expect(rows.map((r) => r.at)).toEqual(rows.map((_, i) => (i === attendance || i === attendance - 1 ? attendedAt : NOW).toISOString()));
  });

  test("the export holds everything stored about the person", async () => {
    const { id } = await registerHire({ actor: await asUser(org.hr), input: { name: "Lise Leder", email: "lise@test.example", unitId: org.unitA, position: "leder", startDate: "2026-12-01", templateId: org.templateId }, now: NOW });
    const step = await getDb().selectFrom("path_step").select("id").where("responsible", "=", "leader").executeTakeFirstOrThrow();
    await completeStep({ user: await asUser(id), stepId: step.id, note: "Min refleksjon", now: NOW });
    const data = await exportPerson(id);
    expect(data.person).toMatchObject({ id, name: "Lise Leder", email: "lise@test.example", position: "leder" });
    expect(data.roles).toEqual(["leader"]);
    expect(data.unit).toEqual({ unit: "Sykehjemmet", serviceArea: "Helse" });
    expect(data.paths).toHaveLength(1);
    expect(data.paths[0]!.steps).toHaveLength(7);
    expect(data.completions).toMatchObject([{ path_step_id: step.id, evidence_note: "Min refleksjon" }]);
    expect(data.email.map((m) => m.kind)).toEqual(["welcome"]);
    expect(data.auditLog.map((a) => a.action).sort()).toEqual(["person.register", "step.complete"]);
  });

  test("anonymisation removes the name and email from every table, and keeps the figures", async () => {
    const { id } = await registerHire({ actor: await asUser(org.hr), input: { name: "Øystein Ærlig-Åsen", email: "oystein@test.example", unitId: org.unitA, position: "rektor", startDate: "2026-09-01", templateId: org.templateId }, now: NOW });
    const steps = await getDb().selectFrom("path_step").select(["id", "responsible"]).execute();
    await completeStep({ user: await asUser(id), stepId: steps.find((s) => s.responsible === "leader")!.id, note: "Øystein tenker høyt", now: NOW });
    const { requestSignInLink } = await import("~/models/sign-in.server");
    await requestSignInLink({ email: "oystein@test.example", now: NOW });
    const { runPass } = await import("~/jobs/scheduler.server");
    await runPass({ now: new Date("2026-12-07T09:00:00Z"), transport: null });
    await anonymisePerson({ actor: await asUser(org.admin), personId: id, now: NOW });

    const tables = ["person", "person_role", "service_area", "unit", "path", "path_step", "step_completion", "audit_log", "login_token", "session", "outbox", "training_session", "session_signup", "rollout"] as const;
    for (const table of tables) {
      const dump = JSON.stringify(await getDb().selectFrom(table).selectAll().execute());
      expect(dump, table).not.toMatch(/Øystein|oystein|Ærlig|rektor/i);
    }
    const person = await getDb().selectFrom("person").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(person).toMatchObject({ name: `Anonymisert person ${id}`, active: 0 });
    expect(await getDb().selectFrom("step_completion").selectAll().execute()).toHaveLength(1);
    expect(await getDb().selectFrom("path_step").selectAll().execute()).toHaveLength(7);
  });

  test.runIf(onPostgres())("`npm run db:backup` on PostgreSQL points to pg_dump instead of half-working", async () => {
    const tsx = join(process.cwd(), "node_modules", ".bin", "tsx");
    const run = promisify(execFile)(tsx, ["db/cli.ts", "backup", join(process.cwd(), "test-results", "db", "never.sqlite")], { env: { ...process.env } });
    await expect(run).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("pg_dump") });
  });

  test.skipIf(onPostgres())("`npm run db:backup` takes an online backup and verifies it", async () => {
    await registerHire({ actor: await asUser(org.hr), input: { name: "Lise", email: "lise@test.example", unitId: org.unitA, position: "leder", startDate: "2026-12-01", templateId: org.templateId }, now: NOW });
    const target = join(process.cwd(), "test-results", "db", `backup-${process.pid}-${Date.now()}.sqlite`);
    const tsx = join(process.cwd(), "node_modules", ".bin", "tsx");
    const { stdout } = await promisify(execFile)(tsx, ["db/cli.ts", "backup", target], { env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL } });
    expect(stdout).toContain("integrity_check: ok");
    expect(existsSync(target)).toBe(true);
    const { openDatabase } = await import("../db/client.server");
    const copy = openDatabase(target);
    expect(await copy.selectFrom("person").select("email").where("email", "=", "lise@test.example").executeTakeFirst()).toBeTruthy();
    await copy.destroy();
  });
});

beforeAll(() => {
  process.env.APP_URL = "http://localhost:3000";
});
