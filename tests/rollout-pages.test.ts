import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { registerHire } from "~/models/person.server";
import { areaSummaries, readinessByMonth, rolloutReadiness, setRollout } from "~/models/rollout.server";
import { addDaysToDate, osloDate } from "~/utils/dates";
import { loadApp } from "./support/app";
import { asUser, freshDb, seedOrg } from "./support/db";

// «Innføring» over HTTP: the municipality as one row per service area, one area's units on
// `?omrade=ID`, and a TOL's own units. One database for the file (the build keeps its connection).
let app: Awaited<ReturnType<typeof loadApp>>;
let org: Awaited<ReturnType<typeof seedOrg>>;
const cookies: Record<string, string> = {};
const ROLLOUT = addDaysToDate(osloDate(), 40);

beforeAll(async () => {
  await freshDb();
  org = await seedOrg();
  const db = getDb();
  const rlg = await db
    .insertInto("person")
    .values({ name: "Rita RLG", email: "rlg@test.example", unit_id: null, position: "rådmann", start_date: null, active: 1, created_at: "2026-01-01", updated_at: "2026-01-01" })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("person_role").values({ person_id: rlg.id, role: "rlg" }).execute();
  await registerHire({
    actor: await asUser(org.hr),
    input: { name: "Lise Leder", email: "lise@test.example", unitId: org.unitA, position: "enhetsleder", startDate: "2026-06-01", templateId: org.templateId },
  });
  await setRollout({ user: await asUser(org.tolA), unitId: org.unitA, startDate: ROLLOUT, guidanceMonths: 6 });
  app = await loadApp();
  for (const [who, email] of Object.entries({ rlg: "rlg@test.example", admin: "admin@test.example", tolA: "tol.a@test.example", tolB: "tol.b@test.example" })) {
    cookies[who] = await app.signIn(email);
  }
});

const get = async (path: string, who: string) => {
  const res = await app.request(path, { cookie: cookies[who] });
  return { status: res.status, html: await res.text() };
};

describe("the rollout overview and its drill-down", () => {
  test("each area's units are counted by state, with the next rollout date", async () => {
    const units = await rolloutReadiness({ user: await asUser(org.admin) });
    const rows = areaSummaries([{ id: org.areaA, name: "Helse" }, { id: org.areaB, name: "Oppvekst" }], units);
    expect(rows).toEqual([
      { id: org.areaA, name: "Helse", units: 1, states: { ready: 0, on_track: 0, at_risk: 1, not_ready: 0 }, next: ROLLOUT },
      { id: org.areaB, name: "Oppvekst", units: 0, states: { ready: 0, on_track: 0, at_risk: 0, not_ready: 0 }, next: null },
    ]);
    expect(readinessByMonth(units)).toEqual([{ month: ROLLOUT.slice(0, 7), states: { ready: 0, on_track: 0, at_risk: 1, not_ready: 0 } }]);
    // A rollout that has started is no longer «coming».
    expect(readinessByMonth(units.map((u) => ({ ...u, daysLeft: -1 })))).toEqual([]);
  });

  test("the executive group sees one row per service area linking to it, not every unit", async () => {
    const { status, html } = await get("/innforing", "rlg");
    expect(status).toBe(200);
    expect(html).toContain('<th scope="col">Tjenesteområde</th>');
    expect(html).toContain(`href="/innforing?omrade=${org.areaA}"`);
    expect(html).toContain(`href="/innforing?omrade=${org.areaB}"`);
    expect(html).toContain("Beredskap for kommende innføringer");
    expect(html).not.toContain(`href="/innforing/${org.unitA}"`);
    expect(html).not.toContain("Lise Leder");
    expect(html).not.toContain("Sett innføringsdato");
  });

  test("the readiness chart has a visible title and labelled axes with values", async () => {
    const { html } = await get("/innforing", "rlg");
    const figure = html.slice(html.indexOf('<figure class="chart"'), html.indexOf("</figure>"));
    expect(figure).toMatch(/<h2[^>]*id="chart-heading"[^>]*>Beredskap for kommende innføringer<\/h2>/);
    expect(figure).toContain(">Enheter</text>");
    expect(figure).toContain(">Innføringsmåned</text>");
    // One unit with a rollout: the value axis runs 0–1.
    const ticks = [...figure.matchAll(/class="chart-label chart-tick"[^>]*>(\d+)</g)].map((m) => m[1]);
    expect(ticks).toEqual(["0", "1"]);
  });

  test("one area's page lists its units and what blocks them, with the way back", async () => {
    const { status, html } = await get(`/innforing?omrade=${org.areaA}`, "rlg");
    expect(status).toBe(200);
    expect(html).toContain("Innføring av Lean i Helse");
    expect(html).toContain(`href="/innforing/${org.unitA}"`);
    expect(html).toContain("Lise Leder: «");
    expect(html).toMatch(/<a[^>]*href="\/innforing"[^>]*>Alle tjenesteområder<\/a>/);
    const empty = await get(`/innforing?omrade=${org.areaB}`, "rlg");
    expect(empty.html).toContain("Ingen enheter i Oppvekst har innføringsdato ennå.");
    expect(empty.html).not.toContain(`href="/innforing/${org.unitA}"`);
  });

  test("an admin sets dates from an area's page, offered only that area's units", async () => {
    const summary = await get("/innforing", "admin");
    expect(summary.html).toContain("Velg et tjenesteområde for å sette innføringsdato");
    expect(summary.html).not.toContain('name="unitId"');
    const area = await get(`/innforing?omrade=${org.areaB}`, "admin");
    expect(area.html).toContain("Sett innføringsdato");
    expect(area.html).toContain(`<option value="${org.unitB}">`);
    expect(area.html).not.toContain(`<option value="${org.unitA}">`);
  });

  test("a refused rollout form comes back on the area it was sent from; sent from the overview, it says where to go", async () => {
    const fromArea = await app.post(`/innforing?index&omrade=${org.areaB}`, { unitId: String(org.unitB), startDate: "", guidanceMonths: "6" }, cookies.admin);
    expect(fromArea.status).toBe(400);
    const html = await fromArea.text();
    expect(html).toContain("Innføring av Lean i Oppvekst");
    expect(html).toContain('class="ds-error-summary"');
    expect(html).toContain(`action="/innforing?index&amp;omrade=${org.areaB}"`);
    expect(html).toMatch(new RegExp(`<option value="${org.unitB}" selected="">`));

    const fromOverview = await app.post("/innforing?index", {}, cookies.admin);
    expect(fromOverview.status).toBe(400);
    expect(await fromOverview.text()).toMatch(/role="alert">Innføringsdatoen ble ikke lagret\. Åpne tjenesteområdet og sett datoen der\./);
  });

  test("a TOL sees their own area's units directly, and may open only their own area", async () => {
    const own = await get("/innforing", "tolA");
    expect(own.status).toBe(200);
    expect(own.html).toContain(`href="/innforing/${org.unitA}"`);
    expect(own.html).not.toContain("Alle tjenesteområder");
    expect((await get(`/innforing?omrade=${org.areaA}`, "tolA")).status).toBe(200);
    expect((await get(`/innforing?omrade=${org.areaB}`, "tolA")).status).toBe(404);
    expect((await get(`/innforing?omrade=${org.areaA}`, "tolB")).status).toBe(404);
    const other = await get("/innforing", "tolB");
    expect(other.html).not.toContain(`href="/innforing/${org.unitA}"`);
  });

  test("an area that does not exist, or is not a number, is 404", async () => {
    for (const q of ["999999", "abc", "0", "-1", ""]) expect((await get(`/innforing?omrade=${q}`, "rlg")).status, `omrade=${q}`).toBe(404);
  });
});
