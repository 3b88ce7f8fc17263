// «Logg inn med Microsoft» in a real browser: the button, a real OpenID provider's login and consent
// pages on loopback, and back into Lederløp signed in with the role a group gives; the refusal
// pages and the sign-in page scanned with axe at phone and desktop width; sign-out through the
// provider's end-session page.
import type { Page } from "playwright-core";
import { afterAll, expect, it } from "vitest";
import { GROUPS, startProvider, TENANT, type Accounts, type RealProvider } from "../support/oidc";
import { browserSuite, demoEmail, flash, formatViolations, freePort, open, scanPage, screenshot, waitForHydration } from "./browser";

const WIDTHS = [
  { name: "390", viewport: { width: 390, height: 844 } },
  { name: "1280", viewport: { width: 1280, height: 800 } },
];

const accounts: Accounts = {
  nina: { email: demoEmail("nina.ny"), tid: TENANT, oid: "2222aaaa-0000-4000-8000-00000000000a", groups: [GROUPS.rlg] },
  stranger: { email: "stranger@kommune.example", tid: TENANT, oid: "2222bbbb-0000-4000-8000-00000000000b" },
};
let provider: RealProvider;

/** The provider starts first: it must know the app's address (its redirect URI). */
async function serverWithProvider() {
  const port = await freePort();
  provider = await startProvider({ appUrl: `http://localhost:${port}`, accounts });
  return { port, env: { ...provider.env, OIDC_TIMEOUT_SECONDS: "2" } };
}

// Generous: axe at two widths per page, on a machine that may be busy.
browserSuite("signing in with Microsoft in a real browser", { server: serverWithProvider, timeout: 90_000 }, ({ server, person: newPerson, pageErrors, consoleErrors }) => {
  afterAll(async () => {
    await provider?.stop();
  });

  /** Scans the page as it is at both widths (the page is resized, not reloaded). */
  const cleanAtBothWidths = async (page: Page, name: string) => {
    for (const { name: width, viewport } of WIDTHS) {
      await page.setViewportSize(viewport);
      const result = await scanPage(page, `${name}-${width}`);
      await screenshot(page, `oidc-${name}-${width}`);
      expect(result.passes, `${name} at ${width}: axe checked nothing`).toBeGreaterThan(0);
      expect(result.violations, formatViolations(result)).toEqual([]);
    }
  };

  /** A person whose browser reaches loopback only (the provider's page imports a web font). */
  const person = async () => {
    const { context, page } = await newPerson();
    await context.route((url) => !/^(localhost|127\.0\.0\.1)$/.test(url.hostname), (route) => route.abort());
    return { context, page };
  };

  /** Presses «Logg inn med Microsoft» and signs in on the provider's own pages as `login`. */
  const throughProvider = async (page: Page, login: string) => {
    await page.getByRole("button", { name: "Logg inn med Microsoft" }).click();
    await page.locator("input[name=login]").fill(login);
    await page.locator("input[name=password]").fill("any password");
    await page.locator("button[type=submit]").click();
    await page.locator("button[type=submit]", { hasText: "Continue" }).click(); // consent
  };

  it("button → provider → back signed in with the role from a group, on that role's home page", async () => {
    const { page } = await person();
    await open(page, `${server.url}/logg-inn`);
    // The button comes first, the email form after it.
    const order = await page.evaluate(() => {
      const main = document.querySelector("main")!.innerText;
      return [main.indexOf("Logg inn med Microsoft"), main.indexOf("E-post på jobb")];
    });
    expect(order[0]).toBeGreaterThan(-1);
    expect(order[0]).toBeLessThan(order[1]!);
    await cleanAtBothWidths(page, "logg-inn");

    await throughProvider(page, "nina");
    // Nina is a leader in Lederløp; her group makes her a member of the executive group (RLG), whose home is «Innføring».
    await page.waitForURL((u) => u.origin === server.url && u.pathname === "/innforing");
    await waitForHydration(page);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    const nav = page.getByRole("navigation").first();
    await expect(nav.getByRole("link", { name: "Innføring" }).count()).resolves.toBeGreaterThan(0);
    await expect(nav.getByRole("link", { name: "Mitt løp" }).count()).resolves.toBeGreaterThan(0);

    // Signing out ends Lederløp's session and the provider's, and comes back to the sign-in page.
    await page.getByRole("button", { name: "Logg ut" }).click();
    await page.waitForURL((u) => u.origin !== server.url);
    await page.locator("button", { hasText: /sign.?me.?out|yes/i }).first().click();
    await page.waitForURL((u) => u.origin === server.url && u.pathname === "/logg-inn");
    await waitForHydration(page);
    await flash(page, "Du er logget ut.").first().waitFor();
    expect((await page.request.get(`${server.url}/innforing`, { maxRedirects: 0 })).status()).toBe(302);
  });

  it("someone Lederløp does not know gets «Du er ikke registrert i Lederløp – kontakt HR»", async () => {
    const { page } = await person();
    await open(page, `${server.url}/logg-inn`);
    await throughProvider(page, "stranger");
    await page.getByRole("heading", { level: 1, name: "Du er ikke registrert i Lederløp – kontakt HR" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/auth/oidc/callback");
    await waitForHydration(page);
    await cleanAtBothWidths(page, "ikke-registrert");
  });

  it("a callback that was not started here, and the start page read on its own, are clear pages too", async () => {
    const { page } = await person();
    await page.goto(`${server.url}/auth/oidc/callback?code=x&state=y`);
    await page.getByRole("heading", { level: 1, name: "Innloggingen ble ikke godtatt" }).waitFor();
    await waitForHydration(page);
    await cleanAtBothWidths(page, "ikke-godtatt");

    await open(page, `${server.url}/auth/oidc`);
    await page.getByRole("button", { name: "Logg inn med Microsoft" }).waitFor();
    await cleanAtBothWidths(page, "start");
  });

  it("a provider that stops answering mid-sign-in gives «Microsoft svarer ikke akkurat nå» after the timeout", async () => {
    const { page } = await person();
    await open(page, `${server.url}/logg-inn`);
    provider.hangTokenEndpoint();
    await throughProvider(page, "nina");
    await page.getByRole("heading", { level: 1, name: "Microsoft svarer ikke akkurat nå" }).waitFor({ timeout: 15_000 });
    await waitForHydration(page);
    await cleanAtBothWidths(page, "utilgjengelig");
  });

  it("no page errors or console errors on the way", () => {
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
