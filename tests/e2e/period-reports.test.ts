// Period report packs in a real Chromium on a fresh demo database (which reconstructs its four past
// quarters at start): Rita (RLG) goes from «Rapporter» to «Periodrapporter», opens the last
// quarter and the year. The pages are outside the menu, so they are scanned here with axe at 390
// and 1280 px in bokmål, nynorsk and English; then the period's page is printed to PDF: A4, and
// every column inside the printable width.
import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { browserSuite, chooseLanguage, demoEmail, formatViolations, LOCALES, open, scanPage, signIn } from "./browser";
import { lastEndedQuarter } from "~/utils/periods";

const RITA = demoEmail("rita.rlg");
const quarter = lastEndedQuarter(new Date());
// The year pack the demo has for sure: the one before the last ended quarter's year, or that year if it has ended.
const year = quarter.quarter === 4 ? quarter.year : quarter.year - 1;

browserSuite("period report packs in a real browser", ({ server, person }) => {
  let page: Page;

  beforeAll(async () => {
    ({ page } = await person({ viewport: { width: 1280, height: 800 } }));
    await signIn(page, server.url, RITA);
  }, 90_000);

  it("from «Rapporter» to the last quarter: figures beside the previous quarter with the change in words, the trend as SVG and as a table", async () => {
    await open(page, `${server.url}/rapporter`);
    await page.getByRole("link", { name: /Periodrapporter/ }).click();
    await page.getByRole("heading", { level: 1, name: "Periodrapporter" }).waitFor();
    await page
      .getByRole("link", {
        name: `${quarter.quarter}. kvartal ${quarter.year}`,
      })
      .click();
    await page
      .getByRole("heading", {
        level: 1,
        name: `${quarter.quarter}. kvartal ${quarter.year} – kommunen`,
      })
      .waitFor();
    const main = page.locator("main");
    expect(await main.innerText()).toContain("Rekonstruert");
    const leaders = main.locator("table.period-figures tbody tr").filter({ hasText: "Aktive ledere ved periodens slutt" });
    // The demo's leaders came over the year: more now than a quarter ago, said with an arrow and words.
    expect(await leaders.locator("td").last().innerText()).toMatch(/^↑ Opp \d+$/);
    const chart = main.locator("svg.trend-chart");
    expect(await chart.getAttribute("role")).toBe("img");
    expect(await chart.locator("title").textContent()).toBe("Utvikling over periodene");
    expect(await chart.locator("desc").textContent()).toContain("introduksjonsløp");
    // Four quarters: four ticks on the x axis, four columns in the table of the same numbers.
    expect(await chart.locator("text.trend-tick").count()).toBe(4);
    const table = main.locator("table").filter({
      has: page.locator("caption", { hasText: "Tallene i diagrammet" }),
    });
    expect(await table.locator("thead th").count()).toBe(5);
  }, 60_000);

  it("from the quarter to the service areas side by side, and on to one area's units", async () => {
    await open(page, `${server.url}/rapporter/perioder/${quarter.key}`);
    await page.getByRole("link", { name: "Per tjenesteområde", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: `${quarter.quarter}. kvartal ${quarter.year}: tjenesteområdene side om side` }).waitFor();
    const areas = page.getByRole("table", { name: "Per tjenesteområde" });
    expect(await areas.locator("tbody tr").count()).toBeGreaterThan(1);
    await areas.getByRole("link", { name: "Helse og omsorg", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: `${quarter.quarter}. kvartal ${quarter.year} – Helse og omsorg: enhetene side om side` }).waitFor();
    expect(await page.getByRole("table", { name: "Per enhet" }).locator("tbody tr").count()).toBeGreaterThan(0);
    await page.getByRole("link", { name: `${quarter.quarter}. kvartal ${quarter.year} – Helse og omsorg`, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: `${quarter.quarter}. kvartal ${quarter.year} – Helse og omsorg` }).waitFor();
  }, 60_000);

  const pages = () => [
    ["perioder", `${server.url}/rapporter/perioder`],
    ["kvartal", `${server.url}/rapporter/perioder/${quarter.key}`],
    ["aar", `${server.url}/rapporter/perioder/${year}`],
    ["sammenligning", `${server.url}/rapporter/perioder/${quarter.key}/sammenligning`],
  ];

  for (const locale of LOCALES) {
    for (const width of [390, 1280]) {
      it(`${locale} at ${width} px: the list, the quarter, the year and the areas side by side pass axe, nothing wider than the screen`, async () => {
        await page.setViewportSize({ width, height: 844 });
        for (const [name, url] of pages()) {
          await open(page, url!);
          await chooseLanguage(page, locale);
          const scan = await scanPage(page, `periode-${name}-${locale}-${width}`);
          expect(scan.passes).toBeGreaterThan(10);
          expect(scan.violations, formatViolations(scan)).toEqual([]);
          expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(width);
        }
      }, 90_000);
    }
  }

  it("the admin's reconstruction form: a wrong quarter is named on the field; axe at both widths", async () => {
    const { page: admin } = await person({
      viewport: { width: 390, height: 844 },
    });
    await signIn(admin, server.url, demoEmail("ada.admin"));
    await open(admin, `${server.url}/rapporter/perioder`);
    await admin.getByLabel("Fra kvartal (for eksempel 2025-Q1)").fill("2025-Q5");
    await admin.getByRole("button", { name: "Rekonstruer" }).click();
    await admin.getByText("Skriv et kvartal som 2025-Q1").first().waitFor();
    for (const width of [390, 1280]) {
      await admin.setViewportSize({ width, height: 844 });
      const scan = await scanPage(admin, `periode-admin-${width}`);
      expect(scan.violations, formatViolations(scan)).toEqual([]);
    }
  }, 90_000);

  it("printed, the quarter, the year and the areas side by side fit A4: A4 pages, a few of them, and no column outside the printable width", async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await open(page, `${server.url}/rapporter/perioder`);
    await chooseLanguage(page, "nb");
    for (const url of [`${server.url}/rapporter/perioder/${quarter.key}`, `${server.url}/rapporter/perioder/${year}`, `${server.url}/rapporter/perioder/${quarter.key}/sammenligning`]) {
      await open(page, url);
      // The printable width of A4 with 15 mm margins: 180 mm = 680 CSS px.
      await page.setViewportSize({ width: 680, height: 1000 });
      await page.emulateMedia({ media: "print" });
      const widths = await page.evaluate(() => ({
        doc: document.documentElement.scrollWidth,
        widest: Math.max(...[...document.querySelectorAll("main table, main svg")].map((e) => e.getBoundingClientRect().right)),
      }));
      expect(widths.doc).toBeLessThanOrEqual(680);
      expect(widths.widest).toBeLessThanOrEqual(680);
      const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString("latin1");
      const sizes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
      const pageCount = (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      expect(pageCount).toBeGreaterThanOrEqual(1);
      expect(pageCount).toBeLessThanOrEqual(4);
      // A4 in points: 595 × 842.
      expect(new Set(sizes.map((s) => s.join("×")))).toEqual(new Set(["595×842"]));
      await page.emulateMedia({ media: "screen" });
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  }, 90_000);
});
