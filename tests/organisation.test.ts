import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { loadApp } from "./support/app";
import { freshDb, seedOrg } from "./support/db";

let app: Awaited<ReturnType<typeof loadApp>>;
let org: Awaited<ReturnType<typeof seedOrg>>;
let admin: string;
let hr: string;

beforeAll(async () => {
  await freshDb();
  org = await seedOrg();
  app = await loadApp();
  admin = await app.signIn("admin@test.example");
  hr = await app.signIn("hr@test.example");
});

describe("the organisation page (service areas and units)", () => {
  test("an admin adds a service area with its TOL and a unit in it; HR can then register a hire there", async () => {
    expect((await app.post("/organisasjon", { intent: "add_area", name: "Kultur", tolId: String(org.tolB) }, admin)).status).toBe(302);
    const area = await getDb().selectFrom("service_area").selectAll().where("name", "=", "Kultur").executeTakeFirstOrThrow();
    expect(area.tol_person_id).toBe(org.tolB);
    expect((await app.post("/organisasjon", { intent: "add_unit", areaId: String(area.id), name: "Biblioteket" }, admin)).status).toBe(302);
    const page = await (await app.request("/ledere/ny", { cookie: hr })).text();
    expect(page).toContain("Biblioteket");
    const audit = await getDb().selectFrom("audit_log").select("action").where("action", "in", ["area.create", "unit.create"]).execute();
    expect(audit).toHaveLength(2);
  });

  test("a duplicate name or a TOL without the role is refused at the field and writes nothing", async () => {
    const before = await getDb().selectFrom("service_area").selectAll().execute();
    const dup = await app.post("/organisasjon", { intent: "add_area", name: "Helse", tolId: "" }, admin);
    expect(dup.status).toBe(400);
    expect(await dup.text()).toContain("Navnet er allerede i bruk.");
    const notTol = await app.post("/organisasjon", { intent: "add_area", name: "Ny", tolId: String(org.hr) }, admin);
    expect(notTol.status).toBe(400);
    const unitDup = await app.post("/organisasjon", { intent: "add_unit", areaId: String(org.areaA), name: "Sykehjemmet" }, admin);
    expect(unitDup.status).toBe(400);
    expect(await getDb().selectFrom("service_area").selectAll().execute()).toEqual(before);
  });

  test("an admin renames an area and changes its TOL; nobody else may", async () => {
    expect((await app.post("/organisasjon", { intent: "update_area", areaId: String(org.areaA), name: "Helse og omsorg", tolId: String(org.tolB) }, hr)).status).toBe(403);
    expect((await app.post("/organisasjon", { intent: "update_area", areaId: String(org.areaA), name: "Helse og omsorg", tolId: String(org.tolB) }, admin)).status).toBe(302);
    const area = await getDb().selectFrom("service_area").selectAll().where("id", "=", org.areaA).executeTakeFirstOrThrow();
    expect(area).toMatchObject({ name: "Helse og omsorg", tol_person_id: org.tolB });
    expect((await app.request("/organisasjon", { cookie: hr })).status).toBe(403);
  });

  test("an admin gives a unit a code (trimmed, optional, unique whatever its case) and clears it; each change audited", async () => {
    const page = await (await app.request("/organisasjon", { cookie: admin })).text();
    expect(page).toContain("Kode for Sykehjemmet");
    expect((await app.post("/organisasjon", { intent: "update_unit", unitId: String(org.unitA), code: "  SYK-01 " }, admin)).status).toBe(302);
    const code = async (id: number) => (await getDb().selectFrom("unit").select("code").where("id", "=", id).executeTakeFirstOrThrow()).code;
    expect(await code(org.unitA)).toBe("SYK-01");
    expect(await (await app.request("/organisasjon", { cookie: admin })).text()).toContain('value="SYK-01"');

    const dup = await app.post("/organisasjon", { intent: "update_unit", unitId: String(org.unitB), code: "syk-01" }, admin);
    expect(dup.status).toBe(400);
    const html = await dup.text();
    expect(html).toContain("En annen enhet har allerede denne koden.");
    expect(html).toContain('value="syk-01"');
    expect(await code(org.unitB)).toBeNull();
    const newDup = await app.post("/organisasjon", { intent: "add_unit", areaId: String(org.areaB), name: "Barnehagen", code: "SYK-01" }, admin);
    expect(newDup.status).toBe(400);
    expect(await getDb().selectFrom("unit").select("id").where("name", "=", "Barnehagen").execute()).toEqual([]);
    expect((await app.post("/organisasjon", { intent: "add_unit", areaId: String(org.areaB), name: "Barnehagen", code: "BHG" }, admin)).status).toBe(302);
    expect((await getDb().selectFrom("unit").select("code").where("name", "=", "Barnehagen").executeTakeFirstOrThrow()).code).toBe("BHG");

    const long = await app.post("/organisasjon", { intent: "update_unit", unitId: String(org.unitB), code: "x".repeat(41) }, admin);
    expect(long.status).toBe(400);
    expect((await app.post("/organisasjon", { intent: "update_unit", unitId: String(org.unitA), code: "" }, admin)).status).toBe(302);
    expect(await code(org.unitA)).toBeNull();
    const audit = await getDb().selectFrom("audit_log").select(["before", "after"]).where("action", "=", "unit.update").orderBy("id").execute();
    expect(audit.map((a) => [JSON.parse(a.before!).code, JSON.parse(a.after!).code])).toEqual([
      [null, "SYK-01"],
      ["SYK-01", null],
    ]);
    expect((await app.post("/organisasjon", { intent: "update_unit", unitId: String(org.unitA), code: "X" }, hr)).status).toBe(403);
    expect((await app.post("/organisasjon", { intent: "update_unit", unitId: "999999", code: "X" }, admin)).status).toBe(404);
  });
});
