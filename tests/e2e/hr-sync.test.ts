// «Synk fra HR» in a real browser on the demo: HR uploads the sample export (docs/examples), reads the
// preview, confirms, and the transferred leader has the new unit's pre-rollout path. Each state of
// the page is scanned with axe-core at 390 px and 1280 px and checked for sideways overflow.
import { join } from "node:path";
import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { browserSuite, demoEmail, flash, formatViolations, open, openAllDetails, ROOT, scanPage, screenshot, signIn, waitForHydration } from "./browser";

const SAMPLE = join(ROOT, "docs", "examples", "hr-eksport.csv");
const WIDTHS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

browserSuite("«Synk fra HR» in a real browser", ({ server, person }) => {
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    ({ page } = await person());
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => (m.type() === "error" ? errors.push(m.text()) : undefined));
    await signIn(page, server.url, demoEmail("hanne.hr"));
  }, 60_000);

  /** axe and reflow at both widths, details opened, then back to the desktop width. */
  const clean = async (name: string) => {
    await openAllDetails(page);
    for (const size of WIDTHS) {
      await page.setViewportSize(size);
      const result = await scanPage(page, `${name}-${size.width}`);
      await screenshot(page, `hr-sync-${name}-${size.width}`);
      expect(result.violations, formatViolations(result)).toEqual([]);
      expect(result.passes).toBeGreaterThan(10);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `«${name}» is ${width} px wide at ${size.width} px`).toBeLessThanOrEqual(size.width);
    }
    await page.setViewportSize(WIDTHS[1]!);
  };

  it("HR opens the page from the menu, uploads the sample export, reads the preview and confirms", { timeout: 180_000 }, async () => {
    await open(page, `${server.url}/ledere`);
    await page.getByRole("navigation").getByRole("link", { name: "Synk fra HR" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Synkroniser fra HR-systemet" }).waitFor();
    await waitForHydration(page);
    await clean("upload");

    await page.locator("#f-fil").setInputFiles(SAMPLE);
    await page.getByRole("button", { name: "Vis forhåndsvisning" }).click();
    await page.getByRole("heading", { level: 2, name: "Forhåndsvisning" }).waitFor();
    const count = (key: string) => page.locator(`[data-count=${key}]`).innerText();
    expect(await count("rows")).toBe("7");
    expect(await count("new")).toBe("1");
    expect(await count("bound")).toBe("1");
    expect(await count("changed")).toBe("2");
    expect(await count("transferred")).toBe("1");
    expect(await count("unchanged")).toBe("2");
    expect(await count("errors")).toBe("0");
    await page.getByText("Flyttes fra Eiendom til Legevakta").waitFor();
    await page.getByText("Stilling: «utviklingsleder» blir «leder for utviklingsenheten»").waitFor();
    await page.getByText("Får ansattnummeret: funnet på e-postadressen").waitFor();
    await clean("preview");

    await page.getByRole("button", { name: "Utfør synkroniseringen" }).click();
    await flash(page, "Synkroniseringen er utført: 1 nye, 2 endret, 1 flyttet, 0 sluttet, 2 uendret, 0 rader med feil.").waitFor();
    await clean("done");

    // The transferred leader now has Legevakta's pre-rollout path beside the introduction path he finished years ago.
    await open(page, `${server.url}/ledere?q=Gunnar`);
    await page.getByRole("link", { name: "Gunnar Gran" }).click();
    await page.waitForURL(/\/ledere\/\d+$/);
    await page.getByText("Legevakta").first().waitFor();
    await page.getByText("Opplæring før innføring av Lean").first().waitFor();
    await page.getByText("Introduksjonsprogram for nye ledere").first().waitFor();

    // The same file again: nothing to change, no button.
    await open(page, `${server.url}/ledere/synk`);
    await page.locator("#f-fil").setInputFiles(SAMPLE);
    await page.getByRole("button", { name: "Vis forhåndsvisning" }).click();
    await page.getByText("Filen stemmer med Lederløp. Det er ingenting å endre.").waitFor();
    expect(await page.locator("[data-count=unchanged]").innerText()).toBe("7");
    await expect(page.getByRole("button", { name: "Utfør synkroniseringen" }).count()).resolves.toBe(0);
    expect(errors).toEqual([]);
  });
});
