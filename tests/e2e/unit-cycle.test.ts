// A unit's Lean cycle in a real Chromium on a fresh demo database: Kari (TOL of «Kultur og fritid»)
// opens Kulturskolen, more than a year into Lean: its timeline has the fishbone analysis and two
// revisions, and the follow-up from the first revision is still open, carried on at the second.
// She records the third revision early, closing the follow-up. The unit's page is outside the
// menu, so it is scanned here with axe at 390 and 1280 px in bokmål, nynorsk and English; so are
// the fishbone categories' page (Ulrik, the development unit), the unit duties' reminder policies
// (Ada, admin) and «Mitt løp» of the leader who owns the follow-up. Last, Kari records that the unit ends its Lean work, and undoes it.
import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { openDatabase } from "../../db/client.server";
import { browserSuite, chooseLanguage, demoEmail, flash, formatViolations, LOCALES, open, osloToday, scanIn, scanPage, signIn } from "./browser";

const KARI = demoEmail("kari.kultur");
const UNIT = "Kulturskolen";
const FOLLOW_UP = "Måle ventetid på elevplass hver måned";

browserSuite("a unit's Lean cycle in a real browser", ({ server, person, pageErrors, consoleErrors }) => {
  let page: Page;
  let unitUrl = "";

  beforeAll(async () => {
    ({ page } = await person({ viewport: { width: 1280, height: 800 } }));
    await signIn(page, server.url, KARI);
  }, 90_000);

  it("from «Innføring» to the unit's page: the timeline, the analysis, and the follow-up carried on", async () => {
    await open(page, `${server.url}/innforing`);
    await page.getByRole("link", { name: UNIT, exact: true }).click();
    await page.getByRole("link", { name: "Enhetens Lean-forløp" }).click();
    await page.getByRole("heading", { level: 1, name: `Lean i ${UNIT}` }).waitFor();
    unitUrl = page.url();
    const main = await page.locator("main").innerText();
    for (const text of ["Halvårlig revisjon 1", "Halvårlig revisjon 2", "Halvårlig revisjon 3", "Fiskebeinsanalysen", "Utviklingsenheten trekker seg ut", "Tavlemøtene har ingen fast tid"]) {
      expect(main).toContain(text);
    }
    const row = page.locator("table").first().locator("tbody tr").filter({ hasText: FOLLOW_UP });
    expect(await row.innerText()).toContain("Videreført fra revisjon 2");
  }, 60_000);

  for (const locale of LOCALES) {
    for (const width of [390, 1280]) {
      it(`${locale} at ${width} px: no axe violations, nothing wider than the screen`, async () => {
        await scanIn(page, unitUrl, locale, width, "enhet");
      }, 60_000);
    }
  }

  it("the fishbone categories' page: Ulrik (development unit) finds it from «Lean i enhetene»; axe at 390 and 1280 px in every language", async () => {
    const { page: ulrik } = await person({ viewport: { width: 1280, height: 800 } });
    await signIn(ulrik, server.url, demoEmail("ulrik.utvikling"));
    await open(ulrik, `${server.url}/enheter`);
    await ulrik.getByRole("link", { name: "Kategorier i fiskebeinsanalysen" }).click();
    await ulrik.getByRole("heading", { level: 1, name: "Kategorier i fiskebeinsanalysen" }).waitFor();
    // Add one with JavaScript: an empty name is stopped on its field, then it is added.
    await ulrik.getByRole("button", { name: "Legg til kategori" }).click();
    await ulrik.locator("#add-name-err").waitFor();
    await ulrik.getByLabel("Navn", { exact: true }).fill("Ledelse");
    await ulrik.getByRole("button", { name: "Legg til kategori" }).click();
    await flash(ulrik, "Kategoriene er lagret.").waitFor();
    await ulrik.getByRole("button", { name: "Flytt Ledelse opp" }).waitFor();
    for (const locale of LOCALES) for (const width of [390, 1280]) await scanIn(ulrik, `${server.url}/enheter/kategorier`, locale, width, "kategorier");
  }, 180_000);

  it("the unit duties' reminder policies: Ada (admin) finds them under «Programmaler» and saves one; axe at 390 and 1280 px in every language", async () => {
    const { page: ada } = await person({ viewport: { width: 1280, height: 800 } });
    await signIn(ada, server.url, demoEmail("ada.admin"));
    await open(ada, `${server.url}/maler`);
    await ada.getByRole("link", { name: "Påminnelser for enhetenes plikter" }).click();
    await ada.getByRole("heading", { level: 1, name: "Påminnelser for enhetenes plikter" }).waitFor();
    const form = ada.locator("section").filter({ has: ada.getByRole("heading", { level: 2, name: "Halvårlige revisjoner" }) });
    await form.getByLabel("Dager før fristen (0 = ingen)").fill("400");
    await form.getByRole("button", { name: "Lagre påminnelsene" }).click();
    await form.locator("#revision-remindBeforeDays-err").waitFor();
    await form.getByLabel("Dager før fristen (0 = ingen)").fill("14");
    await form.getByRole("button", { name: "Lagre påminnelsene" }).click();
    await flash(ada, "Påminnelsene er lagret.").waitFor();
    for (const locale of LOCALES) for (const width of [390, 1280]) await scanIn(ada, `${server.url}/maler/enhetsplikter`, locale, width, "enhetsplikter");
    for (const width of [390, 1280]) await scanIn(ada, `${server.url}/maler`, "nb", width, "maler");
  }, 180_000);

  it("«Mitt løp» lists the follow-up its owner holds, with its unit; axe at 390 and 1280 px in every language", async () => {
    const db = openDatabase(server.databaseUrl);
    const owner = await db
      .selectFrom("unit_measure as m")
      .innerJoin("person", "person.id", "m.owner_id")
      .select("person.email")
      .where("m.title", "=", FOLLOW_UP)
      .executeTakeFirstOrThrow()
      .finally(() => db.destroy());
    const { page: leader } = await person({ viewport: { width: 1280, height: 800 } });
    await signIn(leader, server.url, owner.email);
    await open(leader, `${server.url}/mitt-lop`);
    const row = leader.locator(`section[aria-labelledby="my-measures"] tbody tr`).filter({ hasText: FOLLOW_UP });
    expect(await row.innerText()).toContain(UNIT);
    for (const locale of LOCALES) for (const width of [390, 1280]) await scanIn(leader, `${server.url}/mitt-lop`, locale, width, "mitt-lop");
  }, 180_000);

  it("a revision with errors says so on the fields; then Kari records the third revision and closes the follow-up", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, unitUrl);
    await chooseLanguage(page, "nb");
    const form = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Registrer halvårlig revisjon" }) });
    await form.getByLabel("Avvik 1: oppfølgingsområde").fill("Tavla er ikke oppdatert");
    await form.getByRole("button", { name: "Lagre revisjonen" }).click();
    await form.locator(".ds-error-summary").waitFor();
    const summary = await form.locator(".ds-error-summary").innerText();
    expect(summary).toContain("Dato for revisjonen");
    expect(summary).toContain("Rad 1: ansvarlig");
    const scan = await scanPage(page, "enhet-revisjon-feil");
    expect(scan.violations, formatViolations(scan)).toEqual([]);

    await form.getByLabel("Dato for revisjonen").fill(osloToday());
    await form.getByLabel("Rad 1: ansvarlig").selectOption({ label: "Kari Kulturås" });
    await form.getByLabel("Rad 1: frist").fill("2099-01-01");
    await form.getByLabel(new RegExp(`^${FOLLOW_UP}`)).check();
    await form.getByRole("button", { name: "Lagre revisjonen" }).click();
    await flash(page, "Revisjonen er lagret.").waitFor();
    const open_ = page.locator("table").first().locator("tbody");
    expect(await open_.innerText()).toContain("Tavla er ikke oppdatert");
    expect(await open_.innerText()).not.toContain(FOLLOW_UP);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 90_000);

  it("Kari records that Kulturskolen ends its Lean work (a missing reason is said on its field), then undoes it", async () => {
    await open(page, unitUrl);
    const form = page.locator("section").filter({ has: page.getByRole("heading", { level: 2, name: "Enheten avslutter Lean" }) });
    await form.getByLabel("Avsluttet dato").fill(osloToday());
    await form.getByRole("button", { name: "Registrer avslutning" }).click();
    await form.locator("#end-reason-err").waitFor();
    await form.getByLabel("Begrunnelse").fill("Slått sammen med Biblioteket");
    await form.getByRole("button", { name: "Registrer avslutning" }).click();
    await flash(page, "Avslutningen er registrert.").waitFor();
    expect(await page.locator("main").innerText()).toContain("Slått sammen med Biblioteket");
    const scan = await scanPage(page, "enhet-avsluttet");
    expect(scan.violations, formatViolations(scan)).toEqual([]);
    await page.getByRole("button", { name: "Angre avslutningen (feilregistrert eller gjenopptatt)" }).click();
    await flash(page, "Avslutningen er angret. Enheten arbeider med Lean igjen.").waitFor();
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  }, 90_000);
});
