// «Årshjul» and the calendar feed in a real Chromium on a fresh demo database. Rita (executive
// group) opens the year, filters it without JavaScript, and the page reflows at 320 px; the page and
// «Min profil» with a new feed address are scanned with axe at 390 and 1280 px in bokmål, nynorsk
// and English (the menu walk in widths/languages covers the plain pages; these states are our own).
// Helge makes his feed address and his calendar program fetches it: his signed-up forum is in it.
import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { navFor } from "~/access/menu";
import { browserSuite, chooseLanguage, demoEmail, formatViolations, LOCALES, open, scanPage, signIn } from "./browser";

const RITA = demoEmail("rita.rlg");
const HELGE = demoEmail("helge.hansen");

browserSuite("«Årshjul» and the calendar feed in a real browser", ({ server, person, pageErrors, consoleErrors }) => {
  let rita: Page;

  beforeAll(async () => {
    ({ page: rita } = await person({ viewport: { width: 1280, height: 800 } }));
    await signIn(rita, server.url, RITA);
  }, 90_000);

  it("is in the menu of those who read it, so the width and language walks include it", () => {
    for (const roles of [["rlg"], ["hr"], ["tol"], ["development_unit"], ["admin"]] as const) expect(navFor(roles).map((n) => n.to)).toContain("/arshjul");
    expect(navFor(["leader"]).map((n) => n.to)).not.toContain("/arshjul");
    expect(navFor(["rlg"]).map((n) => n.to)).toContain("/profil");
  });

  it("Rita opens the year from the menu: twelve months, the forums, a revision and the report dates, and the same items in the table", async () => {
    await open(rita, `${server.url}/innforing`);
    await rita.getByRole("link", { name: "Årshjul", exact: true }).click();
    await rita.getByRole("heading", { level: 1, name: /^Årshjul \d{4}$/ }).waitFor();
    const months = rita.locator(".year-months > li");
    expect(await months.count()).toBe(12);
    const main = await rita.locator("main").innerText();
    for (const text of ["Lean lederforum", "Lederavtalesesongen", "Øyeblikksbilde for rapport", "Frist kvartalsrapport"]) expect(main).toContain(text);
    const monthItems = await rita.locator(".month-items > li").count();
    const rows = await rita.locator(".wheel-table tbody tr").count();
    expect(rows).toBe(monthItems);
    expect(await rita.locator(".wheel-table caption").innerText()).toMatch(/^Alle datoer i årshjulet for \d{4}$/);
  }, 60_000);

  it("without JavaScript: next year by a link, then only the half-year revisions of one area", async () => {
    const { page } = await person({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    await signIn(page, server.url, RITA);
    await open(page, `${server.url}/arshjul`);
    const year = Number((await page.getByRole("heading", { level: 1 }).innerText()).slice(-4));
    await page.getByRole("link", { name: `Neste år (${year + 1})` }).click();
    await page.getByRole("heading", { level: 1, name: `Årshjul ${year + 1}` }).waitFor();
    await page.getByLabel("Tjenesteområde").selectOption({ label: "Kultur og fritid" });
    for (const kind of ["Fiskebeinsanalyse", "Innføring", "Lean lederforum", "Tematime", "Lederavtaler", "Rapportering"]) await page.getByLabel(kind, { exact: true }).uncheck();
    await page.getByRole("button", { name: "Vis" }).click();
    await page.waitForURL(/type=revision/);
    const kinds = await page.locator(".wheel-table tbody tr td:nth-child(3)").allInnerTexts();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(["Halvårlig revisjon"]));
    expect(await page.locator(".wheel-table tbody").innerText()).toContain("Kultur og fritid");
    expect(await page.locator(".wheel-table tbody").innerText()).not.toContain("Helse og omsorg");
  }, 60_000);

  it("reflows at 320 px: one column of months, nothing wider than the screen", async () => {
    const { page } = await person({ viewport: { width: 320, height: 640 } });
    await signIn(page, server.url, RITA);
    await open(page, `${server.url}/arshjul`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const lefts = await page.locator(".year-months > li").evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().left))).size);
    expect(lefts).toBe(1);
  }, 60_000);

  it("prints: filters and year links are left off the paper, the months and the table are kept", async () => {
    await open(rita, `${server.url}/arshjul`);
    await rita.emulateMedia({ media: "print" });
    expect(await rita.locator(".wheel-filters").isVisible()).toBe(false);
    expect(await rita.locator(".year-nav").isVisible()).toBe(false);
    expect(await rita.locator(".year-months").isVisible()).toBe(true);
    expect(await rita.locator(".wheel-table table").isVisible()).toBe(true);
    await rita.emulateMedia({ media: "screen" });
  }, 60_000);

  it("Helge makes his feed address on «Min profil», and his calendar fetches his forum from it", async () => {
    const { page } = await person();
    await signIn(page, server.url, HELGE);
    await open(page, `${server.url}/profil`);
    await page.getByRole("button", { name: "Lag kalenderadresse" }).click();
    const address = await page.getByLabel("Kalenderadresse (.ics)").inputValue();
    expect(address).toMatch(/\/kalender\/[\w-]{43}\.ics$/);
    // A calendar program sends no cookie.
    const res = await fetch(address.replace(/^https?:\/\/[^/]+/, server.url));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await res.text();
    expect(text).toContain("SUMMARY:Lean lederforum");
    await open(page, `${server.url}/profil`);
    expect(await page.getByLabel("Kalenderadresse (.ics)").count()).toBe(0);
    await expect(page.getByRole("button", { name: "Lag ny adresse (den gamle slutter å virke)" }).isVisible()).resolves.toBe(true);
  }, 60_000);

  for (const locale of LOCALES) {
    for (const width of [390, 1280]) {
      it(`${locale} at ${width} px: «Årshjul» filtered and «Min profil» with a new address pass axe and fit the screen`, async () => {
        await rita.setViewportSize({ width, height: 844 });
        await open(rita, `${server.url}/arshjul?type=revision&type=leader_forum`);
        await chooseLanguage(rita, locale);
        let scan = await scanPage(rita, `arshjul-${locale}-${width}`);
        expect(scan.passes).toBeGreaterThan(10);
        expect(scan.violations, formatViolations(scan)).toEqual([]);
        expect(await rita.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

        await open(rita, `${server.url}/profil`);
        await rita.locator("#feed-title").locator("xpath=..").locator("form").first().getByRole("button").click();
        await rita.locator("#feed-url").waitFor();
        scan = await scanPage(rita, `profil-feed-${locale}-${width}`);
        expect(scan.violations, formatViolations(scan)).toEqual([]);
        expect(await rita.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      }, 60_000);
    }
  }

  it("no page errors or console errors along the way", () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
