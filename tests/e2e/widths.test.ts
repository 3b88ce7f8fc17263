// Every main page for every role, at phone width (390×844) and desktop width (1280×800): an axe
// scan (WCAG 2.1 AA) and a check that no control runs past the viewport or its card. The pages are
// the menu's own table (app/utils/nav.ts), so a page added to the menu is checked here too.
//
// One server and one browser; each role signs in once and walks its pages at both widths. The axe
// figures per width are written to test-results/widths-axe.json.
import { writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../db/schema";
import { navFor } from "~/access/menu";
import { browserSuite, demoEmail, osloToday, formatViolations, open, RESULTS_DIR, scanPage, signIn } from "./browser";

const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

/** One demo account per role, and the signed-out visitor. */
const ACCOUNTS: { label: string; email: string | null; roles: Role[] }[] = [
  { label: "signed out", email: null, roles: [] },
  { label: "leader", email: demoEmail("nina.ny"), roles: ["leader"] },
  { label: "hr", email: demoEmail("hanne.hr"), roles: ["hr"] },
  { label: "tol", email: demoEmail("tor.helse"), roles: ["tol"] },
  { label: "development_unit", email: demoEmail("ulrik.utvikling"), roles: ["development_unit"] },
  { label: "admin", email: demoEmail("ada.admin"), roles: ["admin"] },
  { label: "rlg", email: demoEmail("rita.rlg"), roles: ["rlg"] },
];

const pagesFor = (a: (typeof ACCOUNTS)[number]) => (a.email ? navFor(a.roles, true).map((n) => n.to) : ["/logg-inn"]);

/**
 * Controls (links, buttons, fields) that stick out of the viewport or out of the card they sit in,
 * and a page wider than the viewport. A control inside a sideways-scrolling region may lie outside
 * (that is what the region is for: it is focusable and scrolls).
 */
function overflowProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const problems: string[] = [];
    const docWidth = document.documentElement.scrollWidth;
    if (docWidth > vw) problems.push(`the page is ${docWidth} px wide in a ${vw} px viewport`);
    const inScrollRegion = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === "auto" || o === "scroll") return true;
      }
      return false;
    };
    const name = (el: Element) => `<${el.tagName.toLowerCase()}> «${(el.getAttribute("aria-label") ?? el.textContent ?? (el as HTMLInputElement).name ?? "").trim().slice(0, 50)}»`;
    for (const el of document.querySelectorAll("a[href], button, input:not([type=hidden]), select, textarea")) {
      if (!el.checkVisibility()) continue;
      const r = el.getBoundingClientRect();
      if (r.width <= 1 && r.height <= 1) continue; // visually hidden until focused (the skip link)
      if (inScrollRegion(el)) continue;
      if (r.left < -0.5 || r.right > vw + 0.5) problems.push(`${name(el)} spans ${Math.round(r.left)}–${Math.round(r.right)} px, outside the ${vw} px viewport`);
      const card = el.closest(".ds-card")?.getBoundingClientRect();
      if (card && (r.left < card.left - 0.5 || r.right > card.right + 0.5)) problems.push(`${name(el)} runs past its card (${Math.round(r.right)} > ${Math.round(card.right)} px)`);
    }
    return problems;
  });
}

browserSuite("every main page for every role at 390 px and 1280 px", ({ server, person, pageErrors, consoleErrors }) => {
  /** Violations per width, for the record (and the closing note). */
  const figures: Record<string, { pages: number; violations: number; nodes: number; byRule: Record<string, number> }> = {};

  afterAll(() => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(join(RESULTS_DIR, "widths-axe.json"), JSON.stringify(figures, null, 2));
  });

  for (const account of ACCOUNTS) {
    describe(account.label, () => {
      let page: Page;
      beforeAll(async () => {
        ({ page } = await person({ viewport: WIDTHS[0] }));
        if (account.email) await signIn(page, server.url, account.email);
      }, 60_000);

      for (const path of pagesFor(account)) {
        for (const size of WIDTHS) {
          it(`${path} at ${size.width} px: no axe violations, no control outside the viewport`, async () => {
            await page.setViewportSize(size);
            const response = await open(page, `${server.url}${path}`);
            expect(response?.status(), `${path} answers 200`).toBe(200);
            // A TOL's «Rapporter» opens their own area (/rapporter/ID); anything else is a redirect away.
            expect(new URL(page.url()).pathname.startsWith(path), `${page.url()} is still ${path}`).toBe(true);
            await page.evaluate(() => document.fonts.ready.then(() => undefined));
            const overflow = await overflowProblems(page);
            const scan = await scanPage(page, `${account.label} ${path} @${size.width}`);
            const f = (figures[`${size.width}`] ??= { pages: 0, violations: 0, nodes: 0, byRule: {} });
            f.pages++;
            for (const v of scan.violations) {
              f.violations++;
              f.nodes += v.targets.length;
              f.byRule[v.id] = (f.byRule[v.id] ?? 0) + 1;
            }
            expect(scan.passes, "axe checked something").toBeGreaterThan(0);
            expect(scan.violations, formatViolations(scan)).toEqual([]);
            expect(overflow, overflow.join("\n")).toEqual([]);
          });
        }
      }
    });
  }

  describe("small journey defects at phone width", () => {
    it("an impossible date is called one, and one click on the button submits even as a message appears", async () => {
      const { page } = await person({ viewport: WIDTHS[0] });
      await signIn(page, server.url, demoEmail("hanne.hr"));
      await open(page, `${server.url}/ledere/ny`);
      await page.getByLabel("Fullt navn").fill("Dato Testesen");
      await page.getByLabel("E-post på jobb", { exact: true }).fill(demoEmail("dato.testesen"));
      await page.getByLabel("Enhet").selectOption({ label: "Solbakken sykehjem" });
      const date = page.getByLabel("Startdato");
      await date.focus();
      await page.keyboard.type("31022026"); // 31.02.2026: the browser keeps it, the field's value is ""
      await date.blur();
      const dateError = page.locator("#f-startDate-err");
      await dateError.waitFor({ timeout: 3_000 });
      expect(await dateError.innerText()).toBe("Skriv en gyldig dato (dd.mm.åååå).");

      // From an empty required field straight to the button: the field's message would push the
      // button away mid-click; the one click must still submit (and be refused in the browser).
      await page.getByLabel("Stilling").focus();
      const button = page.getByRole("button", { name: "Registrer og send velkomst" });
      await button.click();
      const summary = page.locator(".ds-error-summary");
      await summary.waitFor({ timeout: 3_000 });
      expect(await summary.innerText()).toContain("Startdato: Skriv en gyldig dato (dd.mm.åååå).");
      expect(await summary.innerText()).toContain("Stilling: Fyll ut feltet.");

      // Corrected: one click saves.
      await page.getByLabel("Stilling").fill("fagleder");
      await date.fill(osloToday());
      await button.click();
      await page.waitForURL(/\/ledere\/\d+$/, { timeout: 5_000 });
    });

    it("the CSV import preview fits its box at 1280 px, long addresses and errors included", async () => {
      const { page } = await person({ viewport: WIDTHS[1] });
      await signIn(page, server.url, demoEmail("hanne.hr"));
      await open(page, `${server.url}/ledere/import`);
      const start = osloToday();
      const long = "avdelingsleder for hjemmebaserte tjenester og rehabilitering i sone sør";
      const csv = [
        "navn;e-post;enhet;stilling;startdato",
        `Ingeborg Kristiansen-Vestergaard;${demoEmail("ingeborg.kristiansen.vestergaard")};Solbakken sykehjem;${long};${start}`,
        `Feil Rad;ikke-en-epost-adresse-i-det-hele-tatt;Finnes ikke;${long};31.02.2026`,
      ].join("\n");
      await page.locator("section[aria-labelledby=upload-title]").getByLabel("CSV-fil").setInputFiles({ name: "ledere.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
      await page.getByRole("button", { name: "Vis forhåndsvisning" }).click();
      await page.getByRole("heading", { level: 2, name: "Forhåndsvisning" }).waitFor();
      const { table, box } = await page.evaluate(() => {
        const frame = document.querySelector("table.import-preview")!.parentElement!;
        return { table: frame.scrollWidth, box: frame.clientWidth };
      });
      expect(table, "the preview table fits its box at desktop width (long values wrap)").toBeLessThanOrEqual(box);
      expect(await overflowProblems(page)).toEqual([]);
    });
  });

  it("no JavaScript errors in the browser on any page (uncaught or logged)", () => {
    const all = [...pageErrors.map((e) => `uncaught: ${e}`), ...consoleErrors.map((e) => `console.error: ${e}`)];
    expect(all, `JavaScript errors in the browser:\n${all.join("\n")}`).toEqual([]);
  });
});
