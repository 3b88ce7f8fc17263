// «Sletting» in a real browser: reached from «Personer», axe (WCAG 2.1 A/AA) at 390 and 1280 px, with
// the hold form's field message shown by the browser (JavaScript) and by the server (without), then
// a hold placed and released.
import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { openDatabase } from "../../db/client.server";
import { addDaysToDate, addMonthsToDate, osloDate } from "~/utils/dates";
import { osloInstant } from "~/utils/oslo-instant";
import { browserSuite, demoEmail, flash, formatViolations, open, openAllDetails, scanPage, screenshot, signIn } from "./browser";

const WIDTHS = [390, 1280] as const;

browserSuite("«Sletting» in a real browser", ({ server, person, pageErrors, consoleErrors }) => {
  beforeAll(async () => {
    // Two demo leaders left: one is due in ten days, the other is held already.
    const db = openDatabase(server.databaseUrl);
    try {
      const today = osloDate();
      const leftFor = (days: number) => osloInstant(addMonthsToDate(addDaysToDate(today, days), -24), "12:00").toISOString();
      const leaders = await db.selectFrom("person").innerJoin("person_role as r", "r.person_id", "person.id").select(["person.id", "person.name"]).where("r.role", "=", "leader").where("person.unit_id", "is not", null).orderBy("person.id").limit(2).execute();
      await db.updateTable("person").set({ active: 0, left_at: leftFor(10) }).where("id", "=", leaders[0]!.id).execute();
      await db.updateTable("person").set({ active: 0, left_at: leftFor(-40), retention_hold: "Tvist om sluttoppgjør" }).where("id", "=", leaders[1]!.id).execute();
      names = leaders.map((l) => l.name);
    } finally {
      await db.destroy();
    }
  }, 60_000);
  let names: string[] = [];

  const clean = async (page: Page, name: string) => {
    await openAllDetails(page);
    const result = await scanPage(page, name);
    await screenshot(page, `retention-${name}`);
    expect(result.passes).toBeGreaterThan(0);
    expect(result.violations, formatViolations(result)).toEqual([]);
  };

  for (const width of WIDTHS) {
    it(`at ${width} px: reached from «Personer», lists the due and the held, the browser's field message, no axe violations`, async () => {
      const { page } = await person({ viewport: { width, height: width === 390 ? 844 : 800 } });
      await signIn(page, server.url, demoEmail("ada.admin"));
      await open(page, `${server.url}/personer`);
      await page.getByRole("link", { name: /^Sletting etter fratreden/ }).click();
      await page.getByRole("heading", { level: 1, name: "Sletting etter fratreden" }).waitFor();
      await expect(page.getByRole("rowheader", { name: names[0] }).count()).resolves.toBe(1);
      await expect(page.getByRole("cell", { name: "Tvist om sluttoppgjør" }).count()).resolves.toBe(1);
      // The tables scroll in their own frames; the page itself never sideways (WCAG 1.4.10).
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(width);
      await clean(page, `${width}`);
      // With JavaScript the form says what is missing before anything is sent (the scan opened the form).
      await page.getByRole("button", { name: "Hold tilbake", exact: true }).first().click();
      await page.getByText("Skriv hvorfor personen holdes tilbake.").first().waitFor();
      await expect(page.getByLabel(`Hvorfor holdes ${names[0]} tilbake?`).getAttribute("aria-invalid")).resolves.toBe("true");
      await clean(page, `${width}-error`);
    }, 60_000);
  }

  it("without JavaScript the server gives the field message; then a hold is placed and released", async () => {
    const { page } = await person({ viewport: { width: 390, height: 844 } }, { appScripts: false });
    await signIn(page, server.url, demoEmail("ada.admin"));
    await open(page, `${server.url}/personer/sletting`);
    await page.getByText("Hold tilbake …").first().click();
    await page.getByRole("button", { name: "Hold tilbake", exact: true }).first().click();
    await page.getByText("Skriv hvorfor personen holdes tilbake.").waitFor();
    await clean(page, "no-js-error");
    const reason = page.getByLabel(`Hvorfor holdes ${names[0]} tilbake?`);
    await reason.fill("Innsynskrav fra advokat");
    await page.getByRole("button", { name: "Hold tilbake", exact: true }).first().click();
    await flash(page, "Personen holdes tilbake og anonymiseres ikke før du opphever det.").waitFor();
    await expect(page.getByRole("cell", { name: "Innsynskrav fra advokat" }).count()).resolves.toBe(1);
    await page.getByRole("button", { name: `Opphev for ${names[0]}` }).click();
    await flash(page, "Tilbakeholdet er opphevet.").waitFor();
    await expect(page.getByRole("cell", { name: "Innsynskrav fra advokat" }).count()).resolves.toBe(0);
  }, 60_000);

  it("a person's own page shows when they are anonymised and holds it there too; no axe violations", async () => {
    const { page } = await person({ viewport: { width: 390, height: 844 } });
    await signIn(page, server.url, demoEmail("ada.admin"));
    await open(page, `${server.url}/personer`);
    await page.getByRole("link", { name: names[0] }).click();
    await page.getByText(/^Sluttet .* Anonymiseres .*, med mindre du holder det tilbake\.$/).waitFor();
    await page.getByRole("button", { name: "Hold tilbake", exact: true }).click();
    await page.getByText("Skriv hvorfor personen holdes tilbake.").waitFor();
    await clean(page, "person-error");
    await page.getByLabel("Hvorfor holdes anonymiseringen tilbake?").fill("Tvist");
    await page.getByRole("button", { name: "Hold tilbake", exact: true }).click();
    await page.getByText(/holdes tilbake: Tvist$/).waitFor();
    await clean(page, "person-held");
  }, 60_000);

  it("no JavaScript errors on the way", () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
