import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { setRollout } from "~/models/rollout.server";
import { registerHire } from "~/models/person.server";
import { correctFba, recordFba, recordRevision, unitCycle, updateMeasure } from "~/models/unit-cycle.server";
import { loadApp } from "./support/app";
import { asUser, freshDb, seedOrg } from "./support/db";

// The unit's pages over HTTP, the production build in process: one database for the whole file,
// as the build keeps the connection it opened first.
let org: Awaited<ReturnType<typeof seedOrg>>;
let app: Awaited<ReturnType<typeof loadApp>>;
const NOW = new Date("2027-02-01T10:00:00Z");

beforeAll(async () => {
  await freshDb();
  org = await seedOrg();
  await setRollout({ user: await asUser(org.tolA), unitId: org.unitA, startDate: "2026-01-05", guidanceMonths: 6, now: new Date("2025-11-01T10:00:00Z") });
  await setRollout({ user: await asUser(org.tolB), unitId: org.unitB, startDate: "2026-01-05", guidanceMonths: 6, now: new Date("2025-11-01T10:00:00Z") });
  app = await loadApp();
});

const fbaInput = (heldOn: string, owner: number) => ({
  heldOn,
  participants: "Enhetsleder, TOL, to verneombud",
  causes: [
    { category: "Metode", description: "Ingen fast tid for tavlemøter" },
    { category: "Måling", description: "Ingen måler ventetid" },
  ],
  measures: [{ title: "Fast tavlemøte", ownerId: owner, dueDate: "2026-09-01" }],
});

describe("correcting a recorded fishbone analysis", () => {
  test("date, participants and causes change in one go, the measures keep their identity, the audit row has before and after", async () => {
    const tol = await asUser(org.tolA);
    await recordFba({ user: tol, unitId: org.unitA, input: fbaInput("2026-06-20", org.tolA), now: NOW });
    const [{ id }] = (await getDb().selectFrom("unit_measure").select("id").execute()) as [{ id: number }];
    await updateMeasure({ user: tol, unitId: org.unitA, measureId: id, status: "done", now: NOW });
    const measure = await getDb().selectFrom("unit_measure").select(["id", "title", "status"]).executeTakeFirstOrThrow();
    // «Metode» is retired meanwhile: the analysis that has it may keep it, a new cause may not take «Retired».
    await getDb().updateTable("fishbone_category").set({ retired_at: NOW.toISOString() }).where("name", "=", "Metode").execute();

    const cookie = await app.signIn("tol.a@test.example");
    const page = await (await app.request(`/enheter/${org.unitA}`, { cookie })).text();
    expect(page).toContain("Rett fiskebeinsanalysen");
    expect(page).toMatch(/<option value="Metode" selected="">Metode<\/option>/);
    // Without JavaScript: every field's message in Norwegian, nothing written.
    const bad = await app.post(`/enheter/${org.unitA}`, { intent: "fbaEdit", heldOn: "2026-06-21", participants: "", c1Category: "", c1Text: "Ingen fast tid" }, cookie);
    expect(bad.status).toBe(400);
    const body = await bad.text();
    expect(body).toMatch(/id="fbaEdit-participants-err"[^>]*>[^<]+/);
    expect(body).toMatch(/id="fbaEdit-tolTookPart-err"[^>]*>[^<]+/);
    expect(body).toMatch(/id="fbaEdit-c1Category-err"[^>]*>[^<]+/);
    const unknown = await app.post(`/enheter/${org.unitA}`, { intent: "fbaEdit", heldOn: "2026-06-21", participants: "x", tolTookPart: "on", c1Category: "Påfunn", c1Text: "y" }, cookie);
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toMatch(/id="fbaEdit-c1Category-err"[^>]*>[^<]+/);
    expect((await unitCycle({ user: tol, unitId: org.unitA, now: NOW })).fba.record).toMatchObject({ heldOn: "2026-06-20", participants: "Enhetsleder, TOL, to verneombud" });

    const ok = await app.post(
      `/enheter/${org.unitA}`,
      { intent: "fbaEdit", heldOn: "2026-06-18", participants: "Enhetsleder, TOL", tolTookPart: "on", c1Category: "Metode", c1Text: "Ingen fast tid for tavlemøter", c2Category: "Miljø", c2Text: "Trangt på vaktrommet" },
      cookie,
    );
    expect(ok.status, await ok.clone().text()).toBe(302);
    const after = await unitCycle({ user: tol, unitId: org.unitA, now: NOW });
    expect(after.fba.record).toMatchObject({ heldOn: "2026-06-18", participants: "Enhetsleder, TOL", causes: [{ category: "Metode", description: "Ingen fast tid for tavlemøter" }, { category: "Miljø", description: "Trangt på vaktrommet" }] });
    expect(await getDb().selectFrom("unit_measure").select(["id", "title", "status"]).execute()).toEqual([measure]);
    const [row] = await getDb().selectFrom("audit_log").select(["actor_id", "before", "after"]).where("action", "=", "unit.fba.correct").execute();
    expect(row!.actor_id).toBe(org.tolA);
    expect(JSON.parse(row!.before!)).toMatchObject({ heldOn: "2026-06-20", causes: [{ category: "Metode" }, { category: "Måling" }] });
    expect(JSON.parse(row!.after!)).toMatchObject({ heldOn: "2026-06-18", causes: [{ category: "Metode" }, { category: "Miljø" }] });
    // A category the analysis never had is refused once retired; the development unit may not correct it.
    await getDb().updateTable("fishbone_category").set({ retired_at: NOW.toISOString() }).where("name", "=", "Miljø").execute();
    await correctFba({ user: tol, unitId: org.unitA, input: { heldOn: "2026-06-18", participants: "x", causes: [{ category: "Miljø", description: "y" }] }, now: NOW });
    await expect(correctFba({ user: tol, unitId: org.unitA, input: { heldOn: "2026-06-18", participants: "x", causes: [{ category: "Måling", description: "y" }] }, now: NOW })).resolves.toBeUndefined();
    await getDb().updateTable("fishbone_category").set({ retired_at: NOW.toISOString() }).where("name", "=", "Maskin/utstyr").execute();
    await expect(correctFba({ user: tol, unitId: org.unitA, input: { heldOn: "2026-06-18", participants: "x", causes: [{ category: "Maskin/utstyr", description: "y" }] }, now: NOW })).rejects.toMatchObject({ field: "c1Category" });
    await expect(correctFba({ user: await asUser(org.dev), unitId: org.unitA, input: { heldOn: "2026-06-18", participants: "x", causes: [] }, now: NOW })).rejects.toMatchObject({ status: 403 });
  });
});

describe("a unit that stops working with Lean, over HTTP", () => {
  test("the TOL records the end without JavaScript (field messages), the page and the overview say «Avsluttet Lean», and undoing it brings the unit back", async () => {
    const cookie = await app.signIn("tol.b@test.example");
    const bad = await app.post(`/enheter/${org.unitB}`, { intent: "end", endedOn: "2099-01-01", reason: "" }, cookie);
    expect(bad.status).toBe(400);
    const body = await bad.text();
    expect(body).toMatch(/id="end-endedOn-err"[^>]*>[^<]+/);
    expect(body).toMatch(/id="end-reason-err"[^>]*>[^<]+/);
    expect(await getDb().selectFrom("lean_end").selectAll().execute()).toEqual([]);
    const ok = await app.post(`/enheter/${org.unitB}`, { intent: "end", endedOn: "2026-03-01", reason: "Slått sammen med Hjemmetjenesten" }, cookie);
    expect(ok.status).toBe(302);
    const page = await (await app.request(`/enheter/${org.unitB}`, { cookie })).text();
    expect(page).toContain("Avsluttet Lean 1. mars 2026");
    expect(page).toContain("Slått sammen med Hjemmetjenesten");
    expect(page).not.toContain("Registrer fiskebeinsanalysen");
    const overview = await (await app.request("/enheter", { cookie })).text();
    expect(overview).toContain("Avsluttet Lean");
    // Another area's TOL and HR may not; HR reads it.
    expect((await app.post(`/enheter/${org.unitB}`, { intent: "resume" }, await app.signIn("tol.a@test.example"))).status).toBe(404);
    const hr = await app.signIn("hr@test.example");
    expect((await app.post(`/enheter/${org.unitB}`, { intent: "resume" }, hr)).status).toBe(403);
    expect(await (await app.request(`/enheter/${org.unitB}`, { cookie: hr })).text()).not.toContain("Angre avslutningen");
    expect((await app.post(`/enheter/${org.unitB}`, { intent: "resume" }, cookie)).status).toBe(302);
    expect(await getDb().selectFrom("lean_end").selectAll().execute()).toEqual([]);
    expect(await (await app.request(`/enheter/${org.unitB}`, { cookie })).text()).toContain("Registrer fiskebeinsanalysen");
  });
});


describe("the fishbone categories' page", () => {
  test("the development unit adds, renames, reorders, retires and restores without JavaScript; a retired category stays on past analyses but is not offered", async () => {
    const db = getDb();
    await db.updateTable("fishbone_category").set({ retired_at: null }).execute();
    await correctFba({ user: await asUser(org.tolA), unitId: org.unitA, input: { heldOn: "2026-06-18", participants: "x", causes: [{ category: "Metode", description: "Ingen fast tid" }] }, now: NOW });
    const inUse = async () => (await db.selectFrom("fishbone_category").select("name").where("retired_at", "is", null).orderBy("position").execute()).map((c) => c.name);
    const idOf = async (name: string) => (await db.selectFrom("fishbone_category").select("id").where("name", "=", name).executeTakeFirstOrThrow()).id;
    expect(await inUse()).toEqual(["Metode", "Menneske", "Maskin/utstyr", "Materiale", "Miljø", "Måling"]);

    // Who: the development unit and the administrator; not a TOL, not HR. The overview links it for them.
    const dev = await app.signIn("dev@test.example");
    expect(await (await app.request("/enheter", { cookie: dev })).text()).toContain('href="/enheter/kategorier"');
    const tol = await app.signIn("tol.a@test.example");
    expect(await (await app.request("/enheter", { cookie: tol })).text()).not.toContain('href="/enheter/kategorier"');
    expect((await app.request("/enheter/kategorier", { cookie: tol })).status).toBe(403);
    expect((await app.post("/enheter/kategorier", { intent: "add", name: "Ledelse" }, await app.signIn("hr@test.example"))).status).toBe(403);
    expect((await app.request("/enheter/kategorier", { cookie: await app.signIn("admin@test.example") })).status).toBe(200);

    // Field messages in Norwegian: empty, or a name already there (any case).
    const empty = await app.post("/enheter/kategorier", { intent: "add", name: " " }, dev);
    expect(empty.status).toBe(400);
    expect(await empty.text()).toMatch(/id="add-name-err"[^>]*>[^<]+/);
    const twice = await app.post("/enheter/kategorier", { intent: "add", name: "metode" }, dev);
    expect(twice.status).toBe(400);
    expect(await twice.text()).toContain("Det finnes allerede en kategori med dette navnet.");
    const miljo = await idOf("Miljø");
    const clash = await app.post("/enheter/kategorier", { intent: "rename", id: String(miljo), name: "Måling" }, dev);
    expect(clash.status).toBe(400);
    expect(await clash.text()).toMatch(new RegExp(`id="rename-${miljo}-name-err"[^>]*>[^<]+`));

    expect((await app.post("/enheter/kategorier", { intent: "add", name: "Ledelse" }, dev)).status).toBe(302);
    expect((await app.post("/enheter/kategorier", { intent: "rename", id: String(miljo), name: "Arbeidsmiljø" }, dev)).status).toBe(302);
    expect((await app.post("/enheter/kategorier", { intent: "move", id: String(await idOf("Måling")), direction: "up" }, dev)).status).toBe(302);
    expect((await app.post("/enheter/kategorier", { intent: "retire", id: String(await idOf("Metode")) }, dev)).status).toBe(302);
    expect(await inUse()).toEqual(["Menneske", "Maskin/utstyr", "Materiale", "Måling", "Arbeidsmiljø", "Ledelse"]);

    // The analysis recorded earlier keeps «Metode»; a new one is not offered it.
    const cycle = await unitCycle({ user: await asUser(org.tolA), unitId: org.unitA, now: NOW });
    expect(cycle.fba.record!.causes.map((c) => c.category)).toContain("Metode");
    expect(cycle.categories).toEqual(["Menneske", "Maskin/utstyr", "Materiale", "Måling", "Arbeidsmiljø", "Ledelse"]);
    const page = await (await app.request("/enheter/kategorier", { cookie: dev })).text();
    expect(page).toContain("Ta Metode i bruk igjen");
    expect((await app.post("/enheter/kategorier", { intent: "restore", id: String(await idOf("Metode")) }, dev)).status).toBe(302);
    expect(await inUse()).toEqual(["Menneske", "Maskin/utstyr", "Materiale", "Måling", "Arbeidsmiljø", "Ledelse", "Metode"]);

    // The last category in use cannot go.
    await db.updateTable("fishbone_category").set({ retired_at: NOW.toISOString() }).where("name", "!=", "Ledelse").execute();
    const last = await app.post("/enheter/kategorier", { intent: "retire", id: String(await idOf("Ledelse")) }, dev);
    expect(last.status).toBe(400);
    expect(await last.text()).toContain("Minst én kategori må være i bruk.");
    const actions = (await db.selectFrom("audit_log").select("action").where("entity", "=", "fishbone_category").orderBy("id").execute()).map((a) => a.action);
    expect(actions).toEqual(["fishbone_category.add", "fishbone_category.rename", "fishbone_category.move", "fishbone_category.retire", "fishbone_category.restore"]);
    await db.updateTable("fishbone_category").set({ retired_at: null }).execute();
  });
});

describe("a leader's own measures on «Mitt løp»", () => {
  test("the follow-ups a leader owns, with unit, due date and status; closed and reopened without JavaScript through the unit page's schema and model", async () => {
    const { id: lise } = await registerHire({
      actor: await asUser(org.hr),
      input: { name: "Lise Leder", email: "lise@test.example", unitId: org.unitA, position: "enhetsleder", startDate: "2025-06-01", templateId: org.templateId },
      now: NOW,
    });
    const cookie = await app.signIn("lise@test.example");
    expect(await (await app.request("/mitt-lop", { cookie })).text()).not.toContain("Mine tiltak og oppfølgingsområder");
    await recordRevision({
      user: await asUser(org.tolA),
      unitId: org.unitA,
      input: { number: 1, heldOn: "2026-07-01", gembaOn: "2026-07-01", developmentUnitTookPart: true, notes: "", closed: [], deviations: [{ title: "Tavla brukes ikke", ownerId: lise, dueDate: "2026-10-01" }] },
      now: new Date("2026-07-01T10:00:00Z"),
    });
    const mine = await getDb().selectFrom("unit_measure").select("id").where("owner_id", "=", lise).executeTakeFirstOrThrow();
    const others = await getDb().selectFrom("unit_measure").select("id").where("owner_id", "=", org.tolA).executeTakeFirstOrThrow();

    const page = await (await app.request("/mitt-lop", { cookie })).text();
    expect(page).toContain("Mine tiltak og oppfølgingsområder");
    expect(page).toContain("Tavla brukes ikke");
    expect(page).toContain(`href="/enheter/${org.unitA}"`);
    expect(page).toContain("1. okt. 2026");
    expect(page).toContain("Halvårlig revisjon 1");
    expect(page).not.toContain("Fast tavlemøte");

    // The same validation as on the unit's page: a bad status is a 400, nothing changes.
    expect((await app.post("/mitt-lop", { intent: "measure", measureId: String(mine.id), status: "kanskje" }, cookie)).status).toBe(400);
    // Someone else's measure: refused; one that does not exist: not found.
    expect((await app.post("/mitt-lop", { intent: "measure", measureId: String(others.id), status: "done" }, cookie)).status).toBe(403);
    expect((await app.post("/mitt-lop", { intent: "measure", measureId: "999999", status: "done" }, cookie)).status).toBe(404);
    expect((await getDb().selectFrom("unit_measure").select("status").where("id", "=", mine.id).executeTakeFirstOrThrow()).status).toBe("open");

    const done = await app.post("/mitt-lop", { intent: "measure", measureId: String(mine.id), status: "done" }, cookie);
    expect(done.status).toBe(302);
    expect(done.headers.get("Location")).toBe("/mitt-lop");
    expect(await getDb().selectFrom("unit_measure").select(["status", "closed_by"]).where("id", "=", mine.id).executeTakeFirstOrThrow()).toEqual({ status: "done", closed_by: lise });
    expect(await (await app.request("/mitt-lop", { cookie })).text()).toContain("Gjenåpne");
    expect((await app.post("/mitt-lop", { intent: "measure", measureId: String(mine.id), status: "open" }, cookie)).status).toBe(302);
    const audit = await getDb().selectFrom("audit_log").select(["action", "actor_id"]).where("entity", "=", "unit_measure").where("entity_id", "=", String(mine.id)).orderBy("id").execute();
    expect(audit).toEqual([
      { action: "unit.measure.close", actor_id: lise },
      { action: "unit.measure.reopen", actor_id: lise },
    ]);
    // The path's own tick forms still post to the same action.
    expect((await app.post("/mitt-lop", { intent: "complete", stepId: "abc" }, cookie)).status).toBe(400);
  });
});

describe("the unit duties' reminder policies under «Programmaler»", () => {
  test("an administrator sets one without JavaScript (field messages in Norwegian, nothing saved on a bad value); HR reads them; a TOL is not let in", async () => {
    const admin = await app.signIn("admin@test.example");
    expect(await (await app.request("/maler", { cookie: admin })).text()).toContain('href="/maler/enhetsplikter"');
    const page = await (await app.request("/maler/enhetsplikter", { cookie: admin })).text();
    expect(page).toContain("Halvårlige revisjoner");
    expect(page).toMatch(/id="revision-remindBeforeDays"[^>]*value="7"/);
    const bad = await app.post("/maler/enhetsplikter", { duty: "revision", remindBeforeDays: "400", overdueEveryDays: "7", overdueMax: "3", escalateAfterDays: "" }, admin);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/id="revision-remindBeforeDays-err"[^>]*>[^<]+/);
    expect(await getDb().selectFrom("unit_duty_policy").selectAll().execute()).toEqual([]);
    const ok = await app.post("/maler/enhetsplikter", { duty: "revision", remindBeforeDays: "14", overdueEveryDays: "7", overdueMax: "1", escalateAfterDays: "" }, admin);
    expect(ok.status).toBe(302);
    expect(await getDb().selectFrom("unit_duty_policy").select(["duty", "remind_before_days", "remind_on_due", "overdue_max", "escalate_after_days"]).execute()).toEqual([
      { duty: "revision", remind_before_days: 14, remind_on_due: 0, overdue_max: 1, escalate_after_days: null },
    ]);
    const hr = await app.signIn("hr@test.example");
    const read = await (await app.request("/maler/enhetsplikter", { cookie: hr })).text();
    expect(read).toContain("14 d før");
    expect(read).not.toContain("Lagre påminnelsene");
    expect((await app.post("/maler/enhetsplikter", { duty: "fba", remindBeforeDays: "1", overdueEveryDays: "1", overdueMax: "1", escalateAfterDays: "" }, hr)).status).toBe(403);
    expect((await app.request("/maler/enhetsplikter", { cookie: await app.signIn("tol.a@test.example") })).status).toBe(403);
  });
});
