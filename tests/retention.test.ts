// Retention: the scheduled pass anonymises people RETENTION_MONTHS after they left (Oslo calendar
// days, an injected clock), unless an admin holds them back; «Sletting» shows who is due and held.
import { afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { getDb, openDatabase } from "../db/client.server";
import { runPass } from "~/jobs/scheduler.server";
import { anonymiseDue, retentionOverview, setRetentionHold } from "~/models/retention.server";
import { addDaysToDate, addMonthsToDate, osloDate } from "~/utils/dates";
import { osloInstant } from "~/utils/oslo-instant";
import { loadApp } from "./support/app";
import { onPostgres } from "./support/databases";
import { asUser, freshDb, seedOrg } from "./support/db";

let org: Awaited<ReturnType<typeof seedOrg>>;
let app: Awaited<ReturnType<typeof loadApp>>;

afterEach(() => {
  delete process.env.RETENTION_MONTHS;
});

/** A leader with a path (figures to keep) who left at `leftAt`; or still works there when it is null. */
async function leader(name: string, leftAt: string | null) {
  const db = getDb();
  const stamp = "2024-01-01T08:00:00.000Z";
  const email = `${name.toLowerCase().replace(/\W+/g, ".")}@test.example`;
  const { id } = await db
    .insertInto("person")
    .values({ name, email, unit_id: org.unitA, position: "rektor", start_date: "2024-01-01", active: leftAt ? 0 : 1, left_at: leftAt, created_at: stamp, updated_at: stamp })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("person_role").values({ person_id: id, role: "leader" }).execute();
  await db.insertInto("path").values({ person_id: id, template_id: org.templateId, template_version: 1, anchor_date: "2024-01-01", created_at: stamp }).execute();
  await db.insertInto("audit_log").values({ at: stamp, actor_id: org.hr, action: "person.register", entity: "person", entity_id: String(id), before: null, after: JSON.stringify({ name, email }) }).execute();
  return id;
}

const person = (id: number) => getDb().selectFrom("person").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
const anonymised = async (id: number) => (await person(id)).anonymised_at !== null;
const holdAudit = (id: number) => getDb().selectFrom("audit_log").selectAll().where("action", "like", "person.retention.%").where("entity_id", "=", String(id)).orderBy("id").execute();
const pass = (now: Date) => runPass({ now, transport: null });
/** An instant on an Oslo wall clock. */
const oslo = (date: string, time = "12:00") => osloInstant(date, time);

describe("the scheduled pass (an injected clock)", () => {
  beforeEach(async () => {
    await freshDb();
    org = await seedOrg();
  });

  test("someone who left 24 months ago to the day is anonymised; one day less is not; the figures and an audit row stay", async () => {
    const due = await leader("Dag Dato", oslo("2024-12-05", "15:00").toISOString());
    const early = await leader("Tidlig Tone", oslo("2024-12-06", "09:00").toISOString());
    const now = oslo("2026-12-05", "01:00");

    expect((await pass(now)).anonymised).toBe(1);
    expect(await person(due)).toMatchObject({ name: `Anonymisert person ${due}`, email: `anonymisert-${due}@anonymisert.invalid`, position: "", anonymised_at: now.toISOString() });
    expect(await anonymised(early)).toBe(false);
    expect(await getDb().selectFrom("path").select("id").where("person_id", "=", due).execute()).toHaveLength(1);
    const audit = await getDb().selectFrom("audit_log").selectAll().where("action", "=", "person.anonymise").execute();
    expect(audit).toMatchObject([{ actor_id: null, entity_id: String(due), after: JSON.stringify({ reason: "retention" }) }]);
    expect(JSON.stringify(await getDb().selectFrom("audit_log").selectAll().execute())).not.toContain("Dag Dato");

    // The next day Tone's turn comes; Dag is not done twice.
    expect((await pass(oslo("2026-12-06", "00:00"))).anonymised).toBe(1);
    expect(await anonymised(early)).toBe(true);
    expect(await getDb().selectFrom("audit_log").select("id").where("action", "=", "person.anonymise").execute()).toHaveLength(2);
  });

  test("the keys other systems know them by go with the name: employee number, SCIM userName and external id, the Entra ID binding", async () => {
    const id = await leader("Nøkkel Knut", oslo("2024-01-02").toISOString());
    await getDb().updateTable("person").set({ employee_number: "40123", external_id: "7f3c-obj", user_name: "knut.upn@kommune.example" }).where("id", "=", id).execute();
    await getDb().insertInto("person_identity").values({ issuer: "entra:tenant", subject: "7f3c-obj", person_id: id, created_at: oslo("2024-01-01").toISOString(), last_sign_in_at: null }).execute();
    await getDb().insertInto("audit_log").values({ at: oslo("2024-01-01").toISOString(), actor_id: null, action: "person.scim.bind", entity: "person", entity_id: String(id), before: null, after: JSON.stringify({ userName: "knut.upn@kommune.example", externalId: "7f3c-obj", employeeNumber: "40123" }) }).execute();

    expect((await pass(oslo("2026-12-05"))).anonymised).toBe(1);
    expect(await person(id)).toMatchObject({ employee_number: null, external_id: null, user_name: null });
    expect(await getDb().selectFrom("person_identity").select("subject").where("person_id", "=", id).execute()).toEqual([]);
    const log = JSON.stringify(await getDb().selectFrom("audit_log").select(["before", "after"]).where("entity_id", "=", String(id)).execute());
    for (const key of ["knut.upn@kommune.example", "7f3c-obj", "40123"]) expect(log).not.toContain(key);
  });

  test("days are Oslo days across daylight saving time: leaving at 00:30 on 1 April is due at Oslo midnight two years on", async () => {
    // 2024-03-31T22:30Z is 00:30 on 1 April in Oslo (summer time): they left on 1 April.
    const id = await leader("Sommer Tid", "2024-03-31T22:30:00.000Z");
    expect((await pass(new Date("2026-03-31T21:59:59Z"))).anonymised).toBe(0);
    expect((await pass(new Date("2026-03-31T22:00:00Z"))).anonymised).toBe(1);
    expect(await anonymised(id)).toBe(true);
  });

  test("a month without the day: leaving on 29 February 2024 is due on 28 February 2026", async () => {
    const id = await leader("Skudd År", oslo("2024-02-29").toISOString());
    await pass(oslo("2026-02-27", "23:59"));
    expect(await anonymised(id)).toBe(false);
    await pass(oslo("2026-02-28", "00:00"));
    expect(await anonymised(id)).toBe(true);
  });

  test("a held person is not anonymised until the hold is released", async () => {
    const id = await leader("Holdt Tilbake", oslo("2024-06-01").toISOString());
    const admin = await asUser(org.admin);
    await setRetentionHold({ actor: admin, personId: id, reason: "Tvist om sluttoppgjør" });
    expect((await pass(oslo("2026-12-05"))).anonymised).toBe(0);
    expect(await person(id)).toMatchObject({ retention_hold: "Tvist om sluttoppgjør", anonymised_at: null, name: "Holdt Tilbake" });
    await setRetentionHold({ actor: admin, personId: id, reason: null });
    expect((await pass(oslo("2026-12-05"))).anonymised).toBe(1);
    expect(await person(id)).toMatchObject({ retention_hold: null, name: `Anonymisert person ${id}` });
  });

  test("someone still working there is never anonymised, however old their record", async () => {
    const id = await leader("Aktiv Alltid", null);
    expect((await pass(oslo("2040-01-01"))).anonymised).toBe(0);
    expect(await person(id)).toMatchObject({ name: "Aktiv Alltid", anonymised_at: null, active: 1 });
  });

  test("RETENTION_MONTHS moves the horizon", async () => {
    const id = await leader("Kort Tid", oslo("2026-06-05").toISOString());
    expect((await pass(oslo("2026-12-05"))).anonymised).toBe(0);
    process.env.RETENTION_MONTHS = "6";
    expect((await pass(oslo("2026-12-04"))).anonymised).toBe(0);
    expect((await pass(oslo("2026-12-05"))).anonymised).toBe(1);
    expect(await anonymised(id)).toBe(true);
  });

  test("a backlog goes in bounded steps: each call does at most its limit, the next call the rest", async () => {
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push(await leader(`Gammel ${i}`, oslo(`2020-01-0${i + 1}`).toISOString()));
    const now = oslo("2026-12-05");
    expect(await anonymiseDue({ now, limit: 3 })).toBe(3);
    expect(await anonymiseDue({ now, limit: 3 })).toBe(2);
    expect(await anonymiseDue({ now, limit: 3 })).toBe(0);
    for (const id of ids) expect(await anonymised(id)).toBe(true);
  });

  // On PostgreSQL two pools, as two workers: each claims a person with a conditional UPDATE, and
  // the loser waits for the winner's row lock, then finds nothing left to do. SQLite's driver is
  // synchronous, so a second connection in this process would block the first: there the two
  // passes share one connection and interleave their transactions.
  test("two passes at once anonymise each person once, with one audit row each", async () => {
    const ids = [];
    for (let i = 0; i < 12; i++) ids.push(await leader(`Samtidig ${i}`, oslo("2023-05-10").toISOString()));
    const other = onPostgres() ? openDatabase(process.env.DATABASE_URL) : getDb();
    try {
      const now = oslo("2026-12-05");
      const [a, b] = await Promise.all([runPass({ now, transport: null }), runPass({ now, db: other, transport: null })]);
      expect(a.anonymised + b.anonymised).toBe(12);
    } finally {
      if (other !== getDb()) await other.destroy();
    }
    const rows = await getDb().selectFrom("audit_log").select("entity_id").where("action", "=", "person.anonymise").execute();
    expect(rows.map((r) => Number(r.entity_id)).sort((x, y) => x - y)).toEqual(ids);
    for (const id of ids) expect(await person(id)).toMatchObject({ name: `Anonymisert person ${id}` });
  });

});

// The production build opens its database once: these tests share one, and each starts with the
// people earlier tests made out of the way (marked anonymised, so in no list and no pass).
describe("«Sletting» and «Anonymiser» over HTTP", () => {
  beforeAll(async () => {
    await freshDb();
    org = await seedOrg();
    app = await loadApp();
  });
  beforeEach(async () => {
    await getDb()
      .updateTable("person")
      .set({ anonymised_at: "2000-01-01T00:00:00.000Z" })
      .where("anonymised_at", "is", null)
      .where("id", "not in", [org.tolA, org.tolB, org.hr, org.dev, org.admin])
      .execute();
  });

  test("the admin's «Anonymiser» is the same anonymisation: anonymised_at set, the person leaves «Personer» and the leader list", async () => {
    const id = await leader("Knapp Trykk", null);
    const cookie = await app.signIn("admin@test.example");
    expect((await app.post(`/personer/${id}`, { intent: "anonymise", confirm: "on" }, cookie)).status).toBe(302);
    const p = await person(id);
    expect(p).toMatchObject({ name: `Anonymisert person ${id}`, active: 0 });
    expect(p.anonymised_at).not.toBeNull();
    expect(p.left_at).not.toBeNull();
    const audit = await getDb().selectFrom("audit_log").selectAll().where("action", "=", "person.anonymise").executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_id: org.admin, after: JSON.stringify({ reason: "admin" }) });
    expect(await (await app.request("/personer", { cookie })).text()).not.toContain("Anonymisert person");
    expect(await (await app.request("/ledere", { cookie })).text()).not.toContain("Anonymisert person");
    // Saving the old edit form again would put a name back: refused.
    const form = { intent: "update", name: "Knapp Trykk", email: "knapp@test.example", unitId: "", position: "", startDate: "", locale: "nb", roles: "leader", active: "on" };
    expect((await app.post(`/personer/${id}`, form, cookie)).status).toBe(409);
    expect(await person(id)).toMatchObject({ name: `Anonymisert person ${id}` });
  });

  test("lists who is due within 30 days (day 30 in, day 31 out) and who is held, with unit, dates and reason", async () => {
    const now = oslo("2026-12-05");
    const today = osloDate(now);
    const leftFor = (days: number) => oslo(addMonthsToDate(addDaysToDate(today, days), -24)).toISOString();
    const day30 = await leader("Innenfor Tretti", leftFor(30));
    await leader("Utenfor Trettien", leftFor(31));
    const overdue = await leader("Forfalt Før", leftFor(-3));
    const held = await leader("Holdt Her", leftFor(-100));
    await setRetentionHold({ actor: await asUser(org.admin), personId: held, reason: "Innsynskrav" });
    await leader("Aktiv Her", null);

    const overview = await retentionOverview({ now });
    expect(overview.due.map((p) => p.name)).toEqual(["Forfalt Før", "Innenfor Tretti"]);
    expect(overview.due.find((p) => p.id === day30)).toMatchObject({ unitName: "Sykehjemmet", dueDate: addDaysToDate(today, 30), leftDate: addMonthsToDate(addDaysToDate(today, 30), -24) });
    expect(overview.due.find((p) => p.id === overdue)!.dueDate).toBe(addDaysToDate(today, -3));
    expect(overview.held).toMatchObject([{ id: held, name: "Holdt Her", reason: "Innsynskrav" }]);

    // The page uses the real clock: the same boundary, counted from today.
    const real = osloDate();
    const leftReal = (days: number) => oslo(addMonthsToDate(addDaysToDate(real, days), -24)).toISOString();
    await getDb().updateTable("person").set({ left_at: leftReal(30) }).where("id", "=", day30).execute();
    await getDb().updateTable("person").set({ left_at: leftReal(31) }).where("name", "=", "Utenfor Trettien").execute();
    const cookie = await app.signIn("admin@test.example");
    const res = await app.request("/personer/sletting", { cookie });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("<title>Sletting etter fratreden – Lederløp</title>");
    expect(html).toContain("Innenfor Tretti");
    expect(html).not.toContain("Utenfor Trettien");
    expect(html).not.toContain("Aktiv Her");
    expect(html).toContain("Innsynskrav");
    expect(html).toContain("Sykehjemmet");
    // «Personer» links to it.
    expect(await (await app.request("/personer", { cookie })).text()).toContain('href="/personer/sletting"');
  });

  test("only admins: every other role gets 403 on the page and its form, a visitor is sent to sign in", async () => {
    const id = await leader("Ingen Tilgang", oslo("2025-01-01").toISOString());
    for (const email of ["hr@test.example", "tol.a@test.example", "dev@test.example"]) {
      const cookie = await app.signIn(email);
      expect((await app.request("/personer/sletting", { cookie })).status, email).toBe(403);
      expect((await app.post("/personer/sletting", { intent: "hold", personId: String(id), reason: "x" }, cookie)).status, email).toBe(403);
    }
    const anonymous = await app.request("/personer/sletting");
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get("Location")).toMatch(/^\/logg-inn/);
    expect((await person(id)).retention_hold).toBeNull();
    expect(await holdAudit(id)).toHaveLength(0);
  });

  test("holding needs a reason: a field-level message in Norwegian, nothing written; with one it is held and audited, and release is audited", async () => {
    const id = await leader("Grunn Løs", oslo("2025-01-01").toISOString());
    const cookie = await app.signIn("admin@test.example");
    for (const reason of ["", "   "]) {
      const res = await app.post("/personer/sletting", { intent: "hold", personId: String(id), reason }, cookie);
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain("Skriv hvorfor personen holdes tilbake.");
      expect(html).toMatch(new RegExp(`id="f-reason-${id}"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="f-reason-${id}"`));
      expect(html).toMatch(/<details open="">/);
    }
    const long = await app.post("/personer/sletting", { intent: "hold", personId: String(id), reason: "x".repeat(301) }, cookie);
    expect(long.status).toBe(400);
    expect(await long.text()).toContain("Teksten er for lang.");
    expect((await person(id)).retention_hold).toBeNull();
    expect(await holdAudit(id)).toHaveLength(0);

    const ok = await app.post("/personer/sletting", { intent: "hold", personId: String(id), reason: "Tvist" }, cookie);
    expect(ok.status).toBe(302);
    expect((await person(id)).retention_hold).toBe("Tvist");
    const page = await (await app.request("/personer/sletting", { cookie })).text();
    expect(page.slice(page.indexOf('id="held-title"'))).toContain("Tvist");
    expect(page).toContain("Opphev for Grunn Løs");
    expect((await app.post("/personer/sletting", { intent: "release", personId: String(id) }, cookie)).status).toBe(302);
    expect((await person(id)).retention_hold).toBeNull();
    expect(await holdAudit(id)).toMatchObject([
      { action: "person.retention.hold", actor_id: org.admin, entity_id: String(id), after: JSON.stringify({ hold: "Tvist" }) },
      { action: "person.retention.release", actor_id: org.admin, entity_id: String(id), before: JSON.stringify({ hold: "Tvist" }) },
    ]);
  });

  test("a person's admin page holds and releases too: the date shown, the reason required at the field, the edit form kept", async () => {
    const id = await leader("Side Holdt", oslo("2025-03-10").toISOString());
    const cookie = await app.signIn("admin@test.example");
    const page = await (await app.request(`/personer/${id}`, { cookie })).text();
    expect(page).toContain("Sluttet 10. mars 2025. Anonymiseres 10. mars 2027, med mindre du holder det tilbake.");
    const empty = await app.post(`/personer/${id}`, { intent: "hold", reason: "" }, cookie);
    expect(empty.status).toBe(400);
    const html = await empty.text();
    expect(html).toMatch(/id="f-reason"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="f-reason"/);
    expect(html).toContain("Skriv hvorfor personen holdes tilbake.");
    expect(html).toContain('value="Side Holdt"');
    expect(await holdAudit(id)).toHaveLength(0);
    expect((await app.post(`/personer/${id}`, { intent: "hold", reason: "Innsyn" }, cookie)).status).toBe(302);
    expect(await (await app.request(`/personer/${id}`, { cookie })).text()).toContain("Anonymiseringen (10. mars 2027) holdes tilbake: Innsyn");
    expect((await app.post(`/personer/${id}`, { intent: "release" }, cookie)).status).toBe(302);
    expect((await holdAudit(id)).map((a) => a.action)).toEqual(["person.retention.hold", "person.retention.release"]);
    // Someone still working there has nothing to hold.
    const active = await leader("Jobber Her", null);
    expect(await (await app.request(`/personer/${active}`, { cookie })).text()).not.toContain("Anonymiseres");
  });

  test("a hold is refused for someone anonymised or still working (409), an unknown person (404) or a forged id (400)", async () => {
    const cookie = await app.signIn("admin@test.example");
    const gone = await leader("Alt Borte", oslo("2020-01-01").toISOString());
    await pass(oslo("2026-12-05"));
    const active = await leader("Er Her", null);
    expect((await app.post("/personer/sletting", { intent: "hold", personId: String(gone), reason: "For sent" }, cookie)).status).toBe(409);
    expect((await app.post("/personer/sletting", { intent: "hold", personId: String(active), reason: "Feil" }, cookie)).status).toBe(409);
    expect((await app.post("/personer/sletting", { intent: "hold", personId: "999999", reason: "Ukjent" }, cookie)).status).toBe(404);
    expect((await app.post("/personer/sletting", { intent: "hold", personId: "abc", reason: "Ukjent" }, cookie)).status).toBe(400);
    expect((await app.post("/personer/sletting", { intent: "wipe", personId: String(active) }, cookie)).status).toBe(400);
    for (const id of [gone, active]) expect(await holdAudit(id)).toHaveLength(0);
  });
});

