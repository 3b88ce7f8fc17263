import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { beforeAll, beforeEach, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { translate } from "~/i18n/catalog";
import { applySync, previewSync } from "~/models/hr-sync.server";
import type { SyncDiff, SyncRowDiff } from "~/types/hr-sync";
import { addDaysToDate, osloDate } from "~/utils/dates";
import { loadApp, ORIGIN } from "./support/app";
import { onPostgres } from "./support/databases";
import { freshDb, seedOrg } from "./support/db";

type Org = Awaited<ReturnType<typeof seedOrg>>;

const HEADER = "ansattnummer;navn;e-post;enhet;stilling;startdato";
const file = (...rows: string[]) => [HEADER, ...rows].join("\r\n") + "\r\n";
/** A start date the «within two years» rule accepts whatever day the suite runs, as dd.mm.yyyy. */
const soon = (days = 30) => {
  const [y, m, d] = addDaysToDate(osloDate(), days).split("-");
  return `${d}.${m}.${y}`;
};
const stamp = () => new Date().toISOString();

function ok(diff: SyncDiff) {
  if (!diff.ok) throw new Error(`file refused: ${diff.error.key}`);
  return diff;
}
const row = (diff: SyncDiff, line: number) => ok(diff).rows.find((r) => r.line === line)!;
/** A row's problems as the preview shows them: «Column: message» in Norwegian. */
const messages = (r: SyncRowDiff) =>
  r.issues.map((i) => `${translate("nb", i.field === "employeeNumber" ? "hrsync.col.employeeNumber" : `import.col.${i.field}`)}: ${translate("nb", i.key, i.vars)}`);

/** A leader as HR typed them in before the sync: an introduction path, its first step done. */
async function leader(org: Org, p: { name: string; email: string; unitId: number; employeeNumber?: string | null; position?: string; startDate?: string }) {
  const db = getDb();
  const person = await db
    .insertInto("person")
    .values({
      name: p.name,
      email: p.email,
      unit_id: p.unitId,
      position: p.position ?? "enhetsleder",
      start_date: p.startDate ?? "2026-01-05",
      employee_number: p.employeeNumber ?? null,
      active: 1,
      created_at: stamp(),
      updated_at: stamp(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("person_role").values({ person_id: person.id, role: "leader" }).execute();
  const path = await db.insertInto("path").values({ person_id: person.id, template_id: org.templateId, template_version: 1, anchor_date: "2026-01-05", created_at: stamp() }).returning("id").executeTakeFirstOrThrow();
  const templateStep = await db.selectFrom("template_step").select("id").where("template_id", "=", org.templateId).orderBy("position").executeTakeFirstOrThrow();
  const step = await db
    .insertInto("path_step")
    .values({ path_id: path.id, template_step_id: templateStep.id, position: 1, title: "Hils på rådmannen", description: "", responsible: "leader", evidence: "tick", required: 1, offset_days: 0, due_date: "2026-01-05" })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("step_completion").values({ path_step_id: step.id, completed_by: person.id, completed_at: "2026-01-06T09:00:00.000Z", confirmed: 0 }).execute();
  return { id: person.id, stepId: step.id };
}

async function counts() {
  const db = getDb();
  const n = async (t: "person" | "path" | "path_step" | "step_completion" | "outbox" | "audit_log") =>
    Number((await db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
  return { person: await n("person"), path: await n("path"), steps: await n("path_step"), completions: await n("step_completion"), outbox: await n("outbox"), audit: await n("audit_log") };
}

/** Everything a sync could write, for «nothing changed» comparisons. */
async function snapshot() {
  const db = getDb();
  return {
    people: await db.selectFrom("person").selectAll().orderBy("id").execute(),
    paths: await db.selectFrom("path").selectAll().orderBy("id").execute(),
    outbox: await db.selectFrom("outbox").select(["id", "status"]).orderBy("id").execute(),
    audit: await db.selectFrom("audit_log").select("id").orderBy("id").execute(),
  };
}

const auditOf = (action: string) => getDb().selectFrom("audit_log").selectAll().where("action", "=", action).orderBy("id").execute();

describe("the difference between an export and Lederløp", () => {
  let org: Org;
  beforeEach(async () => {
    await freshDb();
    org = await seedOrg();
    await getDb().updateTable("unit").set({ code: "SYK-01" }).where("id", "=", org.unitA).execute();
  });

  test("the preview sorts rows into new, bound, changed (which fields), transferred, returned, unchanged and errors, and writes nothing", async () => {
    const kari = await leader(org, { name: "Kari Nordmann", email: "kari@test.example", unitId: org.unitA, employeeNumber: "100" });
    const ola = await leader(org, { name: "Ola Hansen", email: "ola@test.example", unitId: org.unitA, employeeNumber: "101" });
    const per = await leader(org, { name: "Per Pålsson", email: "per@test.example", unitId: org.unitA, employeeNumber: "102" });
    await leader(org, { name: "Lise Typet", email: "lise@test.example", unitId: org.unitB });
    const gone = await leader(org, { name: "Gro Gått", email: "gro@test.example", unitId: org.unitB, employeeNumber: "104" });
    await getDb().updateTable("person").set({ active: 0, left_at: "2026-06-01T00:00:00.000Z" }).where("id", "=", gone.id).execute();
    const text = file(
      `100;Kari Nordmann;kari@test.example;SYK-01;enhetsleder;05.01.2026`,
      `101;Ola Å. Hansen;OLA@test.example;Sykehjemmet;rektor;2026-02-01`,
      `102;Per Pålsson;per@test.example;Oppvekst/Skolen;enhetsleder;05.01.2026`,
      `103;Lise Typet;lise@test.example;Skolen;enhetsleder;05.01.2026`,
      `104;Gro Gått;gro@test.example;Skolen;enhetsleder;05.01.2026`,
      `105;Nils Ny;nils@test.example;syk-01;avdelingsleder;${soon()}`,
      `106;Feil Rad;feil(at)test;Månebasen;leder;31.02.2026`,
    );
    const before = await snapshot();
    const diff = ok(await previewSync({ text, full: false }));
    expect(await snapshot()).toEqual(before);

    expect(diff.counts).toEqual({ rows: 7, new: 1, bound: 1, changed: 1, transferred: 1, returned: 1, left: 0, unchanged: 1, errors: 1 });
    expect(row(diff, 2)).toMatchObject({ match: "known", personId: kari.id, changes: [], transfer: null, returned: false });
    expect(row(diff, 3).changes).toEqual([
      { field: "name", before: "Ola Hansen", after: "Ola Å. Hansen" },
      { field: "position", before: "enhetsleder", after: "rektor" },
      { field: "startDate", before: "2026-01-05", after: "2026-02-01" },
    ]);
    expect(row(diff, 3).personId).toBe(ola.id);
    expect(row(diff, 4)).toMatchObject({ personId: per.id, changes: [], transfer: { from: "Sykehjemmet", to: "Skolen" } });
    expect(row(diff, 5)).toMatchObject({ match: "bound", changes: [] });
    expect(row(diff, 6)).toMatchObject({ match: "known", returned: true });
    expect(row(diff, 7)).toMatchObject({ match: "new", personId: null });
    expect(messages(row(diff, 8))).toEqual([
      "E-post: Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.",
      "Enhet: Enheten «Månebasen» finnes ikke.",
      "Startdato: Skriv en gyldig dato (dd.mm.åååå).",
    ]);
  });

  test("applying it registers the new person as the import does, binds, changes, moves and brings back; the second run changes nothing", async () => {
    await leader(org, { name: "Ola Hansen", email: "ola@test.example", unitId: org.unitA, employeeNumber: "101" });
    const lise = await leader(org, { name: "Lise Typet", email: "lise@test.example", unitId: org.unitB });
    const text = file(
      `101;Ola Å. Hansen;ola@test.example;Sykehjemmet;rektor;05.01.2026`,
      `103;Lise Typet;lise@test.example;Sykehjemmet;enhetsleder;05.01.2026`,
      `105;Nils Ny;nils@test.example;Skolen;avdelingsleder;${soon()}`,
    );
    const before = await counts();
    const first = ok(await applySync({ actorId: org.hr, text, full: false, via: "web" }));
    expect(first.counts).toMatchObject({ new: 1, bound: 1, changed: 1, transferred: 1, unchanged: 0, errors: 0 });

    const nils = await getDb().selectFrom("person").selectAll().where("email", "=", "nils@test.example").executeTakeFirstOrThrow();
    expect(nils).toMatchObject({ employee_number: "105", unit_id: org.unitB, position: "avdelingsleder", active: 1 });
    const welcome = await getDb().selectFrom("outbox").selectAll().where("to_address", "=", "nils@test.example").execute();
    expect(welcome.map((m) => m.kind)).toEqual(["welcome"]);
    expect(await getDb().selectFrom("path").select("anchor_date").where("person_id", "=", nils.id).execute()).toHaveLength(1);
    expect((await getDb().selectFrom("person").select("employee_number").where("id", "=", lise.id).executeTakeFirstOrThrow()).employee_number).toBe("103");
    expect(await getDb().selectFrom("person").select(["name", "position", "start_date"]).where("email", "=", "ola@test.example").executeTakeFirstOrThrow()).toEqual({
      name: "Ola Å. Hansen",
      position: "rektor",
      start_date: "2026-01-05",
    });

    // Every change has its audit row with the source, and the run one summary.
    const after = await counts();
    expect(after.person).toBe(before.person + 1);
    expect(after.outbox).toBe(before.outbox + 1);
    const register = await auditOf("person.register");
    expect(JSON.parse(register.at(-1)!.after!)).toMatchObject({ employeeNumber: "105", source: "hr-sync" });
    expect(JSON.parse((await auditOf("person.bind"))[0]!.after!)).toEqual({ employeeNumber: "103", by: "email", source: "hr-sync" });
    const update = (await auditOf("person.update"))[0]!;
    expect(JSON.parse(update.before!)).toEqual({ name: "Ola Hansen", position: "enhetsleder" });
    expect(JSON.parse(update.after!)).toEqual({ name: "Ola Å. Hansen", position: "rektor", source: "hr-sync" });
    expect(JSON.parse((await auditOf("person.transfer"))[0]!.after!)).toMatchObject({ unitId: org.unitA, source: "hr-sync" });
    const run = await auditOf("hr-sync.run");
    expect(run).toHaveLength(1);
    expect(run[0]!.actor_id).toBe(org.hr);
    expect(after.audit).toBe(before.audit + 5);

    // The nightly job runs the same file again: all unchanged, only the run's summary is written.
    const state = await snapshot();
    const second = ok(await applySync({ actorId: null, text, full: false, via: "cli" }));
    expect(second.counts).toEqual({ rows: 3, new: 0, bound: 0, changed: 0, transferred: 0, returned: 0, left: 0, unchanged: 3, errors: 0 });
    const again = await snapshot();
    expect({ ...again, audit: again.audit.slice(0, -1) }).toEqual(state);
    expect(again.audit).toHaveLength(state.audit.length + 1);
    expect(JSON.parse((await auditOf("hr-sync.run"))[1]!.after!)).toMatchObject({ via: "cli", full: false, counts: { unchanged: 3 } });
  });

  test("a transfer keeps the history (completed steps stay) and adds the pre-rollout path when the new unit has a rollout", async () => {
    await getDb()
      .insertInto("rollout")
      .values({ unit_id: org.unitB, start_date: addDaysToDate(osloDate(), 60), guidance_months: 6, created_at: stamp(), updated_at: stamp() })
      .execute();
    const kari = await leader(org, { name: "Kari Nordmann", email: "kari@test.example", unitId: org.unitA, employeeNumber: "100" });
    ok(await applySync({ actorId: org.hr, text: file(`100;Kari Nordmann;kari@test.example;Skolen;enhetsleder;05.01.2026`), full: false, via: "web" }));

    const person = await getDb().selectFrom("person").select("unit_id").where("id", "=", kari.id).executeTakeFirstOrThrow();
    expect(person.unit_id).toBe(org.unitB);
    const completion = await getDb().selectFrom("step_completion").select(["path_step_id", "undone_at"]).where("path_step_id", "=", kari.stepId).executeTakeFirstOrThrow();
    expect(completion.undone_at).toBeNull();
    const paths = await getDb()
      .selectFrom("path")
      .innerJoin("programme_template as t", "t.id", "path.template_id")
      .select(["t.key", "path.anchor_date"])
      .where("path.person_id", "=", kari.id)
      .orderBy("path.id")
      .execute();
    expect(paths).toEqual([
      { key: "intro", anchor_date: "2026-01-05" },
      { key: "pre_rollout", anchor_date: addDaysToDate(osloDate(), 60) },
    ]);
    expect(JSON.parse((await auditOf("person.transfer"))[0]!.after!)).toEqual({ unitId: org.unitB, source: "hr-sync", preRolloutPath: true });
  });

  test("a full export marks those missing from the file as left and stops their reminders; without «full» nobody leaves", async () => {
    const stays = await leader(org, { name: "Kari Nordmann", email: "kari@test.example", unitId: org.unitA, employeeNumber: "100" });
    const goes = await leader(org, { name: "Gro Gått", email: "gro@test.example", unitId: org.unitA, employeeNumber: "101" });
    const typo = await leader(org, { name: "Tor Typo", email: "tor@test.example", unitId: org.unitA, employeeNumber: "102" });
    const noNumber = await leader(org, { name: "Lise Uten", email: "lise@test.example", unitId: org.unitB });
    await getDb()
      .insertInto("outbox")
      .values({ kind: "reminder", to_address: "gro@test.example", to_person_id: goes.id, subject: "Påminnelse", text_body: "…", html_body: "…", created_at: stamp(), send_after: stamp(), status: "pending", dedupe_key: `reminder:${goes.id}:1` })
      .execute();
    await getDb().insertInto("session").values({ id_hash: "gro-session", person_id: goes.id, created_at: stamp(), expires_at: addDaysToDate(osloDate(), 5) + "T00:00:00.000Z" }).execute();
    // Tor's row has an error, but his number is in the file: a typo must not make him leave.
    const text = file(`100;Kari Nordmann;kari@test.example;Sykehjemmet;enhetsleder;05.01.2026`, `102;Tor Typo;tor(at)test;Sykehjemmet;enhetsleder;05.01.2026`);

    const partial = ok(await previewSync({ text, full: false }));
    expect(partial.leavers).toEqual([]);
    ok(await applySync({ actorId: org.hr, text, full: false, via: "web" }));
    expect(await getDb().selectFrom("person").select("id").where("active", "=", 0).execute()).toEqual([]);

    const preview = ok(await previewSync({ text, full: true }));
    expect(preview.leavers).toEqual([{ personId: goes.id, name: "Gro Gått", employeeNumber: "101", unit: "Sykehjemmet" }]);
    expect(preview.counts.left).toBe(1);
    ok(await applySync({ actorId: org.hr, text, full: true, via: "web" }));
    const people = await getDb().selectFrom("person").select(["id", "active", "left_at"]).where("id", "in", [stays.id, goes.id, typo.id, noNumber.id]).orderBy("id").execute();
    expect(people.map((p) => [p.id, p.active, p.left_at !== null])).toEqual([
      [stays.id, 1, false],
      [goes.id, 0, true],
      [typo.id, 1, false],
      [noNumber.id, 1, false],
    ]);
    expect((await getDb().selectFrom("outbox").select("status").where("to_person_id", "=", goes.id).executeTakeFirstOrThrow()).status).toBe("cancelled");
    expect(await getDb().selectFrom("session").select("person_id").where("person_id", "=", goes.id).execute()).toEqual([]);
    expect(JSON.parse((await auditOf("person.leave"))[0]!.after!)).toMatchObject({ source: "hr-sync" });

    // Again: the leaver stays left, nothing else happens.
    const again = ok(await applySync({ actorId: org.hr, text, full: true, via: "web" }));
    expect(again.counts).toMatchObject({ left: 0, unchanged: 1, errors: 1 });
    expect(await auditOf("person.leave")).toHaveLength(1);
  });

  test("one transaction per file: a failure on a row in the middle leaves nothing of the file behind", async () => {
    await leader(org, { name: "Ola Hansen", email: "ola@test.example", unitId: org.unitA, employeeNumber: "101" });
    const db = getDb();
    if (onPostgres()) {
      await sql`CREATE FUNCTION sync_crash() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$ LANGUAGE plpgsql`.execute(db);
      await sql`CREATE TRIGGER sync_crash BEFORE INSERT ON person FOR EACH ROW WHEN (NEW.email = 'krasj@test.example') EXECUTE FUNCTION sync_crash()`.execute(db);
    } else {
      await sql`CREATE TRIGGER sync_crash BEFORE INSERT ON person WHEN NEW.email = 'krasj@test.example' BEGIN SELECT RAISE(ABORT, 'boom'); END`.execute(db);
    }
    const text = file(
      `101;Ola Å. Hansen;ola@test.example;Skolen;rektor;05.01.2026`,
      `105;Første Fin;forste@test.example;Skolen;leder;${soon()}`,
      `106;Krasj Kræsj;krasj@test.example;Skolen;leder;${soon()}`,
      `107;Fjerde Fin;fjerde@test.example;Skolen;leder;${soon()}`,
    );
    const before = await snapshot();
    await expect(applySync({ actorId: org.hr, text, full: true, via: "web" })).rejects.toThrow(/boom/);
    expect(await snapshot()).toEqual(before);
  });

  test("a file that cannot be synced: wrong headers, a repeated employee number, control characters and formulas in cells", async () => {
    expect(await previewSync({ text: "navn;e-post;enhet;stilling;startdato\nKari;k@x.no;Skolen;leder;01.01.2026\n", full: true })).toEqual({
      ok: false,
      error: { key: "hrsync.error.columns", vars: { columns: "«ansattnummer»" } },
    });
    expect(translate("nb", "hrsync.error.columns", { columns: "«ansattnummer»" })).toBe(
      "Filen mangler kolonnene «ansattnummer». Første rad må være: ansattnummer;navn;e-post;enhet;stilling;startdato.",
    );
    expect(await previewSync({ text: `${HEADER}\n100;"Kari;k@x.no;Skolen;leder;01.01.2026\n`, full: false })).toEqual({ ok: false, error: { key: "import.error.quote", vars: { line: 2 } } });

    const text = file(
      `200;Anne En;anne@test.example;Skolen;leder;${soon()}`,
      `201;Bente To;bente@test.example;Skolen;leder;${soon()}`,
      ` 200 ;Anne Igjen;anne2@test.example;Skolen;leder;${soon()}`,
      `202;Nul\u0000Navn;nul@test.example;Skolen;leder;${soon()}`,
      `=1+1;Formel Nummer;formel@test.example;Skolen;leder;${soon()}`,
      `203;"=HYPERLINK(""http://x.example"",""klikk"")";hyper@test.example;Skolen;leder;${soon()}`,
    );
    const diff = ok(await previewSync({ text, full: false }));
    expect(messages(row(diff, 2))).toEqual(["Ansattnummer: Ansattnummeret står flere ganger i filen (linje 2, 4)."]);
    expect(messages(row(diff, 4))).toEqual(["Ansattnummer: Ansattnummeret står flere ganger i filen (linje 2, 4)."]);
    expect(row(diff, 3).match).toBe("new");
    expect(messages(row(diff, 5))).toEqual(["Navn: Feltet kan ikke inneholde kontrolltegn (for eksempel tabulator eller usynlige tegn)."]);
    expect(messages(row(diff, 6))).toEqual(["Ansattnummer: Ansattnummeret kan bare ha bokstaver, tall, punktum, bindestrek, understrek og skråstrek."]);
    // A formula in a name is just text here; the CSV exports neutralise it (see the reports tests).
    expect(row(diff, 7).match).toBe("new");
    const applied = ok(await applySync({ actorId: org.hr, text, full: false, via: "web" }));
    expect(applied.counts).toMatchObject({ new: 2, errors: 4 });
    const names = await getDb().selectFrom("person").select("name").where("employee_number", "in", ["201", "203"]).orderBy("employee_number").execute();
    expect(names.map((n) => n.name)).toEqual(["Bente To", '=HYPERLINK("http://x.example","klikk")']);
    expect(await getDb().selectFrom("person").select("id").where("email", "in", ["anne@test.example", "anne2@test.example", "nul@test.example", "formel@test.example"]).execute()).toEqual([]);
  });

  test("an unknown number whose address belongs to someone with another number, or to an anonymised person, is an error; a new person needs a near start date", async () => {
    await leader(org, { name: "Kari Nordmann", email: "kari@test.example", unitId: org.unitA, employeeNumber: "100" });
    const anon = await leader(org, { name: "Anonym", email: "anon-1@anonymised.invalid", unitId: org.unitA, employeeNumber: "300" });
    await getDb().updateTable("person").set({ active: 0, left_at: "2025-01-01T00:00:00.000Z", anonymised_at: "2025-06-01T00:00:00.000Z" }).where("id", "=", anon.id).execute();
    const diff = ok(
      await previewSync({
        text: file(`999;Kari Nordmann;kari@test.example;Sykehjemmet;enhetsleder;05.01.2026`, `300;Anne Tilbake;anne@test.example;Skolen;leder;${soon()}`, `301;Gammel Ny;gammel@test.example;Skolen;leder;01.01.2015`),
        full: false,
      }),
    );
    expect(messages(row(diff, 2))).toEqual(["E-post: E-postadressen tilhører en person med et annet ansattnummer (100)."]);
    expect(messages(row(diff, 3))).toEqual(["Ansattnummer: Personen med dette ansattnummeret er anonymisert og kan ikke tas inn igjen."]);
    expect(messages(row(diff, 4))).toEqual(["Startdato: Datoen må være innen to år før eller etter i dag."]);
  });

  test("the nightly command: prints the counts and the rows with errors, applies unless --dry-run, refuses a file it cannot read", { timeout: 240_000 }, async () => {
    await leader(org, { name: "Gro Gått", email: "gro@test.example", unitId: org.unitA, employeeNumber: "101" });
    const dir = mkdtempSync(join(tmpdir(), "hr-sync-"));
    const good = join(dir, "eksport.csv");
    writeFileSync(good, file(`105;Nils Ny;nils@test.example;Skolen;avdelingsleder;${soon()}`, `106;Feil Rad;feil(at)test;Skolen;leder;${soon()}`));
    const wrong = join(dir, "feil.csv");
    writeFileSync(wrong, "navn;e-post\nKari;k@x.no\n");
    const run = (...args: string[]) =>
      new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
        const child = spawn(process.execPath, [join(process.cwd(), "node_modules/tsx/dist/cli.mjs"), "bin/hr-sync.ts", ...args], {
          cwd: process.cwd(),
          env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL!, SMTP_URL: "", DEFAULT_LOCALE: "nb" },
          stdio: ["ignore", "pipe", "pipe"],
        });
        let out = "";
        let err = "";
        child.stdout.on("data", (d) => (out += d));
        child.stderr.on("data", (d) => (err += d));
        child.on("exit", (code) => resolve({ code, out, err }));
      });

    const dry = await run("--file", good, "--full", "--dry-run");
    expect(dry.err).toBe("");
    expect(dry.code).toBe(0);
    expect(dry.out).toContain("Nye ledere: 1");
    expect(dry.out).toContain("Har sluttet: 1");
    expect(dry.out).toContain("Rader med feil (hoppes over): 1");
    expect(dry.out).toContain("Linje 3: E-post: Skriv en gyldig e-postadresse");
    expect(dry.out).toContain("Prøvekjøring: ingenting er lagret.");
    expect(await getDb().selectFrom("person").select("id").where("email", "=", "nils@test.example").execute()).toEqual([]);

    const applied = await run("--file", good, "--full");
    expect(applied.code).toBe(0);
    expect(applied.out).toContain("Lagret i én transaksjon.");
    expect(await getDb().selectFrom("person").select("employee_number").where("email", "=", "nils@test.example").executeTakeFirst()).toEqual({ employee_number: "105" });
    expect((await getDb().selectFrom("person").select("active").where("email", "=", "gro@test.example").executeTakeFirstOrThrow()).active).toBe(0);
    const runAudit = (await auditOf("hr-sync.run")).at(-1)!;
    expect(runAudit.actor_id).toBeNull();

    const twice = await run("--file", good, "--full");
    expect(twice.code).toBe(0);
    expect(twice.out).toContain("Uendret: 1");
    expect(twice.out).toContain("Nye ledere: 0");
    expect(await auditOf("hr-sync.run")).toHaveLength(2);

    const bad = await run("--file", wrong);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("Filen mangler kolonnene «ansattnummer», «enhet», «stilling», «startdato».");
    const missing = await run("--file", join(dir, "finnes-ikke.csv"));
    expect(missing.code).toBe(1);
    expect((await run()).code).toBe(2);
  });
});

describe("the «Synk fra HR» page, without JavaScript", () => {
  let org: Org;
  let app: Awaited<ReturnType<typeof loadApp>>;
  let hr: string;
  beforeAll(async () => {
    await freshDb();
    org = await seedOrg();
    await leader(org, { name: "Ola Hansen", email: "ola@test.example", unitId: org.unitA, employeeNumber: "101" });
    app = await loadApp();
    hr = await app.signIn("hr@test.example");
  });

  const upload = (content: BlobPart, cookie: string, full = false) => {
    const form = new FormData();
    form.append("fil", new Blob([content], { type: "text/csv" }), "eksport.csv");
    if (full) form.append("full", "on");
    return app.request("/ledere/synk", { method: "POST", body: form, cookie, headers: { Origin: ORIGIN } });
  };

  test("HR has it in the menu; upload shows the difference, confirming applies it and says what was done", async () => {
    const page = await (await app.request("/ledere/synk", { cookie: hr })).text();
    expect(page).toContain('href="/ledere/synk"');
    expect(page).toContain("Full eksport (de som mangler i filen har sluttet)");
    const text = file(`101;Ola Hansen;ola@test.example;Skolen;enhetsleder;05.01.2026`, `105;Nils <b>Ny</b>;nils@test.example;Sykehjemmet;avdelingsleder;${soon()}`);
    const preview = await upload(text, hr);
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain("Ikke full eksport: ingen blir markert som sluttet.");
    expect(html).toContain("Flyttes fra Sykehjemmet til Skolen");
    expect(html).toContain("Ny leder i Sykehjemmet");
    expect(html).toContain("Nils &lt;b&gt;Ny&lt;/b&gt;");
    expect(html).toContain("Utfør synkroniseringen");
    expect(html).toMatch(/data-count="new">1</);

    const res = await app.post("/ledere/synk", { csv: text }, hr);
    expect(res.status).toBe(302);
    const flash = res.headers.get("Set-Cookie")!.split(";")[0]!;
    const done = await (await app.request("/ledere/synk", { cookie: `${hr}; ${flash}` })).text();
    expect(done).toContain("Synkroniseringen er utført: 1 nye, 0 endret, 1 flyttet, 0 sluttet, 0 uendret, 0 rader med feil.");

    // Confirming the same preview again (a double click, a back button) changes nothing more.
    const before = await snapshot();
    expect((await app.post("/ledere/synk", { csv: text }, hr)).status).toBe(302);
    const after = await snapshot();
    expect({ ...after, audit: after.audit.slice(0, -1) }).toEqual(before);
    const unchanged = await (await upload(text, hr)).text();
    expect(unchanged).toContain("Filen stemmer med Lederløp. Det er ingenting å endre.");
    expect(unchanged).not.toContain("Utfør synkroniseringen");
  });

  test("a full export lists the leavers in the preview before anyone is marked", async () => {
    const html = await (await upload(file(`105;Nils Ny;nils@test.example;Sykehjemmet;avdelingsleder;${soon()}`), hr, true)).text();
    expect(html).toContain("Har sluttet (mangler i filen)");
    expect(html).toMatch(/<td>101<\/td><td>Ola Hansen<\/td>/);
    expect((await getDb().selectFrom("person").select("active").where("email", "=", "ola@test.example").executeTakeFirstOrThrow()).active).toBe(1);
  });

  test("a bad file answers 400 with the reason; a body over 4 MB is refused with 413 before it is read", async () => {
    const wrong = await upload("navn;e-post;enhet;stilling;startdato\nKari;k@x.no;Skolen;leder;01.01.2026\n", hr);
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("Filen mangler kolonnene «ansattnummer».");
    const none = await upload("", hr);
    expect(none.status).toBe(400);
    expect(await none.text()).toContain("Velg en CSV-fil.");
    const huge = await upload("x".repeat(4 * 1024 * 1024 + 10), hr);
    expect(huge.status).toBe(413);
    const hugeConfirm = await app.post("/ledere/synk", { csv: "x".repeat(4 * 1024 * 1024 + 10) }, hr);
    expect(hugeConfirm.status).toBe(413);
  });

  test("a formula in a synced name is kept as text and neutralised in the report's CSV", async () => {
    const text = file(`110;"=HYPERLINK(""http://x.example"",""klikk"")";formel@test.example;Skolen;leder;${soon()}`);
    expect((await upload(text, hr)).status).toBe(200);
    expect((await app.post("/ledere/synk", { csv: text }, hr)).status).toBe(302);
    const csv = await (await app.request("/rapporter/csv", { cookie: hr })).text();
    expect(csv).toContain(`'=HYPERLINK(""http://x.example"",""klikk"")`);
  });

  test("only HR and admins may sync", async () => {
    const tol = await app.signIn("tol.a@test.example");
    const dev = await app.signIn("dev@test.example");
    const admin = await app.signIn("admin@test.example");
    for (const cookie of [tol, dev]) {
      expect((await app.request("/ledere/synk", { cookie })).status).toBe(403);
      expect((await upload(file(`109;Kari Nordmann;kari9@test.example;Sykehjemmet;leder;${soon()}`), cookie)).status).toBe(403);
      expect((await app.post("/ledere/synk", { csv: file(`109;Kari Nordmann;kari9@test.example;Sykehjemmet;leder;${soon()}`) }, cookie)).status).toBe(403);
    }
    expect((await app.request("/ledere/synk", { cookie: admin })).status).toBe(200);
    expect(await getDb().selectFrom("person").select("id").where("email", "=", "kari9@test.example").execute()).toEqual([]);
  });
});
