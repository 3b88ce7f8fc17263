import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { translate } from "~/i18n/catalog";
import { decodeUpload, importLeaders, previewImport } from "~/models/import.server";
import { addDaysToDate, osloDate } from "~/utils/dates";
import { MAX_IMPORT_BYTES, type CheckedFile, type CheckedRow } from "~/validation/import";
import { loadApp, ORIGIN } from "./support/app";
import { asUser, crashOnInsertOf, freshDb, seedOrg } from "./support/db";

type Org = Awaited<ReturnType<typeof seedOrg>>;

/** A start date the «within two years» rule accepts whatever day the suite runs, as dd.mm.yyyy. */
const soon = (days = 30) => {
  const [y, m, d] = addDaysToDate(osloDate(), days).split("-");
  return `${d}.${m}.${y}`;
};
const soonIso = (days = 30) => addDaysToDate(osloDate(), days);

const HEADER = "navn;e-post;enhet;stilling;startdato";
const file = (...rows: string[]) => [HEADER, ...rows].join("\r\n") + "\r\n";

/** Each row's problems as the preview shows them: «Column: message» in Norwegian. */
function messages(row: CheckedRow) {
  return row.issues.map((i) => `${translate("nb", `import.col.${i.field}`)}: ${translate("nb", i.key, i.vars)}`);
}

function rowsOf(checked: CheckedFile) {
  if (!checked.ok) throw new Error(`file rejected: ${checked.error.key}`);
  return checked.rows;
}

async function counts() {
  const db = getDb();
  const n = async (t: "person" | "person_role" | "path" | "path_step" | "outbox" | "audit_log") =>
    Number((await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
  return { person: await n("person"), role: await n("person_role"), path: await n("path"), steps: await n("path_step"), outbox: await n("outbox"), audit: await n("audit_log") };
}

describe("checking and importing a file", () => {
  let org: Org;
  beforeEach(async () => {
    await freshDb();
    org = await seedOrg();
  });

  test("a bad row blocks nothing else: valid rows import, each bad one is reported with its line and a Norwegian message", async () => {
    const text = file(
      `Kari Nordmann;kari@test.example;Sykehjemmet;enhetsleder;${soon()}`,
      `Ola Feil;ola(at)test;Sykehjemmet;enhetsleder;${soon()}`,
      `Bjørn Ukjent;bjorn@test.example;Månebasen;rektor;${soon()}`,
      `Åse Dato;ase@test.example;skolen;rektor;30.02.2027`,
      `;tom@test.example;Skolen;;${soon()}`,
      `Per Iso;PER@test.example;Oppvekst/Skolen;rektor;${soonIso(60)}`,
    );
    const rows = rowsOf(await previewImport({ text }));
    expect(rows.map((r) => [r.line, r.hire !== null])).toEqual([
      [2, true],
      [3, false],
      [4, false],
      [5, false],
      [6, false],
      [7, true],
    ]);
    expect(messages(rows[1]!)).toEqual(["E-post: Skriv en gyldig e-postadresse, for eksempel navn@kommune.no."]);
    expect(messages(rows[2]!)).toEqual(["Enhet: Enheten «Månebasen» finnes ikke."]);
    expect(messages(rows[3]!)).toEqual(["Startdato: Skriv en gyldig dato (dd.mm.åååå)."]);
    expect(messages(rows[4]!)).toEqual(["Navn: Skriv hele navnet (minst 2 tegn).", "Stilling: Fyll ut feltet."]);
    expect(rows[5]!.hire).toEqual({ name: "Per Iso", email: "per@test.example", unitId: org.unitB, position: "rektor", startDate: soonIso(60) });

    const before = await counts();
    const result = await importLeaders({ actor: await asUser(org.hr), text, templateId: org.templateId });
    expect(result).toEqual({ ok: true, imported: 2, skipped: 4 });
    const after = await counts();
    // Two people, each with a leader role, a path of seven steps, a welcome mail and an audit row; one audit row for the batch.
    expect(after).toEqual({
      person: before.person + 2,
      role: before.role + 2,
      path: before.path + 2,
      steps: before.steps + 14,
      outbox: before.outbox + 2,
      audit: before.audit + 3,
    });
    const kari = await getDb()
      .selectFrom("person")
      .innerJoin("path", "path.person_id", "person.id")
      .select(["person.id", "person.unit_id", "person.start_date", "path.anchor_date"])
      .where("email", "=", "kari@test.example")
      .executeTakeFirstOrThrow();
    expect(kari.unit_id).toBe(org.unitA);
    expect(kari.start_date).toBe(soonIso());
    expect(kari.anchor_date).toBe(soonIso());
    const mail = await getDb().selectFrom("outbox").selectAll().where("to_address", "=", "kari@test.example").executeTakeFirstOrThrow();
    expect(mail.kind).toBe("welcome");
    expect(mail.text_body).toContain("Sykehjemmet");
  });

  test("a duplicate email within the file is caught on every occurrence, whatever its case; an address already registered too", async () => {
    const text = file(
      `Anne En;anne@test.example;Sykehjemmet;leder;${soon()}`,
      `Bente To;bente@test.example;Sykehjemmet;leder;${soon()}`,
      `Anne Igjen;ANNE@test.example ;Skolen;leder;${soon()}`,
      `Hanne Finnes;hr@test.example;Skolen;leder;${soon()}`,
    );
    const rows = rowsOf(await previewImport({ text }));
    expect(messages(rows[0]!)).toEqual(["E-post: E-postadressen står flere ganger i filen (linje 2, 4)."]);
    expect(messages(rows[2]!)).toEqual(["E-post: E-postadressen står flere ganger i filen (linje 2, 4)."]);
    expect(messages(rows[3]!)).toEqual(["E-post: Det finnes allerede en person med denne e-postadressen."]);
    expect(rows[1]!.hire).not.toBeNull();
    const result = await importLeaders({ actor: await asUser(org.hr), text, templateId: org.templateId });
    expect(result).toEqual({ ok: true, imported: 1, skipped: 3 });
  });

  test("nothing half-imports: a crash on the third person rolls back the two before it", async () => {
    await crashOnInsertOf("krasj@test.example");
    const db = getDb();
    const text = file(
      `Første Fin;forste@test.example;Sykehjemmet;leder;${soon()}`,
      `Andre Fin;andre@test.example;Skolen;leder;${soon()}`,
      `Krasj Kræsj;krasj@test.example;Skolen;leder;${soon()}`,
      `Fjerde Fin;fjerde@test.example;Skolen;leder;${soon()}`,
    );
    const before = await counts();
    await expect(importLeaders({ actor: await asUser(org.hr), text, templateId: org.templateId })).rejects.toThrow(/boom/);
    expect(await counts()).toEqual(before);
    const emails = ["forste@test.example", "andre@test.example", "krasj@test.example", "fjerde@test.example"];
    expect(await db.selectFrom("person").select("id").where("email", "in", emails).execute()).toEqual([]);
    expect(await db.selectFrom("outbox").select("id").where("to_address", "in", emails).execute()).toEqual([]);
  });

  test("units match case-insensitively by name, or as «Område/Enhet» when the name is in two areas", async () => {
    await getDb().insertInto("unit").values({ service_area_id: org.areaB, name: "Sykehjemmet", created_at: new Date().toISOString() }).execute();
    const text = file(
      `Ane Ansen;ane@test.example;sykehjemmet;leder;${soon()}`,
      `Bo Bosen;bo@test.example;helse / SYKEHJEMMET;leder;${soon()}`,
      `Cato Catosen;cato@test.example;  skolen ;leder;${soon()}`,
    );
    const rows = rowsOf(await previewImport({ text }));
    expect(messages(rows[0]!)).toEqual(["Enhet: Flere tjenesteområder har en enhet som heter «sykehjemmet». Skriv «Tjenesteområde/Enhet»."]);
    expect(rows[1]!.hire?.unitId).toBe(org.unitA);
    expect(rows[2]!.hire?.unitId).toBe(org.unitB);
  });

  test("commas work as separators too, with quoted fields, columns in any order and English headers", async () => {
    const text = `Email,Name,Position,Unit,Start date\nola@test.example,"Nordmann, Ola","leder, avdeling",Skolen,${soonIso()}\n`;
    const rows = rowsOf(await previewImport({ text }));
    expect(rows[0]!.hire).toMatchObject({ name: "Nordmann, Ola", position: "leder, avdeling", unitId: org.unitB });
  });

  test("nynorsk headers (namn, eining), as the nynorsk instructions name them, import like the bokmål ones", async () => {
    expect(translate("nn", "import.format.header")).toMatch(/namn, e-post, eining, stilling og startdato/);
    const text = `namn;e-post;eining;stilling;startdato\nKari Nordmann;kari.nn@test.example;Skolen;rektor;${soon()}\n`;
    const rows = rowsOf(await previewImport({ text }));
    expect(rows[0]!.hire).toMatchObject({ name: "Kari Nordmann", email: "kari.nn@test.example", position: "rektor", unitId: org.unitB });
  });

  test("a file without the right columns, without rows, or with an unclosed quote is refused as a whole", async () => {
    expect(await previewImport({ text: "navn;e-post;enhet\nKari;k@x.no;Skolen\n" })).toEqual({
      ok: false,
      error: { key: "import.error.columns", vars: { columns: "«stilling», «startdato»" } },
    });
    expect(await previewImport({ text: `${HEADER}\r\n` })).toEqual({ ok: false, error: { key: "import.error.noRows" } });
    expect(await previewImport({ text: "" })).toEqual({ ok: false, error: { key: "import.error.empty" } });
    expect(await previewImport({ text: `${HEADER}\nKari;"k@x.no;Skolen;leder;${soon()}\n` })).toEqual({ ok: false, error: { key: "import.error.quote", vars: { line: 2 } } });
  });

  test("an upload is read as UTF-8, or as Windows-1252 as plain Excel CSV is; too large and .xlsx files are refused", () => {
    const latin1 = Uint8Array.from([...Buffer.from("Bj"), 0xf8, ...Buffer.from("rn "), 0xc6, ...Buffer.from("r"), 0xf8]);
    expect(decodeUpload(latin1)).toEqual({ ok: true, text: "Bjørn Ærø" });
    expect(decodeUpload(new TextEncoder().encode("\uFEFFBjørn Ærø"))).toEqual({ ok: true, text: "Bjørn Ærø" });
    expect(decodeUpload(new Uint8Array(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, key: "import.error.tooBig" });
    expect(decodeUpload(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toEqual({ ok: false, key: "import.error.notCsv" });
  });
});

describe("the import page, without JavaScript", () => {
  let org: Org;
  let app: Awaited<ReturnType<typeof loadApp>>;
  let hr: string;
  beforeAll(async () => {
    await freshDb();
    org = await seedOrg();
    await getDb()
      .insertInto("person")
      .values({ name: "Lise Leder", email: "lise@test.example", unit_id: org.unitA, position: "leder", start_date: null, active: 1, created_at: "2026-01-01T00:00:00Z", updated_at: "2026-01-01T00:00:00Z" })
      .execute();
    const lise = await getDb().selectFrom("person").select("id").where("email", "=", "lise@test.example").executeTakeFirstOrThrow();
    await getDb().insertInto("person_role").values({ person_id: lise.id, role: "leader" }).execute();
    app = await loadApp();
    hr = await app.signIn("hr@test.example");
  });

  const upload = (content: BlobPart, cookie: string, templateId = String(org.templateId)) => {
    const form = new FormData();
    form.append("fil", new Blob([content], { type: "text/csv" }), "ledere.csv");
    form.append("templateId", templateId);
    return app.request("/ledere/import", { method: "POST", body: form, cookie, headers: { Origin: ORIGIN } });
  };

  test("the page offers a multipart upload limited to CSV files", async () => {
    const res = await app.request("/ledere/import", { cookie: hr });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/enctype="multipart\/form-data"/i); // React writes encType; HTML attributes ignore case
    expect(html).toContain('accept=".csv,text/csv"');
    expect(html).toContain("Importer ledere");
  });

  test("upload shows a preview with every row and its errors; confirming imports the valid rows and says how many", async () => {
    const text = `\uFEFF${file(`Kari Nordmann;kari@test.example;Sykehjemmet;enhetsleder;${soon()}`, `Ola Feil;ola(at)test;Sykehjemmet;leder;${soon()}`, `Per Pålsson;per@test.example;Skolen;rektor;${soon()}`)}`;
    const preview = await upload(text, hr);
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain("Forhåndsvisning");
    expect(html).toContain("3 rader i filen: 2 kan importeres, 1 har feil.");
    expect(html).toContain("Skriv en gyldig e-postadresse");
    expect(html).toContain("Importer 2 gyldige rader");
    expect(html).toContain("Per Pålsson");
    expect(html).toContain('name="csv"');
    const before = await counts();

    // The second step is an ordinary form post carrying the file's text: no state between the steps.
    const res = await app.post("/ledere/import", { csv: text, templateId: String(org.templateId) }, hr);
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/ledere");
    const flash = res.headers.get("Set-Cookie")!.split(";")[0]!;
    const page = await app.request("/ledere", { cookie: `${hr}; ${flash}` });
    expect(await page.text()).toContain("Ledere importert: 2. Rader med feil, ikke importert: 1.");
    expect((await counts()).person).toBe(before.person + 2);

    // Posting the same file again imports nothing: both addresses are registered now.
    const again = await app.post("/ledere/import", { csv: text, templateId: String(org.templateId) }, hr);
    expect(again.status).toBe(400);
    const againHtml = await again.text();
    expect(againHtml).toContain("Det finnes allerede en person med denne e-postadressen.");
    expect(againHtml).toContain("Ingen rader kan importeres.");
    expect((await counts()).person).toBe(before.person + 2);
  });

  test("a file over 1 MB, no file, or a file without the columns answers 400 with a Norwegian message", async () => {
    const big = await upload("x".repeat(MAX_IMPORT_BYTES + 10), hr);
    expect(big.status).toBe(400);
    expect(await big.text()).toContain("Filen er for stor (høyst 1 MB).");
    const none = await upload("", hr);
    expect(none.status).toBe(400);
    expect(await none.text()).toContain("Velg en CSV-fil.");
    const columns = await upload("navn;e-post\nKari;kari@x.no\n", hr);
    expect(columns.status).toBe(400);
    expect(await columns.text()).toContain("Filen mangler kolonnene «enhet», «stilling», «startdato».");
  });

  test("only HR and admins may import", async () => {
    const tol = await app.signIn("tol.a@test.example");
    const leader = await app.signIn("lise@test.example");
    for (const cookie of [tol, leader]) {
      expect((await app.request("/ledere/import", { cookie })).status).toBe(403);
      expect((await upload(file(`Kari Nordmann;kari2@test.example;Sykehjemmet;leder;${soon()}`), cookie)).status).toBe(403);
    }
  });
});
