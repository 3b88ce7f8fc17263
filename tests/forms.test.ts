import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { loadApp } from "./support/app";
import { freshDb, seedOrg } from "./support/db";

let app: Awaited<ReturnType<typeof loadApp>>;
let org: Awaited<ReturnType<typeof seedOrg>>;
let hr: string;

beforeAll(async () => {
  await freshDb();
  org = await seedOrg();
  app = await loadApp();
  hr = await app.signIn("hr@test.example");
});

async function tableCounts() {
  const db = getDb();
  const n = async (t: "person" | "path" | "path_step" | "outbox" | "audit_log") =>
    Number((await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
  // Sign-in mail sits in the outbox already; count only what registering would add.
  return { person: await n("person"), path: await n("path"), steps: await n("path_step"), outbox: await n("outbox"), audit: await n("audit_log") };
}

const valid = () => ({
  name: "Kari Nordmann",
  email: "kari@test.example",
  unitId: String(org.unitA),
  position: "enhetsleder",
  startDate: "2026-12-01",
  templateId: String(org.templateId),
});

/** Registers a leader through the form and returns them with one of HR's steps on their path. */
async function hireWithHrStep(email: string) {
  const res = await app.post("/ledere/ny", { ...valid(), email }, hr);
  const personId = Number(res.headers.get("Location")!.split("/").pop());
  const step = await getDb()
    .selectFrom("path_step")
    .innerJoin("path", "path.id", "path_step.path_id")
    .select("path_step.id")
    .where("path.person_id", "=", personId)
    .where("path_step.responsible", "=", "hr")
    .executeTakeFirstOrThrow();
  return { personId, step };
}

describe("registering a hire without JavaScript", () => {
  test.each([
    ["an empty name", { name: "" }, "Skriv hele navnet (minst 2 tegn)."],
    ["a malformed email", { email: "kari(at)kommune" }, "Skriv en gyldig e-postadresse"],
    ["no unit chosen", { unitId: "" }, "Velg en enhet."],
    ["a unit that does not exist", { unitId: "9999" }, "Enheten finnes ikke."],
    ["an impossible date", { startDate: "2026-02-30" }, "Skriv en gyldig dato"],
    ["a date far in the past", { startDate: "1999-01-01" }, "innen to år"],
    // PostgreSQL refuses U+0000 in any text: this was a 500 there.
    ["a NUL character in the name", { name: "Kari\u0000Nordmann" }, "kontrolltegn"],
    ["an escape sequence in the position", { position: "leder\u001b[31m" }, "kontrolltegn"],
    ["a line break inside the name", { name: "Kari\nNordmann" }, "kontrolltegn"],
  ])("%s answers 400 with a Norwegian message on the field and writes nothing", async (_, change, message) => {
    const before = await tableCounts();
    const res = await app.post("/ledere/ny", { ...valid(), ...change }, hr);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(message);
    expect(html).toContain('aria-invalid="true"');
    expect(await tableCounts()).toEqual(before);
  });

  test("a duplicate email answers 400 on the email field; the first registration stands alone", async () => {
    const first = await app.post("/ledere/ny", { ...valid(), email: "dup@test.example" }, hr);
    expect(first.status).toBe(302);
    const before = await tableCounts();
    const res = await app.post("/ledere/ny", { ...valid(), email: "DUP@test.example", name: "Annen Person" }, hr);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Det finnes allerede en person med denne e-postadressen.");
    expect(await tableCounts()).toEqual(before);
  });

  test("a valid registration redirects to the new leader with a confirmation, and queues the welcome mail", async () => {
    const res = await app.post("/ledere/ny", { ...valid(), email: "ok@test.example" }, hr);
    expect(res.status).toBe(302);
    const location = res.headers.get("Location")!;
    expect(location).toMatch(/^\/ledere\/\d+$/);
    const flash = res.headers.get("Set-Cookie")!.split(";")[0]!;
    const page = await app.request(location, { cookie: `${hr}; ${flash}` });
    const html = await page.text();
    expect(html).toContain("Kari Nordmann er registrert");
    expect(html).toContain("Lean-forpliktelse i ansettelsesdokumentet");
    const mail = await getDb().selectFrom("outbox").selectAll().where("to_address", "=", "ok@test.example").executeTakeFirstOrThrow();
    expect(mail.kind).toBe("welcome");
    expect(mail.text_body).toContain("/logg-inn?epost=ok%40test.example");
  });

  test("a step form with a date in the future answers 400 and records nothing", async () => {
    const { personId, step } = await hireWithHrStep("dato@test.example");
    const res = await app.post(`/ledere/${personId}`, { intent: "complete", stepId: String(step.id), evidenceDate: "2099-01-01" }, hr);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Datoen kan ikke være fram i tid.");
    expect(await getDb().selectFrom("step_completion").selectAll().execute()).toEqual([]);
  });

  test("a note with NUL and other control characters is kept without them, line breaks intact (both engines)", async () => {
    const { personId, step } = await hireWithHrStep("notat@test.example");
    const res = await app.post(`/ledere/${personId}`, { intent: "complete", stepId: String(step.id), evidenceDate: "2026-11-20", note: "Signert\u0000 av\u0007 HR.\r\nArkivert\tok" }, hr);
    expect(res.status).toBe(302);
    const done = await getDb().selectFrom("step_completion").select("evidence_note").where("path_step_id", "=", step.id).executeTakeFirstOrThrow();
    expect(done.evidence_note).toBe("Signert av HR.\r\nArkivert\tok");
  });

  test("English is selectable and the same error then reads in English", async () => {
    const res = await app.post("/sprak", { locale: "en", back: "/ledere/ny" }, hr);
    expect(res.status).toBe(302);
    const lang = res.headers.get("Set-Cookie")!.split(";")[0]!;
    const page = await app.post("/ledere/ny", { ...valid(), email: "nope" }, `${hr}; ${lang}`);
    const html = await page.text();
    expect(html).toContain('lang="en"');
    expect(html).toContain("Enter a valid email address");
  });
});
