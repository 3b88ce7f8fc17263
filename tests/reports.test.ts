import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import type { Role } from "../db/schema";
import { completeStep, undoStep } from "~/models/path.server";
import { registerHire } from "~/models/person.server";
import { completionReport, CSV_HEADER, REPORT_PAGE_SIZE, reportCsv, UNIT_PAGE_SIZE } from "~/models/report.server";
import { HttpError } from "~/models/http-error";
import { BOM, csvDate, parseCsv, writeCsv } from "~/utils/csv";
import { osloDate } from "~/utils/dates";
import { loadApp } from "./support/app";
import { asUser, freshDb, seedOrg } from "./support/db";

const NOW = new Date("2026-11-27T10:00:00Z");
const stamp = NOW.toISOString();

type Org = Awaited<ReturnType<typeof seedOrg>>;

async function addPerson(name: string, email: string, roles: Role[], unitId: number | null, active = 1) {
  const db = getDb();
  const p = await db
    .insertInto("person")
    .values({ name, email, unit_id: unitId, position: "leder", start_date: null, active, created_at: stamp, updated_at: stamp })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("person_role").values(roles.map((role) => ({ person_id: p.id, role }))).execute();
  return p.id;
}

async function hire(org: Org, name: string, email: string, unitId: number, startDate: string) {
  const hr = await asUser(org.hr);
  return (await registerHire({ actor: hr, now: NOW, input: { name, email, unitId, position: "enhetsleder", startDate, templateId: org.templateId } })).id;
}

async function stepId(personId: number, title: string) {
  const s = await getDb()
    .selectFrom("path_step")
    .innerJoin("path", "path.id", "path_step.path_id")
    .select("path_step.id")
    .where("path.person_id", "=", personId)
    .where("path_step.title", "like", `${title}%`)
    .executeTakeFirstOrThrow();
  return s.id;
}

async function complete(byId: number, personId: number, title: string, evidenceDate?: string) {
  await completeStep({ user: await asUser(byId), stepId: await stepId(personId, title), evidenceDate, now: NOW });
}

// Names that test the CSV: Norwegian letters, guillemets, quotes, a semicolon, and one that looks like a formula.
const TRICKY = 'Åse «Ærlig» "Øy"; Berg';
const FORMULA = "=HYPERLINK(\"http://x\")";

/**
 * A small organisation on 27.11.2026 (intro path: HR step day 0, rådmann 14, theme hour 45,
 * book 60, leader agreement 90, training 120, forum 180):
 *  Helse / Sykehjemmet:     Lise (start 01.09: HR confirmed, rådmann + book self-reported; theme hour overdue),
 *                           Per (start 01.12: HR confirmed), an inactive leader (ignored)
 *  Helse / Hjemmetjenesten: Åse (start 01.11: theme hour confirmed early; HR and rådmann overdue)
 *  Oppvekst / Skolen:       the formula-named leader (start 01.10: nothing done, rådmann done then undone; 3 overdue),
 *                           a leader without a path
 */
async function seedReportOrg() {
  await freshDb();
  const org = await seedOrg();
  const db = getDb();
  const unitA2 = (await db.insertInto("unit").values({ service_area_id: org.areaA, name: "Hjemmetjenesten", created_at: stamp }).returning("id").executeTakeFirstOrThrow()).id;
  const lise = await hire(org, "Lise Leder", "lise@test.example", org.unitA, "2026-09-01");
  const per = await hire(org, "Per Pålsson", "per@test.example", org.unitA, "2026-12-01");
  const ase = await hire(org, TRICKY, "ase@test.example", unitA2, "2026-11-01");
  const olav = await hire(org, FORMULA, "olav@test.example", org.unitB, "2026-10-01");
  const noPath = await addPerson("Nora Utenløp", "nora@test.example", ["leader"], org.unitB);
  const gone = await hire(org, "Inge Inaktiv", "inge@test.example", org.unitA, "2026-09-01");

  await complete(org.hr, lise, "Lean-forpliktelse", "2026-09-01");
  await complete(lise, lise, "Hils på rådmannen", "2026-09-10");
  await complete(lise, lise, "Les «Dette er Lean»");
  await complete(org.hr, per, "Lean-forpliktelse", "2026-11-20");
  await complete(org.dev, ase, "Tematime", "2026-11-20");
  await complete(olav, olav, "Hils på rådmannen", "2026-10-10");
  await undoStep({ user: await asUser(olav), stepId: await stepId(olav, "Hils på rådmannen"), now: NOW });
  await complete(org.hr, gone, "Lean-forpliktelse", "2026-09-01");
  await db.updateTable("person").set({ active: 0 }).where("id", "=", gone).execute();
  const rlg = await addPerson("Rita Rådmannsgruppe", "rlg@test.example", ["rlg"], null);
  return { ...org, unitA2, lise, per, ase, olav, noPath, rlg };
}

describe("CSV writer and reader", () => {
  test("Norwegian text with guillemets, quotes, semicolons and line breaks survives a write and a read", () => {
    const rows = [
      ["Navn", "Merknad"],
      ["Æsa Øvrebø Ålesund", "æøå ÆØÅ «sitat»"],
      [TRICKY, 'Han sa "hei"; hun sa «hå»'],
      ["Linje\nskift", "CR\r\nLF"],
      ["", "tom først"],
    ];
    const text = writeCsv(rows);
    expect(parseCsv(text).map((r) => r.cells)).toEqual(rows);
  });

  test("the file starts with a BOM, separates with semicolons, ends lines with CRLF and quotes only when needed", () => {
    const text = writeCsv([
      ["a", "b;c", 'd"e'],
      [1, 2, null],
    ]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.slice(1)).toBe('a;"b;c";"d""e"\r\n1;2;\r\n');
  });

  test("a cell that would start a spreadsheet formula is neutralised with an apostrophe; numbers are left alone", () => {
    const text = writeCsv([["=SUM(A1:A9)", "+47 99", "-1+1", "@cmd", "\tTAB", "Ok = fint", -3]]);
    expect(parseCsv(text)[0]!.cells).toEqual(["'=SUM(A1:A9)", "'+47 99", "'-1+1", "'@cmd", "'\tTAB", "Ok = fint", "-3"]);
  });

  test("the reader takes commas when the header uses them, and reports where a record starts", () => {
    const records = parseCsv('navn,e-post\n"Hansen, Ola",ola@x.no\n\n"To\nlinjer",to@x.no\nSiste,s@x.no');
    expect(records).toEqual([
      { line: 1, cells: ["navn", "e-post"] },
      { line: 2, cells: ["Hansen, Ola", "ola@x.no"] },
      { line: 4, cells: ["To\nlinjer", "to@x.no"] },
      { line: 6, cells: ["Siste", "s@x.no"] },
    ]);
  });

  test("dates are written as dd.mm.yyyy", () => {
    expect(csvDate("2026-03-09")).toBe("09.03.2026");
    expect(csvDate(null)).toBe("");
  });
});

describe("report figures", () => {
  let org: Awaited<ReturnType<typeof seedReportOrg>>;
  beforeAll(async () => {
    org = await seedReportOrg();
  });

  test("the municipality summary counts active leaders, steps done, overdue, confirmed and self-reported", async () => {
    const r = await completionReport({ user: await asUser(org.hr), now: NOW });
    expect(r.scope).toEqual({ kind: "municipality" });
    expect(r.asOf).toBe("2026-11-27");
    expect(r.summary).toEqual({ leaders: 5, complete: 0, behind: 3, total: 28, done: 5, percent: 17, confirmed: 3, selfReported: 2, overdue: 6 });
  });

  test("per service area and per unit, in name order", async () => {
    const r = await completionReport({ user: await asUser(org.admin), now: NOW });
    expect(r.areas!.map((a) => [a.name, a.leaders, a.done, a.total, a.percent, a.overdue, a.confirmed, a.selfReported])).toEqual([
      ["Helse", 3, 5, 21, 23, 3, 3, 2],
      ["Oppvekst", 2, 0, 7, 0, 3, 0, 0],
    ]);
    expect(r.units.map((u) => [u.areaName, u.name, u.leaders, u.done, u.total, u.percent, u.overdue, u.confirmed, u.selfReported])).toEqual([
      ["Helse", "Hjemmetjenesten", 1, 1, 7, 14, 2, 1, 0],
      ["Helse", "Sykehjemmet", 2, 4, 14, 28, 1, 2, 2],
      ["Oppvekst", "Skolen", 2, 0, 7, 0, 3, 0, 0],
    ]);
  });

  test("per step: done of total, confirmed against self-reported, overdue; an undone completion does not count", async () => {
    const r = await completionReport({ user: await asUser(org.hr), now: NOW });
    const byTitle = Object.fromEntries(r.steps.map((s) => [s.title, [s.done, s.total, s.confirmed, s.selfReported, s.overdue]]));
    expect(r.steps).toHaveLength(7);
    expect(byTitle["Lean-forpliktelse i ansettelsesdokumentet"]).toEqual([2, 4, 2, 0, 2]);
    expect(byTitle["Hils på rådmannen"]).toEqual([1, 4, 0, 1, 2]);
    expect(byTitle["Tematime: grunnleggende Lean"]).toEqual([1, 4, 1, 0, 2]);
    expect(byTitle["Les «Dette er Lean» av Niklas Modig"]).toEqual([1, 4, 0, 1, 0]);
    expect(byTitle["Delta på Lean lederforum"]).toEqual([0, 4, 0, 0, 0]);
  });

  test("per leader, sorted by area, unit and name, with a leader who has no path yet", async () => {
    const r = await completionReport({ user: await asUser(org.hr), now: NOW });
    expect(r.leaders.rows.map((l) => [l.name, l.unitName, l.percent, l.overdue, l.confirmed, l.selfReported])).toEqual([
      [TRICKY, "Hjemmetjenesten", 14, 2, 1, 0],
      ["Lise Leder", "Sykehjemmet", 42, 1, 1, 2],
      ["Per Pålsson", "Sykehjemmet", 14, 0, 1, 0],
      [FORMULA, "Skolen", 0, 3, 0, 0],
      ["Nora Utenløp", "Skolen", 0, 0, 0, 0],
    ]);
  });

  test("a TOL's area report holds only their area", async () => {
    const r = await completionReport({ user: await asUser(org.tolA), areaId: org.areaA, now: NOW });
    expect(r.scope).toEqual({ kind: "area", area: { id: org.areaA, name: "Helse" } });
    expect(r.areas).toBeNull();
    expect(r.summary).toMatchObject({ leaders: 3, total: 21, done: 5, confirmed: 3, selfReported: 2, overdue: 3, behind: 2 });
    expect(r.units.map((u) => u.name)).toEqual(["Hjemmetjenesten", "Sykehjemmet"]);
    const hrStep = r.steps.find((s) => s.title.startsWith("Lean-forpliktelse"))!;
    expect([hrStep.done, hrStep.total, hrStep.overdue]).toEqual([2, 3, 1]);
  });

  test("a TOL gets 404 for another area and 403 for the municipality; a missing area is 404 for everyone", async () => {
    const tol = await asUser(org.tolA);
    await expect(completionReport({ user: tol, areaId: org.areaB })).rejects.toEqual(new HttpError(404));
    await expect(completionReport({ user: tol })).rejects.toEqual(new HttpError(403));
    await expect(completionReport({ user: await asUser(org.hr), areaId: 999_999 })).rejects.toEqual(new HttpError(404));
  });

  test("the CSV has one row per leader with Norwegian headers, dd.mm.yyyy dates and the same figures", async () => {
    const csv = await reportCsv({ user: await asUser(org.hr), now: NOW });
    expect(csv.filename).toBe("lederlop-rapport-kommune-2026-11-27.csv");
    const [header, ...rows] = parseCsv(csv.text).map((r) => r.cells);
    expect(header).toEqual(CSV_HEADER);
    expect(header!.join(";")).toBe("Navn;E-post;Tjenesteområde;Enhet;Startdato;Steg totalt;Steg fullført;Prosent;Forfalte;Bekreftet;Egenrapportert");
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual([TRICKY, "ase@test.example", "Helse", "Hjemmetjenesten", "01.11.2026", "7", "1", "14", "2", "1", "0"]);
    expect(rows[1]).toEqual(["Lise Leder", "lise@test.example", "Helse", "Sykehjemmet", "01.09.2026", "7", "3", "42", "1", "1", "2"]);
    expect(rows[4]).toEqual(["Nora Utenløp", "nora@test.example", "Oppvekst", "Skolen", "", "0", "0", "0", "0", "0", "0"]);
    expect(rows[3]![0]).toBe(`'${FORMULA}`);
    const area = await reportCsv({ user: await asUser(org.tolB), areaId: org.areaB, now: NOW });
    expect(area.filename).toBe("lederlop-rapport-oppvekst-2026-11-27.csv");
  });
});

describe("reports over HTTP", () => {
  let org: Awaited<ReturnType<typeof seedReportOrg>>;
  let app: Awaited<ReturnType<typeof loadApp>>;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    org = await seedReportOrg();
    app = await loadApp();
    for (const who of ["hr@test.example", "tol.a@test.example", "lise@test.example", "rlg@test.example"]) cookies[who] = await app.signIn(who);
  });
  const get = (path: string, who: string) => app.request(path, { cookie: cookies[who] });

  test("HR and the executive group see the municipality report with every breakdown, a CSV link and the print stylesheet", async () => {
    for (const who of ["hr@test.example", "rlg@test.example"]) {
      const res = await get("/rapporter", who);
      expect(res.status).toBe(200);
      const html = await res.text();
      for (const text of ["Rapport for kommunen", "Per tjenesteområde", "Per enhet", "Per steg", "Per leder", "Hjemmetjenesten", "Lise Leder", "Skriv ut"]) expect(html).toContain(text);
      expect(html).toContain('href="/rapporter/csv"');
      expect(html).toMatch(/<link rel="stylesheet" href="[^"]*reports-[^"]*\.css"/);
      expect(html).toContain('<th scope="row">');
      expect(html).toContain("<progress");
    }
  });

  test("a TOL opening /rapporter lands on their own area", async () => {
    const res = await get("/rapporter", "tol.a@test.example");
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/rapporter/${org.areaA}`);
    const page = await get(`/rapporter/${org.areaA}`, "tol.a@test.example");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Rapport for Helse");
    expect(html).toContain(`href="/rapporter/csv?omrade=${org.areaA}"`);
    expect(html).not.toContain("Nora Utenløp");
  });

  test("a TOL gets 404 for another area, its CSV and the municipality CSV is 403; a leader gets 403 everywhere", async () => {
    expect((await get(`/rapporter/${org.areaB}`, "tol.a@test.example")).status).toBe(404);
    expect((await get(`/rapporter/csv?omrade=${org.areaB}`, "tol.a@test.example")).status).toBe(404);
    expect((await get("/rapporter/csv", "tol.a@test.example")).status).toBe(403);
    for (const path of ["/rapporter", `/rapporter/${org.areaA}`, "/rapporter/csv", `/rapporter/csv?omrade=${org.areaA}`]) {
      expect((await get(path, "lise@test.example")).status).toBe(403);
    }
    expect((await get("/rapporter/999999", "hr@test.example")).status).toBe(404);
  });

  test("the CSV download is an Excel-friendly attachment: UTF-8 BOM, semicolons, CRLF, Norwegian text intact", async () => {
    const res = await get("/rapporter/csv", "hr@test.example");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toBe(`attachment; filename="lederlop-rapport-kommune-${osloDate()}.csv"`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(`${BOM}Navn;E-post;Tjenesteområde;`)).toBe(true);
    expect(text.split("\r\n")).toHaveLength(7); // header, five leaders, and the empty string after the last CRLF
    const rows = parseCsv(text).map((r) => r.cells);
    expect(rows.map((r) => r[0])).toContain(TRICKY);
    expect(rows.map((r) => r[0])).toContain(`'${FORMULA}`);
  });

  test("the per-leader list paginates by 25 and the page number is kept in range", async () => {
    const hr = await asUser(org.hr);
    for (let i = 0; i < 30; i++) await addPerson(`Leder ${String(i).padStart(2, "0")}`, `l${i}@test.example`, ["leader"], org.unitB);
    const first = await completionReport({ user: hr, now: NOW });
    expect(first.leaders).toMatchObject({ page: 1, pages: 2, total: 35 });
    expect(first.leaders.rows).toHaveLength(REPORT_PAGE_SIZE);
    const last = await completionReport({ user: hr, page: 99, now: NOW });
    expect(last.leaders.page).toBe(2);
    expect(last.leaders.rows).toHaveLength(10);
    const html = await (await get("/rapporter?side=2", "hr@test.example")).text();
    expect(html).toContain("Side 2 av 2");
    expect(html).toContain('rel="prev"');
  });

  test("the municipality page links each area from its table, once, and pages the units by 20", async () => {
    const html = await (await get("/rapporter", "hr@test.example")).text();
    expect(html).not.toContain('aria-label="Rapport for tjenesteområde"');
    expect(html.split(`href="/rapporter/${org.areaA}"`)).toHaveLength(2);
    const area = await (await get(`/rapporter/${org.areaA}`, "hr@test.example")).text();
    expect(area).toContain('aria-label="Rapport for tjenesteområde"');
    expect(area).toContain('href="/rapporter"');
    expect(area).toContain(`<option value="${org.areaA}" selected="">`);
    // The area chooser works without JavaScript: a GET that lands on the area's report.
    const chosen = await get(`/rapporter?omrade=${org.areaB}`, "hr@test.example");
    expect(chosen.status).toBe(302);
    expect(chosen.headers.get("Location")).toBe(`/rapporter/${org.areaB}`);

    const db = getDb();
    for (let i = 0; i < UNIT_PAGE_SIZE; i++) {
      const unit = await db.insertInto("unit").values({ service_area_id: org.areaB, name: `Enhet ${String(i).padStart(2, "0")}`, created_at: stamp }).returning("id").executeTakeFirstOrThrow();
      await addPerson(`Enhetsleder ${i}`, `u${i}@test.example`, ["leader"], unit.id);
    }
    const hr = await asUser(org.hr);
    const first = await completionReport({ user: hr, now: NOW });
    expect(UNIT_PAGE_SIZE).toBe(20);
    expect(first.units).toHaveLength(UNIT_PAGE_SIZE);
    expect(first.unitPages).toBe(2);
    const second = await completionReport({ user: hr, unitPage: 2, now: NOW });
    expect(second.units.length).toBeGreaterThan(0);
    expect(second.units.map((u) => u.id)).not.toContain(first.units[0]!.id);
  });
});
