// Every role's menu pages in nynorsk and English at desktop width: `<html lang>` set, the page
// in that language, an axe scan (WCAG 2.1 AA) with no violations, and no JavaScript errors (a
// message missing from the browser's catalog is one). Bokmål is covered by widths.test.ts.
// One server and one browser; each role signs in once and switches language with the shell's own
// chooser. The axe figures per language go to test-results/languages-axe.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../db/schema";
import { navFor } from "~/access/menu";
import { browserSuite, demoEmail, formatViolations, open, RESULTS_DIR, scanPage, signIn, waitForHydration } from "./browser";

const ACCOUNTS: { label: string; email: string | null; roles: Role[] }[] = [
  { label: "signed out", email: null, roles: [] },
  { label: "leader", email: demoEmail("nina.ny"), roles: ["leader"] },
  { label: "hr", email: demoEmail("hanne.hr"), roles: ["hr"] },
  { label: "tol", email: demoEmail("tor.helse"), roles: ["tol"] },
  { label: "development_unit", email: demoEmail("ulrik.utvikling"), roles: ["development_unit"] },
  { label: "admin", email: demoEmail("ada.admin"), roles: ["admin"] },
  { label: "rlg", email: demoEmail("rita.rlg"), roles: ["rlg"] },
];

/** Each language's button in the chooser, and a text every page shows in it (the footer). */
const LANGUAGES = [
  { locale: "nn", button: "Nynorsk", footer: "handlingsplan for Lean som verksemdsstrategi" },
  { locale: "en", button: "English", footer: "action plan for Lean as business strategy" },
] as const;

const pagesFor = (a: (typeof ACCOUNTS)[number]) => (a.email ? navFor(a.roles, true).map((n) => n.to) : ["/logg-inn"]);

browserSuite("every main page for every role in nynorsk and English", ({ server, person, pageErrors, consoleErrors }) => {
  const figures: Record<string, { pages: number; violations: number; nodes: number }> = {};

  afterAll(() => {
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(join(RESULTS_DIR, "languages-axe.json"), JSON.stringify(figures, null, 2));
  });

  for (const account of ACCOUNTS) {
    describe(account.label, () => {
      let page: Page;
      beforeAll(async () => {
        ({ page } = await person({ viewport: { width: 1280, height: 800 } }));
        if (account.email) await signIn(page, server.url, account.email);
      }, 60_000);

      for (const language of LANGUAGES) {
        it(`switches to ${language.locale} with the language chooser`, async () => {
          await open(page, `${server.url}${pagesFor(account)[0]}`);
          await page.getByRole("button", { name: language.button, exact: true }).click();
          await page.waitForFunction((l) => document.documentElement.lang === l, language.locale);
          await waitForHydration(page);
          expect(await page.getByRole("button", { name: language.button, exact: true }).getAttribute("aria-pressed")).toBe("true");
          // The browser holds this language's UI text, and nothing of the emails.
          const text = await page.evaluate(() => window.__lederlopText && { locale: window.__lederlopText.locale, keys: Object.keys(window.__lederlopText.messages) });
          expect(text?.locale).toBe(language.locale);
          expect(text?.keys.some((k) => k.startsWith("email."))).toBe(false);
        });

        for (const path of pagesFor(account)) {
          it(`${path} in ${language.locale}: <html lang>, the page's language, no axe violations`, async () => {
            const response = await open(page, `${server.url}${path}`);
            expect(response?.status(), `${path} answers 200`).toBe(200);
            expect(await page.locator("html").getAttribute("lang")).toBe(language.locale);
            expect(await page.locator("footer").innerText()).toContain(language.footer);
            const scan = await scanPage(page, `${account.label} ${path} (${language.locale})`);
            const f = (figures[language.locale] ??= { pages: 0, violations: 0, nodes: 0 });
            f.pages++;
            for (const v of scan.violations) {
              f.violations++;
              f.nodes += v.targets.length;
            }
            expect(scan.passes, "axe checked something").toBeGreaterThan(0);
            expect(scan.violations, formatViolations(scan)).toEqual([]);
          });
        }
      }
    });
  }

  it("no JavaScript errors in the browser on any page (uncaught or logged)", () => {
    const all = [...pageErrors.map((e) => `uncaught: ${e}`), ...consoleErrors.map((e) => `console.error: ${e}`)];
    expect(all, `JavaScript errors in the browser:\n${all.join("\n")}`).toEqual([]);
  });
});
