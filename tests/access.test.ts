import SQLite from "better-sqlite3";
import pg from "pg";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { registerHire } from "~/models/person.server";
import { loadApp } from "./support/app";
import { onPostgres } from "./support/databases";
import { asUser, freshDb, seedOrg } from "./support/db";

/** Counts the SQL statements matching `pattern` that reach the database driver, on either engine. */
function countStatements(pattern: RegExp) {
  let count = 0;
  type Run = (this: unknown, ...args: unknown[]) => unknown;
  const patch = (proto: Record<string, Run>, method: string, sqlOf: (self: unknown, args: unknown[]) => string) => {
    const original = proto[method]!;
    proto[method] = function (this: unknown, ...args: unknown[]) {
      if (pattern.test(sqlOf(this, args))) count++;
      return original.apply(this, args);
    };
    return () => void (proto[method] = original);
  };
  const restore = onPostgres()
    ? patch(pg.Client.prototype as unknown as Record<string, Run>, "query", (_self, [config]) => (typeof config === "string" ? config : ((config as { text?: string })?.text ?? "")))
    : patch(Object.getPrototypeOf(new SQLite(":memory:").prepare("select 1")) as Record<string, Run>, "all", (self) => (self as { source: string }).source);
  return {
    get count() {
      return count;
    },
    restore,
  };
}

type App = Awaited<ReturnType<typeof loadApp>>;
let app: App;
let org: Awaited<ReturnType<typeof seedOrg>>;
let leaderA: number;
let leaderB: number;
const cookies: Record<string, string> = {};

// One database for this file: the build keeps its own connection for the process.
beforeAll(async () => {
  await freshDb();
  org = await seedOrg();
  const hr = await asUser(org.hr);
  const input = { position: "enhetsleder", startDate: "2026-12-01", templateId: org.templateId };
  leaderA = (await registerHire({ actor: hr, input: { ...input, name: "Leder A", email: "leder.a@test.example", unitId: org.unitA } })).id;
  leaderB = (await registerHire({ actor: hr, input: { ...input, name: "Leder B", email: "leder.b@test.example", unitId: org.unitB } })).id;
  app = await loadApp();
  for (const [who, email] of Object.entries({
    hr: "hr@test.example",
    dev: "dev@test.example",
    admin: "admin@test.example",
    tolA: "tol.a@test.example",
    tolB: "tol.b@test.example",
    leaderA: "leder.a@test.example",
  })) {
    cookies[who] = await app.signIn(email);
  }
});

const WHO = ["anon", "leaderA", "tolA", "tolB", "hr", "dev", "admin"] as const;
type Who = (typeof WHO)[number];

/** Expected status per asker; `302` for anonymous means «sent to sign-in». */
function table(): [string, Record<Who, number>][] {
  const all = { anon: 302, leaderA: 200, tolA: 200, tolB: 200, hr: 200, dev: 200, admin: 200 };
  return [
    ["/mitt-lop", all],
    ["/ledere", { ...all, leaderA: 403 }],
    ["/ledere/ny", { ...all, leaderA: 403, tolA: 403, tolB: 403, dev: 403 }],
    [`/ledere/${leaderA}`, { ...all, tolB: 404 }],
    [`/ledere/${leaderB}`, { ...all, leaderA: 404, tolA: 404 }],
    ["/beredskap", { ...all, leaderA: 403 }],
    [`/beredskap?omrade=${org.areaB}`, { ...all, leaderA: 403, tolA: 404 }],
    ["/innforing", { ...all, leaderA: 403 }],
    [`/innforing?omrade=${org.areaB}`, { ...all, leaderA: 403, tolA: 404 }],
    ["/maler", { ...all, leaderA: 403, tolA: 403, tolB: 403, dev: 403 }],
    [`/maler/${org.templateId}`, { ...all, leaderA: 403, tolA: 403, tolB: 403, dev: 403 }],
    ["/personer", { ...all, leaderA: 403, tolA: 403, tolB: 403, hr: 403, dev: 403 }],
    [`/personer/${leaderA}`, { ...all, leaderA: 403, tolA: 403, tolB: 403, hr: 403, dev: 403 }],
    ["/personer/sletting", { ...all, leaderA: 403, tolA: 403, tolB: 403, hr: 403, dev: 403 }],
    ["/postkasse", { ...all, leaderA: 403, tolA: 403, tolB: 403, dev: 403 }],
    ["/profil", all],
    ["/arshjul", { ...all, leaderA: 403 }],
    [`/arshjul?omrade=${org.areaB}`, { ...all, leaderA: 403, tolA: 404 }],
    ["/organisasjon", { ...all, leaderA: 403, tolA: 403, tolB: 403, hr: 403, dev: 403 }],
    ["/revisjon", { ...all, leaderA: 403, tolA: 403, tolB: 403, hr: 403, dev: 403 }],
  ];
}

describe("every role's access to every page", () => {
  test.each(WHO)("as %s", async (who) => {
    for (const [path, expected] of table()) {
      const res = await app.request(path, { cookie: cookies[who] });
      expect(`${path} → ${res.status}`).toBe(`${path} → ${expected[who]}`);
      if (who === "anon") expect(res.headers.get("Location")).toMatch(/^\/logg-inn/);
    }
  });

  test("HR registering is refused to a TOL and a leader (403) and writes nothing", async () => {
    const before = await getDb().selectFrom("person").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    const form = { name: "Snik Snikesen", email: "snik@test.example", unitId: String(org.unitA), position: "leder", startDate: "2026-12-01", templateId: String(org.templateId) };
    expect((await app.post("/ledere/ny", form, cookies.tolA)).status).toBe(403);
    expect((await app.post("/ledere/ny", form, cookies.leaderA)).status).toBe(403);
    const after = await getDb().selectFrom("person").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  test("only an admin edits templates and people", async () => {
    const step = { intent: "add", title: "Nytt steg", description: "", responsible: "leader", offsetDays: "10", evidence: "tick", remindBeforeDays: "7", overdueEveryDays: "7", overdueMax: "3", escalateAfterDays: "" };
    expect((await app.post(`/maler/${org.templateId}`, step, cookies.hr)).status).toBe(403);
    expect((await app.post(`/maler/${org.templateId}`, step, cookies.admin)).status).toBe(302);
    const person = { name: "Leder A", email: "leder.a@test.example", unitId: String(org.unitA), position: "x", startDate: "", locale: "nb", roles: ["leader", "admin"], active: "on" };
    expect((await app.post(`/personer/${leaderA}`, person, cookies.leaderA)).status).toBe(403);
    const roles = await getDb().selectFrom("person_role").select("role").where("person_id", "=", leaderA).execute();
    expect(roles.map((r) => r.role)).toEqual(["leader"]);
  });

  test("a leader cannot tick another leader's step, nor a step HR owns", async () => {
    const steps = await getDb()
      .selectFrom("path_step")
      .innerJoin("path", "path.id", "path_step.path_id")
      .select(["path_step.id", "path.person_id", "path_step.responsible"])
      .execute();
    const othersBook = steps.find((s) => s.person_id === leaderB && s.responsible === "leader")!;
    const ownHr = steps.find((s) => s.person_id === leaderA && s.responsible === "hr")!;
    expect((await app.post("/mitt-lop", { intent: "complete", stepId: String(othersBook.id) }, cookies.leaderA)).status).toBe(404);
    expect((await app.post("/mitt-lop", { intent: "complete", stepId: String(ownHr.id), evidenceDate: "2026-11-01" }, cookies.leaderA)).status).toBe(403);
    expect(await getDb().selectFrom("step_completion").selectAll().execute()).toEqual([]);
  });

  test("no GET changes anything: sign-out and language only answer POST", async () => {
    expect((await app.request("/logg-ut", { cookie: cookies.hr })).status).toBe(404);
    expect((await app.request("/mitt-lop", { cookie: cookies.hr })).status).toBe(200);
    expect((await app.request("/sprak?locale=en")).status).toBe(404);
  });

  test("a signed-in page looks the session up once, though the root and page loaders both ask", async () => {
    // Count the statements that read the session table while one page is served.
    const counter = countStatements(/from "session"/);
    try {
      expect((await app.request("/ledere", { cookie: cookies.hr })).status).toBe(200);
    } finally {
      counter.restore();
    }
    const lookups = counter.count;
    expect(lookups).toBe(1);
  });

  test("a page is rendered to the end and sent whole, with its length, to a browser and a crawler alike", async () => {
    for (const agent of ["Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"]) {
      const res = await app.request("/logg-inn", { headers: { "User-Agent": agent } });
      expect(res.status).toBe(200);
      const html = Buffer.from(await res.arrayBuffer());
      expect(Number(res.headers.get("content-length"))).toBe(html.length);
      expect(html.toString()).toContain("<h1");
      expect(html.toString()).toContain("</html>");
      expect(html.toString()).toContain("streamController.close()");
    }
  });

  test("signing out ends the session on the server", async () => {
    const cookie = await app.signIn("dev@test.example");
    const res = await app.post("/logg-ut", {}, cookie);
    expect(res.status).toBe(302);
    expect((await app.request("/ledere", { cookie })).status).toBe(302);
  });

  test("a failed email is visible to HR with its error, can be re-sent by HR, and a sign-in mail's link stays hidden", async () => {
    const now = new Date().toISOString();
    const failed = await getDb()
      .insertInto("outbox")
      .values({ kind: "reminder_due", to_address: "borte@test.example", to_person_id: null, subject: "Frist i dag: noe", text_body: "x", html_body: "x", created_at: now, send_after: now, status: "failed", attempts: 1, last_error: "550 No such user" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const list = await app.request("/postkasse?status=failed", { cookie: cookies.hr });
    const html = await list.text();
    expect(html).toContain("borte@test.example");
    expect(html).toContain("550 No such user");
    expect((await app.post(`/postkasse/${failed.id}`, {}, cookies.tolA)).status).toBe(403);
    expect((await app.post(`/postkasse/${failed.id}`, {}, cookies.hr)).status).toBe(302);
    const row = await getDb().selectFrom("outbox").select(["status", "attempts"]).where("id", "=", failed.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "pending", attempts: 0 });

    const signIn = await getDb().selectFrom("outbox").select(["id", "text_body"]).where("kind", "=", "sign_in").executeTakeFirstOrThrow();
    const token = /\/logg-inn\/([A-Za-z0-9_-]+)/.exec(signIn.text_body)![1]!;
    const page = await (await app.request(`/postkasse/${signIn.id}`, { cookie: cookies.admin })).text();
    expect(page).not.toContain(token);
    expect(page).toContain("Innholdet i innloggings-e-post vises ikke");
  });

  test("health check answers 200 with JSON once the database answers", async () => {
    const res = await app.request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: "ok" });
  });

  test("an unknown page is a friendly 404", async () => {
    const res = await app.request("/finnes-ikke", { cookie: cookies.hr });
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("Fant ikke siden");
  });
});
