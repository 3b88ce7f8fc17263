// The accessibility statement in a real browser, signed out: reached by the footer link on the
// sign-in page, then in bokmål, nynorsk and English (the page's own chooser) at 390 and 1280 px,
// each scanned with axe (WCAG 2.1 A/AA). With the municipality's own statement configured, the
// error page the browser renders itself links it too.
import { expect, it } from "vitest";
import { browserSuite, chooseLanguage, formatViolations, open, scanPage, screenshot } from "./browser";

const LANGUAGES = [
  { locale: "nb", heading: "Tilgjengelighetserklæring" },
  { locale: "nn", heading: "Tilgjengelegheitserklæring" },
  { locale: "en", heading: "Accessibility statement" },
] as const;

browserSuite("the accessibility statement in a real browser, signed out", ({ server, person, pageErrors, consoleErrors }) => {
  for (const width of [390, 1280] as const) {
    it(`at ${width} px: the footer link leads there; every language passes axe`, async () => {
      const { page } = await person({ viewport: { width, height: width === 390 ? 844 : 800 } });
      await open(page, `${server.url}/logg-inn`);
      await page.getByRole("contentinfo").getByRole("link", { name: "Tilgjengelighetserklæring" }).click();
      await page.waitForURL(/\/tilgjengelighet$/);
      for (const l of LANGUAGES) {
        if (l.locale !== "nb") await chooseLanguage(page, l.locale);
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

const STATEMENT = "https://uustatus.no/nb/erklaringer/publisert/0000-lederlop";

browserSuite("the municipality's own statement on an error page, in a real browser", { server: { env: { ACCESSIBILITY_STATEMENT_URL: STATEMENT } } }, ({ server, person, pageErrors, consoleErrors }) => {
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
