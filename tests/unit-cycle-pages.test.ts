import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { setRollout } from "~/models/rollout.server";
import { correctFba, recordFba, unitCycle, updateMeasure } from "~/models/unit-cycle.server";
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

