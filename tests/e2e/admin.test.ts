// The admin's pages in a real browser: the organisation page (add a unit), the audit log and the
// privacy section of a person's page, each scanned with axe-core (WCAG 2.1 A/AA) and photographed.
import type { Page } from "playwright-core";
import { beforeAll, expect, it } from "vitest";
import { browserSuite, demoEmail, flash, formatViolations, open, openAllDetails, scanPage, screenshot, signIn } from "./browser";

browserSuite("the admin's pages in a real browser", ({ server, person }) => {
  let page: Page;

  beforeAll(async () => {
    ({ page } = await person());
    await signIn(page, server.url, demoEmail("ada.admin"));
  }, 60_000);

  const clean = async (name: string) => {
    await openAllDetails(page);
    const result = await scanPage(page, name);
    await screenshot(page, `admin-${name}`);
    expect(result.violations, formatViolations(result)).toEqual([]);
  };

  it("adds a unit on the organisation page; the page has no axe violations", async () => {
    await open(page, `${server.url}/organisasjon`);
    await page.getByRole("heading", { level: 2, name: "Helse og omsorg" }).waitFor();
    await clean("organisasjon");
    await page.locator("#f-unit-areaId").selectOption({ label: "Kultur og fritid" });
    await page.locator("#f-unit-name").fill("Ungdomsklubben");
    await page.getByRole("button", { name: "Legg til enhet" }).click();
    await flash(page, "Endringen er lagret.").first().waitFor();
    await expect(page.getByText("Ungdomsklubben").count()).resolves.toBe(1);
  });

  it("creates an integration token, sees it once, and revokes it; «Integrasjoner» has no axe violations at 1280 or 390 px", async () => {
    await open(page, `${server.url}/integrasjoner`);
    await page.getByRole("heading", { level: 1, name: "Integrasjoner" }).waitFor();
    await page.getByLabel("Navn på nøkkelen").fill("entra");
    await page.getByRole("button", { name: "Lag nøkkel" }).click();
    await page.getByRole("heading", { name: "Nøkkelen «entra» er laget" }).waitFor();
    const token = await page.getByLabel("Nøkkel", { exact: true }).inputValue();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await clean("integrasjoner-laget");
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 844 });
      const result = await scanPage(page, `integrasjoner-laget-${width}`);
      expect(result.violations, formatViolations(result)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    // Shown once: the list, reloaded, has the name but not the token.
    await open(page, `${server.url}/integrasjoner`);
    await page.getByRole("rowheader", { name: "entra" }).waitFor();
    expect(await page.content()).not.toContain(token);
    await page.getByRole("button", { name: "Trekk tilbake entra" }).click();
    await flash(page, "Nøkkelen «entra» er trukket tilbake.").first().waitFor();
    await expect(page.getByRole("button", { name: "Trekk tilbake entra" }).count()).resolves.toBe(0);
    await clean("integrasjoner-trukket");
  });

  it("reads and filters the audit log", async () => {
    await open(page, `${server.url}/revisjon?objekt=unit`);
    await page.getByRole("rowheader", { name: "unit.create" }).waitFor();
    await clean("revisjon");
  });

  it("shows the privacy section with the export link and the anonymise form", async () => {
    await open(page, `${server.url}/personer`);
    await page.getByRole("link", { name: "Nina Nilsen" }).click();
    await page.waitForURL(/\/personer\/\d+$/);
    // The address changes before the new page has rendered: wait for its content, not the URL.
    await page.getByRole("link", { name: "Last ned alt vi lagrer om personen (JSON)" }).waitFor();
    await expect(page.getByRole("button", { name: "Anonymiser personen" }).count()).resolves.toBe(1);
    await clean("personer-person");
  });
});
