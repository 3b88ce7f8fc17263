// Browser journeys for Lean rollouts, training sessions, reminder preferences and reports, in a
// real Chromium against the production build on a fresh demo database (see ./browser.ts):
//
//  1. the rollout demo: Tor (TOL) sees «Hjemmetjenesten sør» at risk because Helge Hansen's training
//     is overdue (he took yesterday's course; it is not recorded); Helge signs up for the session in
//     three days and gets the calendar invitation; that session lists him, attendance waits for its start;
//     Ulrik (development unit) records his attendance; Tor now sees the unit «Klar»;
//  2. Rita (executive group) sees every service area and the chart, and is refused /ledere/ny;
//  3. Ulrik creates a session; end-before-start is refused with and without JavaScript;
//  4. Nina chooses the daily reminder summary on her profile;
//  5. Tor sets a rollout date for a unit without one (the app's scripts blocked);
//  6. an axe-core scan (WCAG 2.1 A/AA) and a full-page screenshot of every page on the way, the
//     admin's template page (reminder policy fieldset) and, when they are built, the reports and
//     the leader import.
//
// One server and one browser for the file; each person has their own context. The tests run in
// order and later ones reuse the people signed in earlier (sign-in goes through the mailbox).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  addDays,
  browserSuite,
  demoEmail,
  flash,
  formatViolations,
  open,
  openAllDetails,
  osloToday,
  ROOT,
  scanPage,
  screenshot,
  signIn,
  waitForHydration,
  type AxeResult,
} from "./browser";

/** The report and import pages are being built alongside; they are checked when the build has them. */
const serverBuild = (() => {
  try {
    return readFileSync(join(ROOT, "build", "index.js"), "utf8");
  } catch {
    return "";
  }
})();
const HAS_REPORTS = existsSync(join(ROOT, "app", "routes", "rapporter._index.tsx")) && serverBuild.includes("routes/rapporter._index");
const HAS_IMPORT = existsSync(join(ROOT, "app", "routes", "ledere.import.tsx")) && serverBuild.includes("routes/ledere.import");

const SCANNED_PAGES = [
  "innforing-tol",
  "innforing-enhet",
  "kurs-leder",
  "kurs-okt-leder",
  "postkasse-pamelding",
  "postkasse-pamelding-melding",
  "kurs-arrangor",
  "kurs-okt-arrangor",
  "kurs-okt-arrangor-gjennomfort",
  "innforing-rlg",
  "innforing-rlg-omrade",
  "ingen-tilgang",
  "kurs-ny",
  "kurs-ny-feil",
  "kurs-ny-lagret",
  "profil",
  "innforing-sett-dato-feil",
  "innforing-ny-enhet",
  "mal-paminnelser",
  ...(HAS_REPORTS ? (["rapporter", "rapporter-omrade"] as const) : []),
  ...(HAS_IMPORT ? (["ledere-import", "ledere-import-forhandsvisning"] as const) : []),
] as const;
type ScannedPage = (typeof SCANNED_PAGES)[number] | "rapporter" | "rapporter-omrade" | "ledere-import" | "ledere-import-forhandsvisning";

const TODAY = osloToday();
const TOR = demoEmail("tor.helse");
const HELGE = demoEmail("helge.hansen");
const ULRIK = demoEmail("ulrik.utvikling");
const RITA = demoEmail("rita.rlg");
const NINA = demoEmail("nina.ny");
const ADA = demoEmail("ada.admin");

const HOME_UNIT = "Hjemmetjenesten sør";
const TRAINING_STEP = "Opplæringsprogram for leder før innføring";
const TRAINING_SESSION = "Opplæringsprogram før innføring, del 1–3";

/** A date as the app shows it in tables (formatDate / the date part of formatDateTime), e.g. «27. nov. 2026». */
function shownDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return new Intl.DateTimeFormat("nb-NO", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(Date.UTC(y!, m! - 1, d!));
}

browserSuite("Lean rollouts and training sessions in a real browser", ({ server, person, pageErrors, consoleErrors }) => {
  const scans = new Map<ScannedPage, AxeResult>();
  /** People signed in by an earlier test, reused by later ones. */
  const signedIn = new Map<string, { context: BrowserContext; page: Page }>();
  let homeUnitId: number | undefined;
  let earlySessionId: number | undefined;


  /** The person's signed-in page (JavaScript on), signing in through the mailbox the first time. */
  async function as(email: string): Promise<Page> {
    const known = signedIn.get(email);
    if (known) return known.page;
    const p = await person();
    await signIn(p.page, server.url, email);
    signedIn.set(email, p);
    return p.page;
  }

  /** axe scan + full-page screenshot of the page as it is now (all <details> opened first). */
  async function checkpoint(page: Page, name: ScannedPage, { openDetails = true } = {}) {
    await page.waitForLoadState("load");
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    if (openDetails) await openAllDetails(page);
    scans.set(name, await scanPage(page, name));
    await screenshot(page, `rollouts-${name}`);
  }

  /** The readiness-table row whose row header links to `unit`. */
  const unitRow = (scope: Page | Locator, unit: string) =>
    scope.locator("tbody tr").filter({ has: scope.locator("th[scope=row]").getByRole("link", { name: unit, exact: true }) });
  /** The text of the row's cell under the column header `column` (the row header counts as a cell). */
  async function cell(row: Locator, column: string): Promise<string> {
    const table = row.locator("xpath=ancestor::table[1]");
    const heads = await table.locator("thead th").allInnerTexts();
    const i = heads.findIndex((h) => h.trim() === column);
    if (i < 0) throw new Error(`No column «${column}» (have ${heads.join(" | ")})`);
    return (await row.locator("th, td").nth(i).innerText()).trim();
  }

  it(
    "rollout demo: the unit at risk becomes «Klar» once Helge's attendance at the training is recorded",
    async () => {
      // --- Tor sees «Hjemmetjenesten sør» at risk, and why -------------------------------------------
      const tor = await as(TOR);
      await open(tor, `${server.url}/innforing`);
      await tor.getByRole("heading", { level: 1, name: "Innføring av Lean" }).waitFor();
      await tor.locator("details.legend summary", { hasText: "Slik regnes status" }).waitFor();
      const row = unitRow(tor, HOME_UNIT);
      await expect(row.count(), `one row for ${HOME_UNIT}`).resolves.toBe(1);
      expect(await cell(row, "Status")).toBe("I faresonen");
      expect(await cell(row, "Dager igjen")).toBe("21 dager");
      expect(await cell(row, "Innføring")).toBe(shownDate(addDays(TODAY, 21)));
      expect(await cell(row, "Det som hindrer")).toContain(`Helge Hansen: «${TRAINING_STEP}» er forfalt`);
      const href = await row.getByRole("link", { name: HOME_UNIT }).getAttribute("href");
      expect(href).toMatch(/^\/innforing\/\d+$/);
      homeUnitId = Number(href!.split("/").pop());
      // A TOL may set rollout dates.
      await tor.getByRole("heading", { level: 2, name: "Sett innføringsdato" }).waitFor();
      await checkpoint(tor, "innforing-tol");

      await row.getByRole("link", { name: HOME_UNIT }).click();
      await tor.waitForURL(new RegExp(`/innforing/${homeUnitId}$`));
      await tor.getByRole("heading", { level: 1, name: `Innføring i ${HOME_UNIT}` }).waitFor();
      const main = await tor.locator("main").innerText();
      expect(main).toContain("I faresonen");
      expect(main).toContain(`Helge Hansen: «${TRAINING_STEP}» er forfalt`);
      await tor.getByRole("heading", { level: 2, name: "Endre innføringen" }).waitFor();
      await checkpoint(tor, "innforing-enhet");

      // --- Helge finds the session in three days and signs up ---------------------------------------
      const helge = await as(HELGE);
      await open(helge, `${server.url}/kurs`);
      await helge.getByRole("heading", { level: 1, name: "Kurs og tematimer" }).waitFor();
      expect(await helge.locator("main").innerText()).toContain("Kommende kurs som oppfyller steg du ikke har fullført.");
      const sessionRows = helge.locator("tbody tr").filter({ has: helge.getByRole("link", { name: TRAINING_SESSION, exact: true }) });
      await expect(sessionRows.count(), "both pre-rollout sessions fit Helge's open step").resolves.toBe(2);
      const early = sessionRows.filter({ hasText: shownDate(addDays(TODAY, 3)) });
      await expect(early.count(), "the session in three days is listed").resolves.toBe(1);
      expect(await early.innerText()).toContain("0 av 12");
      await expect(helge.getByRole("link", { name: "Nytt kurs" }).count(), "a leader does not organise").resolves.toBe(0);
      await checkpoint(helge, "kurs-leder");

      await early.getByRole("link", { name: TRAINING_SESSION }).click();
      await helge.waitForURL(/\/kurs\/\d+$/);
      earlySessionId = Number(new URL(helge.url()).pathname.split("/").pop());
      await helge.getByRole("heading", { level: 1, name: TRAINING_SESSION }).waitFor();
      expect(await helge.locator("dl.kv").innerText()).toContain(TRAINING_STEP);
      await expect(helge.getByRole("heading", { name: "Deltakere" }).count(), "a leader does not see the participants").resolves.toBe(0);
      await helge.getByRole("button", { name: "Meld meg på", exact: true }).click();
      await flash(helge, "Du er påmeldt. Invitasjonen er sendt på e-post.").waitFor();
      await helge.getByRole("button", { name: "Meld meg av", exact: true }).waitFor();
      expect(await helge.locator("dl.kv").innerText()).toContain("1 av 12");
      await checkpoint(helge, "kurs-okt-leder");

      // --- The invitation is in the mailbox ---------------------------------------------------------
      await open(helge, `${server.url}/postkasse`);
      await helge.getByLabel("Filtrer på mottaker").fill(HELGE);
      await helge.getByRole("button", { name: "Filtrer", exact: true }).click();
      await helge.waitForURL((u) => u.searchParams.get("til") === HELGE);
      const invitation = helge.locator("tbody tr").filter({ has: helge.locator("th[scope=row]", { hasText: /^Påmeldt: / }) });
      await expect(invitation.count(), "one «Påmeldt:» mail to Helge").resolves.toBe(1);
      expect(await invitation.locator("th[scope=row]").innerText()).toContain(TRAINING_SESSION);
      await checkpoint(helge, "postkasse-pamelding");
      await invitation.getByRole("link").click();
      await helge.waitForURL(/\/postkasse\/\d+$/);
      await helge.getByRole("heading", { level: 1, name: `E-post til ${HELGE}` }).waitFor();
      const mail = await helge.locator(".mail-text").innerText();
      expect(mail).toContain(`Du er påmeldt «${TRAINING_SESSION}»`);
      expect(mail).toContain("Rådhuset, møterom Fjorden");
      expect(mail, "the mail links back to the session").toContain(`/kurs/${earlySessionId}`);
      await checkpoint(helge, "postkasse-pamelding-melding");

      // --- Ulrik records the attendance -------------------------------------------------------------
      const ulrik = await as(ULRIK);
      await open(ulrik, `${server.url}/kurs`);
      await ulrik.getByRole("link", { name: "Nytt kurs" }).waitFor();
      const organiserRow = ulrik.locator("tbody tr").filter({ has: ulrik.locator(`a[href="/kurs/${earlySessionId}"]`) });
      expect(await organiserRow.innerText()).toContain("1 av 12");
      await checkpoint(ulrik, "kurs-arrangor");
      await organiserRow.getByRole("link", { name: TRAINING_SESSION }).click();
      await ulrik.waitForURL(new RegExp(`/kurs/${earlySessionId}$`));
      await ulrik.getByRole("heading", { level: 2, name: "Deltakere" }).waitFor();
      // The session in three days has not happened: its sign-ups are listed, attendance waits for its start.
      expect(await ulrik.locator("main").innerText()).toContain("Oppmøte kan registreres fra kurset starter");
      await ulrik.getByRole("heading", { level: 3, name: "Påmeldte" }).waitFor();
      expect(await ulrik.locator("main").innerText()).toContain("Helge Hansen");
      await expect(ulrik.getByRole("group", { name: "Møtte" }).count(), "no attendance before the start").resolves.toBe(0);
      await ulrik.getByRole("heading", { level: 2, name: "Endre kurset" }).waitFor();
      await ulrik.getByRole("button", { name: "Avlys kurset" }).waitFor();
      await checkpoint(ulrik, "kurs-okt-arrangor");

      // Yesterday's session, which Helge took part in, is where his attendance is recorded.
      await open(ulrik, `${server.url}/kurs`);
      const yesterdayRow = ulrik
        .locator("tbody tr")
        .filter({ has: ulrik.getByRole("link", { name: TRAINING_SESSION, exact: true }) })
        .filter({ hasText: shownDate(addDays(TODAY, -1)) });
      await expect(yesterdayRow.count(), "yesterday's session is in the organiser's list").resolves.toBe(1);
      await yesterdayRow.getByRole("link", { name: TRAINING_SESSION }).click();
      await ulrik.waitForURL(/\/kurs\/\d+$/);
      const attended = ulrik.getByRole("group", { name: "Møtte" });
      const helgeBox = attended.getByRole("checkbox", { name: /Helge Hansen/ });
      await expect(helgeBox.isChecked()).resolves.toBe(false);
      await checkpoint(ulrik, "kurs-okt-arrangor-gjennomfort");
      await helgeBox.check();
      await ulrik.getByRole("button", { name: "Lagre oppmøte" }).click();
      await flash(ulrik, "Oppmøtet er lagret; 1 steg ble fullført.").waitFor();
      await expect(ulrik.getByRole("group", { name: "Møtte" }).getByRole("checkbox", { name: /Helge Hansen/ }).isChecked()).resolves.toBe(true);

      // --- Tor reloads: the unit is ready -----------------------------------------------------------
      await open(tor, `${server.url}/innforing`);
      const after = unitRow(tor, HOME_UNIT);
      expect(await cell(after, "Status"), `${HOME_UNIT} after the attendance`).toBe("Klar");
      expect(await cell(after, "Det som hindrer")).not.toContain("Helge Hansen");
    },
    60_000,
  );

  it(
    "the executive group sees every service area and the chart, and gets «Ingen tilgang» on /ledere/ny",
    async () => {
      const rita = await as(RITA);
      await open(rita, `${server.url}/innforing`);
      await rita.getByRole("heading", { level: 1, name: "Innføring av Lean" }).waitFor();
      const chart = rita.getByRole("img", { name: /Beredskap for kommende innføringer/ });
      await expect(chart.count(), "the readiness chart").resolves.toBe(1);
      // The chart's figures are in a table too.
      await rita.locator("figure.chart details summary").click();
      const chartTable = rita.locator("figure.chart details table");
      await chartTable.waitFor();
      expect(await chartTable.locator("thead").innerText()).toMatch(/Måned[\s\S]*Klar[\s\S]*I rute[\s\S]*I faresonen[\s\S]*Ikke klar/);
      // One row per service area, by state, each linking to the area's own page.
      const areaTable = rita.locator("table").filter({ has: rita.getByRole("columnheader", { name: "Tjenesteområde" }) });
      const areaNames = await areaTable.locator("tbody th[scope=row]").allInnerTexts();
      // Every service area, with a rollout or not (Stab og støtte has none).
      expect(areaNames.map((h) => h.trim()).sort()).toEqual(["Helse og omsorg", "Kultur og fritid", "Oppvekst", "Stab og støtte", "Teknisk drift"]);
      const health = areaTable.locator("tbody tr").filter({ has: rita.getByRole("link", { name: "Helse og omsorg", exact: true }) });
      expect(await cell(health, "Enheter med innføring")).toBe("2");
      expect(await cell(health, "Neste innføring")).toBe(shownDate(addDays(TODAY, 21)));
      await expect(unitRow(rita, "Legevakta").count(), "units are listed one area at a time").resolves.toBe(0);
      await expect(rita.getByRole("heading", { name: "Sett innføringsdato" }).count(), "the executive group reads, does not set dates").resolves.toBe(0);
      await checkpoint(rita, "innforing-rlg");

      // Keyboard only: to the area and back.
      const healthLink = health.getByRole("link", { name: "Helse og omsorg", exact: true });
      await healthLink.focus();
      await rita.keyboard.press("Enter");
      await rita.waitForURL(/\/innforing\?omrade=\d+$/);
      await rita.getByRole("heading", { level: 1, name: "Innføring av Lean i Helse og omsorg" }).waitFor();
      for (const [unit, status] of [
        ["Legevakta", "60 dager"],
        ["Hjemmetjenesten sør", "21 dager"],
      ] as const) {
        const r = unitRow(rita, unit);
        await expect(r.count(), `${unit} is listed`).resolves.toBe(1);
        expect(await cell(r, "Dager igjen"), `${unit}: days left`).toBe(status);
      }
      await expect(unitRow(rita, "Nordby skole").count(), "another area's unit is not").resolves.toBe(0);
      await checkpoint(rita, "innforing-rlg-omrade");
      await rita.getByRole("link", { name: "Alle tjenesteområder" }).click();
      await rita.waitForURL(/\/innforing$/);

      const res = await open(rita, `${server.url}/ledere/ny`);
      expect(res?.status()).toBe(403);
      await rita.getByRole("heading", { level: 1, name: "Ingen tilgang" }).waitFor();
      await expect(rita.getByLabel("Fullt navn").count(), "no form behind the 403").resolves.toBe(0);
      await checkpoint(rita, "ingen-tilgang");
    },
    30_000,
  );

  it(
    "the development unit creates a session; end before start is refused in the browser and by the server",
    async () => {
      const ulrik = await as(ULRIK);
      const date = addDays(TODAY, 20);
      const title = "Tematime: flyt og verdistrøm";
      const step = "Opplæringsprogram for leder før innføring (Opplæring før innføring av Lean)";

      async function fillForm(page: Page, { start, end }: { start: string; end: string }) {
        await page.getByLabel("Tittel").fill(title);
        await page.getByLabel("Beskrivelse").fill("Vi tegner verdistrømmen for en tjeneste sammen.");
        await page.getByLabel("Dato").fill(date);
        await page.getByLabel("Start (tt:mm)").fill(start);
        await page.getByLabel("Slutt (tt:mm)").fill(end);
        await page.getByLabel("Sted").fill("Rådhuset, møterom Fjorden");
        await page.getByLabel("Antall plasser").fill("15");
        await page.getByRole("group", { name: "Steg kurset oppfyller" }).getByRole("checkbox", { name: step }).check();
      }

      await open(ulrik, `${server.url}/kurs`);
      await ulrik.getByRole("link", { name: "Nytt kurs" }).click();
      await ulrik.waitForURL(/\/kurs\/ny$/);
      await ulrik.getByRole("heading", { level: 1, name: "Nytt kurs" }).waitFor();
      await checkpoint(ulrik, "kurs-ny");

      // JavaScript on: the message comes at once, before any request.
      const posts: string[] = [];
      const onRequest = (r: { method(): string; url(): string }) => r.method() === "POST" && posts.push(r.url());
      ulrik.on("request", onRequest);
      await fillForm(ulrik, { start: "14:00", end: "13:00" });
      // Back into «Slutt» and on to «Sted» (with the mouse: Tab in a time field moves from the hours
      // to the minutes): the field is checked as it is left.
      await ulrik.getByLabel("Slutt (tt:mm)").click();
      await ulrik.getByLabel("Sted").click();
      const endError = ulrik.locator("#f-endTime-err");
      await endError.waitFor({ timeout: 3_000 });
      expect(await endError.innerText()).toBe("Slutt må være etter start.");
      expect(await ulrik.getByLabel("Slutt (tt:mm)").getAttribute("aria-invalid")).toBe("true");
      await ulrik.getByRole("button", { name: "Lagre kurset" }).click();
      await ulrik.locator(".ds-error-summary").waitFor();
      expect(await ulrik.locator(".ds-error-summary").innerText()).toContain("Slutt (tt:mm): Slutt må være etter start.");
      expect(ulrik.url()).toMatch(/\/kurs\/ny$/);
      expect(posts, "the browser refused the form without asking the server").toEqual([]);
      ulrik.off("request", onRequest);
      await checkpoint(ulrik, "kurs-ny-feil");

      // JavaScript off: the server says the same, at the same field.
      const { page: plain } = await person({ javaScriptEnabled: false, storageState: await signedIn.get(ULRIK)!.context.storageState() });
      await open(plain, `${server.url}/kurs/ny`);
      await fillForm(plain, { start: "14:00", end: "13:00" });
      const [response] = await Promise.all([
        plain.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/kurs/ny"),
        plain.getByRole("button", { name: "Lagre kurset" }).click(),
      ]);
      expect(response.status(), "the server refuses the form").toBe(400);
      await plain.waitForLoadState("load");
      expect(await plain.locator("#f-endTime-err").innerText()).toBe("Slutt må være etter start.");
      expect(await plain.locator(".ds-error-summary").innerText()).toContain("Slutt (tt:mm): Slutt må være etter start.");
      expect(await plain.getByLabel("Tittel").inputValue(), "what was typed is kept").toBe(title);
      expect(await plain.getByRole("checkbox", { name: step }).isChecked(), "the ticked step is kept").toBe(true);

      // Corrected (with JavaScript): saved, and listed on /kurs.
      await ulrik.getByLabel("Slutt (tt:mm)").fill("15:30");
      await ulrik.getByLabel("Sted").click();
      await endError.waitFor({ state: "detached" });
      await ulrik.getByRole("button", { name: "Lagre kurset" }).click();
      await ulrik.waitForURL(/\/kurs\/\d+$/);
      await flash(ulrik, "Kurset er opprettet.").waitFor();
      await ulrik.getByRole("heading", { level: 1, name: title }).waitFor();
      const details = await ulrik.locator("dl.kv").innerText();
      expect(details).toContain(`${shownDate(date)}, 14:00`);
      expect(details).toContain("15:30");
      expect(details).toContain("0 av 15");
      expect(details).toContain(TRAINING_STEP);
      await checkpoint(ulrik, "kurs-ny-lagret");
      const createdId = new URL(ulrik.url()).pathname.split("/").pop();
      await open(ulrik, `${server.url}/kurs`);
      const listed = ulrik.locator("tbody tr").filter({ has: ulrik.locator(`a[href="/kurs/${createdId}"]`) });
      await expect(listed.count(), "the new session is on /kurs").resolves.toBe(1);
      expect(await listed.innerText()).toContain(title);
      expect(await listed.innerText()).toContain("0 av 15");
    },
    45_000,
  );

  it(
    "new session, filled top to bottom with no step ticked yet: the browser gives the same messages as the server",
    async () => {
      const ulrik = await as(ULRIK);
      await open(ulrik, `${server.url}/kurs/ny`);
      await ulrik.getByLabel("Tittel").fill("Tematime: standardisert arbeid");
      await ulrik.getByLabel("Dato").fill(addDays(TODAY, 22));
      await ulrik.getByLabel("Start (tt:mm)").fill("14:00");
      await ulrik.getByLabel("Slutt (tt:mm)").fill("13:00");
      await ulrik.getByLabel("Sted").click(); // on to «Sted», not filled in yet; no step ticked
      await ulrik.waitForTimeout(300);
      const cause =
        "With no step ticked, react-hook-form hands the checkbox group «stepIds» to zod as `false`, not `[]`; " +
        "z.array fails with invalid_type, which aborts the object, so the end-after-start refine in sessionSchema " +
        "(app/validation/session.ts) is skipped and the steps get the generic fallback message. The server (which " +
        "gets [] from parseForm) reports both correctly.";
      expect.soft(await ulrik.locator("#f-endTime-err").count(), `leaving «Slutt» shows «Slutt må være etter start.». ${cause}`).toBe(1);
      // Leave «Sted» and let its message render before pressing the button (the message pushes the
      // button down; a click that starts while «Sted» has focus lands beside it).
      await ulrik.getByLabel("Sted").blur();
      await ulrik.locator("#f-location-err").waitFor({ timeout: 3_000 });
      await ulrik.getByRole("button", { name: "Lagre kurset" }).click();
      const summary = ulrik.locator(".ds-error-summary");
      await summary.waitFor({ timeout: 5_000 });
      const text = await summary.innerText();
      expect(ulrik.url(), "refused in the browser").toMatch(/\/kurs\/ny$/);
      expect.soft(text, `the summary lists the end time, as the server does. ${cause}`).toContain("Slutt (tt:mm): Slutt må være etter start.");
      expect.soft(text, `the steps' own message, as the server gives it. ${cause}`).toContain("Steg kurset oppfyller: Velg minst ett steg kurset oppfyller.");
    },
    20_000,
  );

  it(
    "a leader chooses the daily reminder summary on her profile, and the choice stays",
    async () => {
      const nina = await as(NINA);
      await open(nina, `${server.url}/profil`);
      await nina.getByRole("heading", { level: 1, name: "Min profil" }).waitFor();
      const mode = nina.getByLabel("Påminnelser");
      expect(await mode.locator("option:checked").innerText()).toBe("Én e-post per påminnelse (før frist, på fristdagen og etter)");
      expect(await nina.getByLabel("Språk i e-post").locator("option:checked").innerText()).toBeTruthy();
      await checkpoint(nina, "profil");
      await mode.selectOption({ label: "Én daglig oppsummering av stegene mine, kl. 08 på arbeidsdager" });
      await nina.getByRole("button", { name: "Lagre", exact: true }).click();
      await flash(nina, "Endringene er lagret.").waitFor();
      await nina.reload();
      await waitForHydration(nina);
      expect(await nina.getByLabel("Påminnelser").inputValue()).toBe("daily");
      expect(await nina.getByLabel("Påminnelser").locator("option:checked").innerText()).toBe("Én daglig oppsummering av stegene mine, kl. 08 på arbeidsdager");
      await expect(flash(nina, "Endringene er lagret.").count(), "the flash is shown once").resolves.toBe(0);
    },
    30_000,
  );

  it(
    "a TOL sets the rollout date for a unit without one (the app's scripts blocked) and lands on the unit's page",
    async () => {
      const unit = "Solbakken sykehjem";
      const date = addDays(TODAY, 90);
      const { page } = await person({ storageState: await signedIn.get(TOR)!.context.storageState() }, { appScripts: false });
      await open(page, `${server.url}/innforing`);
      await expect(unitRow(page, unit).count(), `${unit} has no rollout yet`).resolves.toBe(0);
      const form = page.locator("section").filter({ has: page.getByRole("heading", { name: "Sett innføringsdato" }) });
      const unitSelect = form.getByLabel("Enhet");
      const offered = await unitSelect.locator("option").allInnerTexts();
      expect(offered, "Tor can only choose his own area's units").toContain(unit);
      expect(offered).not.toContain("Nordby skole");

      // The server checks too: no unit chosen.
      await form.getByLabel("Innføringsdato").fill(date);
      await form.getByRole("button", { name: "Lagre innføring" }).click();
      await page.waitForLoadState("load");
      const summary = page.locator(".ds-error-summary");
      await summary.waitFor();
      expect(await summary.innerText()).toMatch(/Enhet: /);
      expect(await page.locator("#f-unitId").getAttribute("aria-invalid")).toBe("true");
      await checkpoint(page, "innforing-sett-dato-feil");

      await form.getByLabel("Enhet").selectOption({ label: unit });
      await form.getByLabel("Innføringsdato").fill(date);
      await form.getByLabel("Veiledningsperiode (måneder, fra veilederkontrakten)").fill("9");
      await form.getByRole("button", { name: "Lagre innføring" }).click();
      await page.waitForURL(/\/innforing\/\d+$/);
      await flash(page, "Innføringen er lagret.").waitFor();
      expect(await flash(page, "Innføringen er lagret.").innerText()).toMatch(/Innføringen er lagret\. \d+ ledere fikk opplæringsløpet, \d+ frister ble flyttet\./);
      await page.getByRole("heading", { level: 1, name: `Innføring i ${unit}` }).waitFor();
      const main = await page.locator("main").innerText();
      expect(main).toContain(shownDate(date));
      expect(main).toContain("90 dager");
      expect(main).toContain("Veiledningsperiode: 9 måneder");
      await checkpoint(page, "innforing-ny-enhet");

      await open(page, `${server.url}/innforing`);
      const row = unitRow(page, unit);
      await expect(row.count(), `${unit} is now on /innforing`).resolves.toBe(1);
      expect(await cell(row, "Dager igjen")).toBe("90 dager");
    },
    30_000,
  );

  it(
    "admin: the template step form has the reminder policy fieldset",
    async () => {
      const ada = await as(ADA);
      await open(ada, `${server.url}/maler`);
      await ada.getByRole("link", { name: "Opplæring før innføring av Lean" }).click();
      await ada.waitForURL(/\/maler\/\d+$/);
      await ada.getByRole("heading", { level: 1, name: "Opplæring før innføring av Lean" }).waitFor();
      const policy = ada.locator("#step-form-section").getByRole("group", { name: "Påminnelser" });
      await policy.waitFor();
      for (const label of [
        "Dager før fristen (0 = ingen)",
        "Deretter hver N. dag på overtid (0 = ingen)",
        "Høyst så mange påminnelser på overtid",
        "Varsle tjenesteområdeleder etter så mange dager på overtid (tom = aldri)",
      ]) {
        await expect(policy.getByLabel(label, { exact: true }).count(), `«${label}»`).resolves.toBe(1);
      }
      await expect(policy.getByRole("checkbox", { name: "Påminnelse på fristdagen" }).isChecked()).resolves.toBe(true);
      await policy.scrollIntoViewIfNeeded();
      await checkpoint(ada, "mal-paminnelser");
    },
    30_000,
  );

  it.runIf(HAS_REPORTS)(
    "reports: the municipality, one service area and the CSV download",
    async () => {
      const rita = await as(RITA);
      await open(rita, `${server.url}/rapporter`);
      await rita.getByRole("heading", { level: 1, name: "Rapport for kommunen" }).waitFor();
      await rita.getByRole("heading", { level: 2, name: "Per tjenesteområde" }).waitFor();
      await checkpoint(rita, "rapporter");
      const csvLink = rita.getByRole("link", { name: "Last ned CSV med alle ledere" });
      expect(await csvLink.getAttribute("href")).toBe("/rapporter/csv");
      const [download] = await Promise.all([rita.waitForEvent("download"), csvLink.click()]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      const csv = await rita.context().request.get(`${server.url}/rapporter/csv`);
      expect(csv.status()).toBe(200);
      expect(csv.headers()["content-type"]).toContain("text/csv");
      expect(await csv.text()).toContain("Helge Hansen");

      await rita.getByRole("table", { name: "Per tjenesteområde" }).getByRole("link", { name: "Helse og omsorg", exact: true }).click();
      await rita.waitForURL(/\/rapporter\/\d+$/);
      await rita.getByRole("heading", { level: 1, name: "Rapport for Helse og omsorg" }).waitFor();
      expect(await rita.locator("main").innerText()).toContain("Helge Hansen");
      expect(await rita.getByRole("link", { name: "Last ned CSV med alle ledere" }).getAttribute("href")).toMatch(/^\/rapporter\/csv\?omrade=\d+$/);
      // On an area's report, the municipality is a link away and the other areas a choice away.
      const areaNav = rita.getByRole("navigation", { name: "Rapport for tjenesteområde" });
      await expect(areaNav.getByRole("link", { name: "Hele kommunen" }).count()).resolves.toBe(1);
      const chooser = areaNav.getByLabel("Tjenesteområde");
      expect(await chooser.locator("option:checked").innerText()).toBe("Helse og omsorg");
      await checkpoint(rita, "rapporter-omrade");
      await chooser.selectOption({ label: "Oppvekst" });
      await areaNav.getByRole("button", { name: "Vis" }).click();
      await rita.getByRole("heading", { level: 1, name: "Rapport for Oppvekst" }).waitFor();
      expect(rita.url()).toMatch(/\/rapporter\/\d+$/);
    },
    30_000,
  );

  it.runIf(HAS_IMPORT)(
    "leader import: upload a CSV, see the preview, import",
    async () => {
      const ada = await as(ADA);
      await open(ada, `${server.url}/ledere/import`);
      await ada.getByRole("heading", { level: 1, name: "Importer ledere" }).waitFor();
      await checkpoint(ada, "ledere-import");
      const start = addDays(TODAY, 14);
      const csv = [
        "navn;e-post;enhet;stilling;startdato",
        `Ingrid Import;${demoEmail("ingrid.import")};Solbakken sykehjem;avdelingsleder;${start}`,
        `Feil Rad;ikke-en-epost;Finnes ikke;fagleder;${start}`,
      ].join("\n");
      await ada.locator("section[aria-labelledby=upload-title]").getByLabel("CSV-fil").setInputFiles({ name: "ledere.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
      await ada.getByRole("button", { name: "Vis forhåndsvisning" }).click();
      await ada.getByRole("heading", { level: 2, name: "Forhåndsvisning" }).waitFor();
      expect(await ada.locator("p[role=status]").innerText()).toBe("2 rader i filen: 1 kan importeres, 1 har feil.");
      expect(await ada.locator("table.import-preview").innerText()).toContain("Enheten «Finnes ikke» finnes ikke.");
      await checkpoint(ada, "ledere-import-forhandsvisning");
      await ada.getByRole("button", { name: "Importer 1 gyldig rad" }).click();
      await ada.waitForURL(/\/ledere$/);
      await flash(ada, "Ledere importert: 1. Rader med feil, ikke importert: 1.").waitFor();
    },
    30_000,
  );

  describe("axe-core (WCAG 2.1 A/AA) on every page these journeys visit", () => {
    it.each(SCANNED_PAGES)("%s", (name) => {
      const result = scans.get(name);
      expect(result, `«${name}» was not scanned: the journey that visits it failed before reaching it`).toBeDefined();
      expect(result!.passes, `axe checked no rules on «${name}»`).toBeGreaterThan(0);
      expect(result!.violations, formatViolations(result!)).toEqual([]);
    });
  });

  it("the server logged no errors", () => {
    const errors = server.output().split("\n").filter((l) => /error|exception|unhandled/i.test(l));
    expect(errors, `server output:\n${server.output()}`).toEqual([]);
  });

  it("no JavaScript errors in the browser on any page (uncaught or logged)", () => {
    const all = [...pageErrors.map((e) => `uncaught: ${e}`), ...consoleErrors.map((e) => `console.error: ${e}`)];
    expect(all, `JavaScript errors in the browser:\n${all.join("\n")}`).toEqual([]);
  });
});
