// The accessibility statement in a real browser, signed out: reached by the footer link on the
// sign-in page, then in bokmål, nynorsk and English (the page's own chooser) at 390 and 1280 px,
// each scanned with axe (WCAG 2.1 A/AA). With the municipality's own statement configured, the
// error page the browser renders itself links it too.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findChromium, formatViolations, launchBrowser, open, people, scanPage, screenshot, startServer, waitForHydration, type RunningServer } from "./browser";

const CHROMIUM = findChromium();

const LANGUAGES = [
  { locale: "nb", button: "Bokmål", heading: "Tilgjengelighetserklæring" },
  { locale: "nn", button: "Nynorsk", heading: "Tilgjengelegheitserklæring" },
  { locale: "en", button: "English", heading: "Accessibility statement" },
] as const;

describe.skipIf(!CHROMIUM)("the accessibility statement in a real browser, signed out", () => {
  let server: RunningServer;
  let browser: Browser;
  const { person, pageErrors, consoleErrors, closeAll } = people(() => browser);

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser(CHROMIUM!);
  }, 60_000);

  afterAll(async () => {
    await closeAll();
    await browser?.close().catch(() => undefined);
    await server?.stop();
  }, 30_000);

  for (const width of [390, 1280] as const) {
    it(`at ${width} px: the footer link leads there; every language passes axe`, async () => {
      const { page } = await person({ viewport: { width, height: width === 390 ? 844 : 800 } });
      await open(page, `${server.url}/logg-inn`);
      await page.getByRole("contentinfo").getByRole("link", { name: "Tilgjengelighetserklæring" }).click();
      await page.waitForURL(/\/tilgjengelighet$/);
      for (const l of LANGUAGES) {
        if (l.locale !== "nb") {
          await page.getByRole("button", { name: l.button, exact: true }).click();
          await page.waitForFunction((lang) => document.documentElement.lang === lang, l.locale);
          await waitForHydration(page);
        }
        await page.getByRole("heading", { level: 1, name: l.heading }).waitFor();
        await expect(page.title()).resolves.toBe(`${l.heading} – Lederløp`);
        await expect(page.getByRole("contentinfo").getByRole("link", { name: l.heading }).getAttribute("href")).resolves.toBe("/tilgjengelighet");
        // Reflow (WCAG 1.4.10): nothing, not even the long nynorsk heading, pushes the page sideways.
        await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(width);
        const result = await scanPage(page, `tilgjengelighet-${l.locale}-${width}`);
        await screenshot(page, `tilgjengelighet-${l.locale}-${width}`);
        expect(result.passes).toBeGreaterThan(0);
        expect(result.violations, formatViolations(result)).toEqual([]);
      }
    }, 60_000);
  }

  it("no JavaScript errors on the way", () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe.skipIf(!CHROMIUM)("the municipality's own statement on an error page, in a real browser", () => {
  const STATEMENT = "https://uustatus.no/nb/erklaringer/publisert/0000-lederlop";
  let server: RunningServer;
  let browser: Browser;
  const { person, pageErrors, consoleErrors, closeAll } = people(() => browser);

  beforeAll(async () => {
    server = await startServer({ env: { ACCESSIBILITY_STATEMENT_URL: STATEMENT } });
    browser = await launchBrowser(CHROMIUM!);
  }, 60_000);

  afterAll(async () => {
    await closeAll();
    await browser?.close().catch(() => undefined);
    await server?.stop();
  }, 30_000);

  it("a page that does not exist links it, as served and as the browser draws it after a navigation", async () => {
    const { page } = await person({ viewport: { width: 1280, height: 800 } });
    const footerLink = () => page.getByRole("contentinfo").getByRole("link", { name: "Tilgjengelighetserklæring" }).getAttribute("href");
    expect((await open(page, `${server.url}/finnes-ikke`))?.status()).toBe(404);
    await expect(footerLink()).resolves.toBe(STATEMENT);
    // From the sign-in page (the full shell) to a path no route matches, without a page load: the
    // bare error page is drawn by the browser, from what it read of the served page.
    await open(page, `${server.url}/logg-inn`);
    await page.evaluate((path) => (window as unknown as { __remixRouter: { navigate(to: string): Promise<void> } }).__remixRouter.navigate(path), "/finnes-heller-ikke");
    await page.getByRole("heading", { level: 1, name: "Fant ikke siden" }).waitFor();
    await expect(footerLink()).resolves.toBe(STATEMENT);
  }, 60_000);

  it("no JavaScript errors on the way", () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
