// End-to-end journeys in a real browser (Chromium through playwright-core) against the production
// build on a fresh demo database: HR registers a new leader who signs in from the mail and ticks
// steps, TOL readiness and its access limits, no-JavaScript and keyboard-only use, the admin's
// template editor, and an axe-core scan plus a full-page screenshot of every page on the way.
//
// One server and one browser for the file; each person has their own browser context. The tests
// run in order and the later ones read what the earlier ones left (the hire, the scans).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import {
  addDays,
  browserSuite,
  demoEmail,
  flash,
  focused,
  formatViolations,
  open,
  openNewestSignInMail,
  osloToday,
  requestSignInLink,
  scanPage,
  screenshot,
  signIn,
  signInLinkOnPage,
  stepCard,
  tabTo,
  waitForHydration,
  type AxeResult,
} from "./browser";

/** Every page the journeys scan with axe; each gets its own check at the end. */
const SCANNED_PAGES = [
  "logg-inn",
  "logg-inn-sendt",
  "logg-inn-bekreft",
  "postkasse",
  "postkasse-melding",
  "mitt-lop",
  "ledere",
  "ledere-ny",
  "ledere-ny-feil",
  "leder",
  "beredskap",
  "maler",
  "mal",
  "personer",
  "person",
] as const;
type ScannedPage = (typeof SCANNED_PAGES)[number];

const TODAY = osloToday();
const HIRE = {
  name: "Eli Eksempel",
  email: demoEmail("eli.eksempel"),
  unit: "Solbakken sykehjem", // in «Helse og omsorg», Tor's service area; no rollout there
  position: "avdelingsleder",
};
const NINA = demoEmail("nina.ny");

browserSuite("Lederløp in a real browser", ({ server, person, pageErrors, consoleErrors }) => {
  const scans = new Map<ScannedPage, AxeResult>();
  let hireId: number | undefined;
  let focusAfterKeyboardTick: Awaited<ReturnType<typeof focused>> | undefined;

  /** axe scan + full-page screenshot of the page as it is now. */
  async function checkpoint(page: Page, name: ScannedPage) {
    // Let fonts and any client-side work settle so the scan sees the finished page.
    await page.waitForLoadState("load");
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    scans.set(name, await scanPage(page, name));
    await screenshot(page, name);
  }

  it(
    "HR registers a new leader, who signs in from the mail and ticks two steps; only the right TOL sees them",
    async () => {
      // --- HR signs in (scanning the sign-in pages on the way) ----------------------------------
      const { page: hr } = await person();
      await open(hr, `${server.url}/logg-inn`);
      await expect(hr.getByRole("heading", { level: 1, name: "Logg inn" }).isVisible()).resolves.toBe(true);
      await checkpoint(hr, "logg-inn");
      await hr.getByLabel("E-post på jobb", { exact: true }).fill(demoEmail("hanne.hr"));
      await hr.getByRole("button", { name: "Send innloggingslenke", exact: true }).click();
      await hr.getByRole("heading", { name: "Sjekk e-posten din" }).waitFor();
      await checkpoint(hr, "logg-inn-sendt");
      // The demo points to the built-in mailbox (following that link is checked on its own below).
      expect(await hr.getByRole("link", { name: "Åpne den innebygde postkassen" }).getAttribute("href")).toBe("/postkasse");
      await open(hr, `${server.url}/postkasse`);
      await hr.getByRole("heading", { level: 1, name: "Postkasse" }).waitFor();
      await checkpoint(hr, "postkasse");
      const hrLink = await openNewestSignInMail(hr, server.url, demoEmail("hanne.hr"));
      await checkpoint(hr, "postkasse-melding");
      expect(hrLink.startsWith(`${server.url}/logg-inn/`), `the mail links to APP_URL: ${hrLink}`).toBe(true);
      await open(hr, hrLink);
      await checkpoint(hr, "logg-inn-bekreft");
      await hr.getByRole("button", { name: "Logg inn", exact: true }).click();
      // HR's start page is the leader list; it is checked on its own below, and this journey opens
      // the register page by address so that it does not depend on the list.
      await hr.waitForURL(/\/ledere$/);
      await open(hr, `${server.url}/ledere/ny`);
      await hr.getByRole("heading", { level: 1, name: "Registrer ny leder" }).waitFor();
      await checkpoint(hr, "ledere-ny");

      // Instant feedback: a bad address shows a Norwegian message on blur, before any submit.
      const email = hr.getByLabel("E-post på jobb", { exact: true });
      await email.fill("ikke-en-epost");
      await email.blur();
      const emailError = hr.locator("#f-email-err");
      await emailError.waitFor();
      expect(await emailError.innerText()).toBe("Skriv en gyldig e-postadresse, for eksempel navn@kommune.no.");
      expect(await email.getAttribute("aria-invalid")).toBe("true");
      expect(await email.getAttribute("aria-describedby")).toContain("f-email-err");
      expect(hr.url(), "no submit happened").toMatch(/\/ledere\/ny$/);

      // Submitting the incomplete form shows the error summary, linked to the fields.
      // (Blur first and let its message render: the message pushes the button down, and a click
      // that starts while the field still has focus would land beside the moved button.)
      await hr.getByLabel("Fullt navn").fill("E");
      await hr.getByLabel("Fullt navn").blur();
      await hr.locator("#f-name-err").waitFor();
      await hr.getByRole("button", { name: "Registrer og send velkomst" }).click();
      const summary = hr.locator(".ds-error-summary");
      await summary.waitFor();
      const summaryText = await summary.innerText();
      expect(summaryText).toContain("Skjemaet har feil");
      for (const expected of ["Fullt navn: Skriv hele navnet (minst 2 tegn).", "E-post på jobb: Skriv en gyldig e-postadresse", "Enhet: Velg en enhet.", "Stilling: Fyll ut feltet."]) {
        expect(summaryText, `error summary lists «${expected}»`).toContain(expected);
      }
      expect(await summary.getByRole("link", { name: /^Enhet:/ }).getAttribute("href")).toBe("#f-unitId");
      expect(hr.url()).toMatch(/\/ledere\/ny$/);
      await checkpoint(hr, "ledere-ny-feil");

      // Now correctly.
      await hr.getByLabel("Fullt navn").fill(HIRE.name);
      await email.fill(HIRE.email);
      await hr.getByLabel("Enhet").selectOption({ label: HIRE.unit });
      await hr.getByLabel("Stilling").fill(HIRE.position);
      await hr.getByLabel("Startdato").fill(TODAY);
      expect(await hr.getByLabel("Program").locator("option:checked").innerText()).toBe("Introduksjonsprogram for nye ledere");
      await expect(emailError.count()).resolves.toBe(0);
      await hr.getByRole("button", { name: "Registrer og send velkomst" }).click();
      await hr.waitForURL(/\/ledere\/\d+$/);
      hireId = Number(new URL(hr.url()).pathname.split("/").pop());
      await flash(hr, `${HIRE.name} er registrert, og velkomst-e-posten er sendt.`).waitFor();
      await hr.getByRole("heading", { level: 1, name: HIRE.name }).waitFor();
      expect(await hr.locator("dl.kv").innerText()).toContain(HIRE.unit);
      expect(await hr.locator(".progress-text").first().innerText()).toBe("0 av 7 steg fullført");
      // HR owns the first step; the hire cannot tick it (seen below), HR could. It is left open here
      // so the readiness figure below is the hire's own two ticks.
      await expect(stepCard(hr, "Lean-forpliktelse i ansettelsesdokumentet").getByRole("button", { name: "Marker som fullført" }).count()).resolves.toBe(1);
      await checkpoint(hr, "leder");

      // --- The hire signs in from the mail ------------------------------------------------------
      const { context: hireContext, page: hire } = await person();
      await requestSignInLink(hire, server.url, HIRE.email);
      const link = await openNewestSignInMail(hire, server.url, HIRE.email);
      // The welcome mail is in the outbox too.
      await open(hire, `${server.url}/postkasse?til=${encodeURIComponent(HIRE.email)}`);
      expect(await hire.locator("tbody").innerText()).toContain("Velkommen som leder – ditt introduksjonsløp i Lederløp");

      await open(hire, link);
      await hire.getByRole("heading", { level: 1, name: "Logg inn i Lederløp" }).waitFor();
      expect(await hire.locator("main").innerText()).toContain(`Trykk på knappen for å logge inn som ${HIRE.email}.`);
      // Opening the link (GET) must not use the token up: a reload still offers the button.
      await hire.reload();
      await waitForHydration(hire);
      await hire.getByRole("heading", { level: 1, name: "Logg inn i Lederløp" }).waitFor();
      await expect(hire.getByRole("button", { name: "Logg inn", exact: true }).count()).resolves.toBe(1);
      await hire.getByRole("button", { name: "Logg inn", exact: true }).click();
      await hire.waitForURL(/\/mitt-lop$/);
      await hire.getByRole("heading", { level: 1, name: "Mitt løp" }).waitFor();
      expect(await hire.locator(".progress-text").innerText()).toBe("0 av 7 steg fullført");
      // Steps others own are read-only for the leader.
      await expect(stepCard(hire, "Lean-forpliktelse i ansettelsesdokumentet").getByRole("button").count()).resolves.toBe(0);

      // The link is used up now.
      const second = await person();
      await open(second.page, link);
      await second.page.getByRole("heading", { level: 1, name: "Lenken virker ikke lenger" }).waitFor();
      await second.context.close();

      // Tick 1, JavaScript on: the date step, with today's date filled in.
      const greet = stepCard(hire, "Hils på rådmannen");
      expect(await greet.getByLabel("Dato").inputValue()).toBe(TODAY);
      await greet.getByRole("button", { name: "Marker som fullført" }).click();
      await flash(hire, "Steget er markert som fullført.").waitFor();
      await greet.getByRole("button", { name: "Angre fullført" }).waitFor();
      expect(await greet.getAttribute("data-status")).toBe("done");
      expect(await hire.locator(".progress-text").innerText()).toBe("1 av 7 steg fullført");
      await checkpoint(hire, "mitt-lop");

      // Tick 2, the same session in a JavaScript-off browser: the note step, posted natively.
      const noJs = await person({ javaScriptEnabled: false, storageState: await hireContext.storageState() });
      await open(noJs.page, `${server.url}/mitt-lop`);
      const read = stepCard(noJs.page, "Les «Dette er Lean» av Niklas Modig");
      await read.getByLabel("Notat (valgfritt)").fill("Se flyten fra innbyggerens side.");
      await read.getByRole("button", { name: "Marker som fullført" }).click();
      await noJs.page.waitForURL(/\/mitt-lop$/);
      await flash(noJs.page, "Steget er markert som fullført.").waitFor();
      expect(await read.innerText()).toContain("Notat: Se flyten fra innbyggerens side.");
      expect(await noJs.page.locator(".progress-text").innerText()).toBe("2 av 7 steg fullført");

      // --- Tor (TOL of «Helse og omsorg») sees the hire at 2 of 7 = 28 % (rounded down) ----------
      const { page: tor } = await person();
      await signIn(tor, server.url, demoEmail("tor.helse"));
      await tor.waitForURL(/\/beredskap/);
      await tor.getByRole("heading", { level: 1, name: "Beredskap i Helse og omsorg" }).waitFor();
      const unitBlock = tor.locator("section.unit-block").filter({ has: tor.getByRole("heading", { name: `Enhet: ${HIRE.unit}` }) });
      const hireRow = unitBlock.locator("tbody tr").filter({ has: tor.getByRole("link", { name: HIRE.name, exact: true }) });
      await expect(hireRow.count()).resolves.toBe(1);
      // The «Fullført» column (second) shows the percentage.
      expect((await hireRow.locator("td").first().innerText()).trim()).toBe("28 %");
      expect(await hireRow.locator("td").first().locator("progress").getAttribute("value")).toBe("28");
      await checkpoint(tor, "beredskap");
      await hireRow.getByRole("link", { name: HIRE.name }).click();
      await tor.waitForURL(new RegExp(`/ledere/${hireId}$`));
      await tor.getByRole("heading", { level: 1, name: HIRE.name }).waitFor();

      // --- Tone (TOL of «Oppvekst») does not see the hire --------------------------------------
      const { page: tone } = await person();
      await signIn(tone, server.url, demoEmail("tone.oppvekst"));
      await tone.waitForURL(/\/beredskap/);
      await tone.getByRole("heading", { level: 1, name: "Beredskap i Oppvekst" }).waitFor();
      await expect(tone.getByRole("link", { name: HIRE.name }).count()).resolves.toBe(0);
      expect(await tone.locator("main").innerText()).not.toContain(HIRE.name);
      const res = await open(tone, `${server.url}/ledere/${hireId}`);
      expect(res?.status(), "another area's TOL gets 404 for the hire's page").toBe(404);
      expect(await tone.locator("main").innerText()).not.toContain(HIRE.email);

      // --- HR records the HR-owned step; the hire sees it confirmed by HR -------------------------
      await open(hr, `${server.url}/ledere/${hireId}`);
      const commitment = stepCard(hr, "Lean-forpliktelse i ansettelsesdokumentet");
      await commitment.getByLabel("Dato").fill(addDays(TODAY, -1));
      await commitment.getByRole("button", { name: "Marker som fullført" }).click();
      await flash(hr, "Steget er markert som fullført.").waitFor();
      await commitment.getByRole("button", { name: "Angre fullført" }).waitFor();
      expect(await commitment.innerText()).toContain("bekreftet av Hanne Haugen");
      expect(await hr.locator(".progress-text").innerText()).toBe("3 av 7 steg fullført");
      await hire.reload();
      await waitForHydration(hire);
      expect(await stepCard(hire, "Lean-forpliktelse i ansettelsesdokumentet").innerText()).toContain("bekreftet av Hanne Haugen");
    },
    120_000,
  );

  it(
    "HR's leader list (/ledere): search, table and progress, with and without JavaScript",
    async () => {
      expect(hireId, "the hire from the first journey exists").toBeDefined();
      const hire = { name: HIRE.name, href: `/ledere/${hireId}` };

      // First without the app's JavaScript: the list as the server sends it, which is also what axe
      // scans here (with the app's JavaScript the page does not survive hydration; see below).
      const { context: hrContext, page: plain } = await person({}, { appScripts: false });
      await signIn(plain, server.url, demoEmail("hanne.hr"));
      expect(new URL(plain.url()).pathname).toBe("/ledere");
      await plain.getByRole("heading", { level: 1, name: "Ledere" }).waitFor();
      await checkpoint(plain, "ledere");
      await plain.getByRole("searchbox", { name: "Søk etter navn eller e-post" }).fill("Eksempel");
      await plain.getByRole("button", { name: "Filtrer", exact: true }).click();
      await plain.waitForURL((u) => u.searchParams.get("q") === "Eksempel");
      expect(await plain.getByRole("status").innerText()).toBe("Antall ledere: 1");
      const row = plain.locator("tbody tr");
      await expect(row.count()).resolves.toBe(1);
      expect(await row.getByRole("link").getAttribute("href")).toBe(hire.href);
      expect(await row.innerText()).toContain(HIRE.unit);
      // 3 of 7 after HR's record in the first journey: 42.9 % shows as 42 %.
      expect(await row.locator("progress").getAttribute("value")).toBe("42");
      expect(await row.locator(".progress-text").innerText()).toBe("42 %");

      // With the app's JavaScript, same session: the list must hydrate and work as an app page.
      const js = await person({ storageState: await hrContext.storageState() });
      await open(js.page, `${server.url}/ledere`);
      await js.page.getByRole("heading", { level: 1, name: "Ledere" }).waitFor({ timeout: 5_000 });
      await js.page.waitForLoadState("networkidle");
      expect(await js.page.locator("main").innerText(), "the list still shows after hydration").not.toContain("Noe gikk galt");
      await js.page.getByRole("searchbox", { name: "Søk etter navn eller e-post" }).fill("Eksempel");
      await js.page.getByRole("button", { name: "Filtrer", exact: true }).click();
      await js.page.waitForURL((u) => u.searchParams.get("q") === "Eksempel");
      await js.page.locator("tbody tr").getByRole("link", { name: hire.name }).click();
      await js.page.waitForURL(new RegExp(`${hire.href}$`));
      await js.page.getByRole("heading", { level: 1, name: hire.name }).waitFor();
      // And the main menu gets back to the list by client-side navigation.
      await js.page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Ledere", exact: true }).click();
      await js.page.waitForURL(/\/ledere$/);
      await js.page.getByRole("heading", { level: 1, name: "Ledere" }).waitFor({ timeout: 5_000 });
    },
    60_000,
  );

  it(
    "after asking for a sign-in link, the link to the built-in mailbox opens it (JavaScript on)",
    async () => {
      const { page } = await person();
      await requestSignInLink(page, server.url, demoEmail("ulrik.utvikling"));
      await page.getByRole("link", { name: "Åpne den innebygde postkassen" }).click();
      await page.waitForURL(/\/postkasse$/);
      // The address alone is not enough: the mailbox must actually render.
      await page.getByRole("heading", { level: 1, name: "Postkasse" }).waitFor({ timeout: 5_000 });
      expect(await page.title(), "the document title follows the page").not.toBe("Logg inn – Lederløp");
    },
    30_000,
  );

  it(
    "registering someone who already exists: the server's message shows at the field, and the page stays usable",
    async () => {
      const { page } = await person();
      await signIn(page, server.url, demoEmail("hanne.hr"));
      await open(page, `${server.url}/ledere/ny`);
      await page.getByLabel("Fullt navn").fill("Nina Nilsen");
      await page.getByLabel("E-post på jobb", { exact: true }).fill(NINA);
      await page.getByLabel("Enhet").selectOption({ label: "Solbakken sykehjem" });
      await page.getByLabel("Stilling").fill("fagleder");
      await page.getByLabel("Startdato").fill(TODAY);
      await page.getByRole("button", { name: "Registrer og send velkomst" }).click();
      const error = page.locator("#f-email-err");
      await error.waitFor();
      expect(await error.innerText()).toBe("Det finnes allerede en person med denne e-postadressen.");
      expect(await page.locator(".ds-error-summary").innerText()).toContain("E-post på jobb: Det finnes allerede en person med denne e-postadressen.");
      expect(await page.getByLabel("Fullt navn").inputValue(), "what was typed is kept").toBe("Nina Nilsen");
      // With the server's errors on the page, moving on must still work.
      await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Beredskap" }).click();
      await page.waitForURL(/\/beredskap/);
      await page.getByRole("heading", { level: 1, name: /^Beredskap i / }).waitFor({ timeout: 5_000 });
    },
    45_000,
  );

  it(
    "a leader ticks a step and undoes it with JavaScript off (server validation included)",
    async () => {
      const { page } = await person({ javaScriptEnabled: false });
      await signIn(page, server.url, NINA);
      await page.waitForURL(/\/mitt-lop$/);
      const greet = stepCard(page, "Hils på rådmannen");

      // The server checks the date too: a date in the future is refused, shown at the field.
      await greet.getByLabel("Dato").fill(addDays(TODAY, 1));
      await greet.getByRole("button", { name: "Marker som fullført" }).click();
      await page.waitForLoadState("load");
      const dateField = greet.getByLabel("Dato");
      expect(await greet.locator(".ds-validation-message").innerText()).toBe("Datoen kan ikke være fram i tid.");
      expect(await dateField.getAttribute("aria-invalid")).toBe("true");
      expect(await greet.getAttribute("data-status")).not.toBe("done");

      await dateField.fill(addDays(TODAY, -2));
      await greet.getByRole("button", { name: "Marker som fullført" }).click();
      await page.waitForURL(/\/mitt-lop$/);
      await flash(page, "Steget er markert som fullført.").waitFor();
      expect(await greet.getAttribute("data-status")).toBe("done");
      expect(await greet.innerText()).toMatch(/Dato: /);
      expect(await page.locator(".progress-text").innerText()).toBe("1 av 7 steg fullført");

      await greet.getByRole("button", { name: "Angre fullført" }).click();
      await page.waitForURL(/\/mitt-lop$/);
      await flash(page, "Fullføringen er angret.").waitFor();
      await greet.getByRole("button", { name: "Marker som fullført" }).waitFor();
      expect(await greet.getAttribute("data-status")).not.toBe("done");
      expect(await page.locator(".progress-text").innerText()).toBe("0 av 7 steg fullført");
    },
    60_000,
  );

  it(
    "keyboard only: sign in and tick a step without the mouse",
    async () => {
      const { page } = await person();
      const kb = page.keyboard;
      await open(page, `${server.url}/logg-inn`);

      const field = await tabTo(page, "the e-mail field", (f) => f.id === "f-email");
      expect(field.focusVisible, "focus on the e-mail field is visible").toBe(true);
      await kb.type(NINA);
      await kb.press("Enter");
      await page.getByRole("heading", { name: "Sjekk e-posten din" }).waitFor();

      // The mailbox is opened by address (following the link on the sign-in page is checked in
      // its own test); in it the filter, the message and the link in the mail: Tab and Enter.
      await open(page, `${server.url}/postkasse`);
      await page.getByRole("heading", { level: 1, name: "Postkasse" }).waitFor();
      await tabTo(page, "the mailbox filter", (f) => f.id === "f-til");
      await kb.type(NINA);
      await kb.press("Enter");
      await page.waitForURL((u) => u.searchParams.get("til") === NINA);
      await page.locator("tbody tr").first().waitFor();
      const newest = await page.locator("tbody tr").first().getByRole("link").getAttribute("href");
      expect(await page.locator("tbody tr").first().innerText()).toContain("Logg inn i Lederløp");
      await tabTo(page, "the newest sign-in mail", (f) => f.tag === "a" && f.href === newest);
      await kb.press("Enter");
      await page.waitForURL(/\/postkasse\/\d+$/);
      await page.getByRole("heading", { level: 1, name: `E-post til ${NINA}` }).waitFor();
      const link = await signInLinkOnPage(page);
      await tabTo(page, "the link in the mail", (f) => f.tag === "a" && f.href === link);
      await kb.press("Enter");
      await page.waitForURL((u) => u.pathname.startsWith("/logg-inn/"));
      await waitForHydration(page);
      await page.getByRole("heading", { level: 1, name: "Logg inn i Lederløp" }).waitFor();

      const button = await tabTo(page, "«Logg inn»", (f) => f.tag === "button" && f.text === "Logg inn");
      expect(button.focusVisible, "focus on «Logg inn» is visible").toBe(true);
      await kb.press("Enter");
      await page.waitForURL(/\/mitt-lop$/);
      await page.getByRole("heading", { level: 1, name: "Mitt løp" }).waitFor();

      // Tick «Delta på Lean lederforum» (a plain tick) with Space on its button.
      const title = "Delta på Lean lederforum";
      const tick = await tabTo(page, `«Marker som fullført» for «${title}»`, (f) => f.tag === "button" && f.text === "Marker som fullført" && f.stepTitle === title);
      expect(tick.focusVisible, "focus on the step's button is visible").toBe(true);
      await kb.press("Space");
      await flash(page, "Steget er markert som fullført.").waitFor();
      const card = stepCard(page, title);
      await card.getByRole("button", { name: "Angre fullført" }).waitFor();
      expect(await card.getAttribute("data-status")).toBe("done");
      focusAfterKeyboardTick = await focused(page);
    },
    90_000,
  );

  it("keyboard: after ticking a step, focus stays with the step instead of falling back to <body>", () => {
    expect(focusAfterKeyboardTick, "the keyboard journey reached the tick").toBeDefined();
    expect(
      focusAfterKeyboardTick,
      "After «Marker som fullført» the form is replaced by «Angre fullført» and focus is dropped to <body>; " +
        "a keyboard or screen-reader user loses their place. Expected focus on the step (its undo button, heading or the status message).",
    ).not.toBeNull();
  });

  it(
    "admin edits a template: adds a step, moves it up, retires it",
    async () => {
      const { page } = await person();
      await signIn(page, server.url, demoEmail("ada.admin"));

      // The people pages first (admin only), for the scans.
      await open(page, `${server.url}/personer`);
      await page.getByRole("heading", { level: 1, name: "Personer" }).waitFor();
      await checkpoint(page, "personer");
      await page.getByRole("link", { name: "Nina Nilsen", exact: true }).click();
      await page.waitForURL(/\/personer\/\d+$/);
      await page.getByRole("heading", { level: 1, name: "Rediger Nina Nilsen" }).waitFor();
      await checkpoint(page, "person");

      await page.getByRole("navigation", { name: "Hovedmeny" }).getByRole("link", { name: "Programmaler" }).click();
      await page.waitForURL(/\/maler$/);
      await checkpoint(page, "maler");
      await page.getByRole("link", { name: "Introduksjonsprogram for nye ledere" }).click();
      await page.waitForURL(/\/maler\/\d+$/);
      await page.getByRole("heading", { level: 1, name: "Introduksjonsprogram for nye ledere" }).waitFor();
      await checkpoint(page, "mal");

      const activeTitles = () => page.locator("tbody tr:not(.retired) th[scope=row]").evaluateAll((ths) => ths.map((th) => th.firstChild?.textContent?.trim() ?? ""));
      const before = await activeTitles();
      expect(before).toHaveLength(7);
      expect(before.at(-1)).toBe("Delta på Lean lederforum");

      // Add.
      const title = "Besøk en annen enhet";
      const form = page.locator("#step-form-section");
      await form.getByLabel("Tittel").fill(title);
      await form.getByLabel("Beskrivelse").fill("Følg en leder i en annen enhet en dag.");
      await form.getByLabel("Ansvarlig").selectOption({ label: "Lederen selv" });
      await form.getByLabel("Frist i dager fra ankerdatoen").fill("200");
      await form.getByLabel("Hva fullføring registrerer").selectOption({ label: "Avkrysning" });
      await form.getByLabel("Påkrevd steg").check();
      await form.getByRole("button", { name: "Lagre steg" }).click();
      await flash(page, "Malen er lagret som versjon 2.").waitFor();
      expect(await activeTitles()).toEqual([...before, title]);
      const addedRow = page.locator("tbody tr").filter({ has: page.locator("th", { hasText: title }) });
      expect(await addedRow.locator("td").first().innerText()).toBe("8");
      expect(await addedRow.innerText()).toContain("200");

      // Move up: it swaps with «Delta på Lean lederforum».
      await page.getByRole("button", { name: `Flytt opp: ${title}`, exact: true }).click();
      await flash(page, "Malen er lagret som versjon 3.").waitFor();
      await page.waitForFunction((t) => {
        const rows = [...document.querySelectorAll("tbody tr:not(.retired) th[scope=row]")].map((th) => th.firstChild?.textContent?.trim());
        return rows[6] === t;
      }, title);
      expect(await activeTitles()).toEqual([...before.slice(0, 6), title, "Delta på Lean lederforum"]);
      expect(await addedRow.locator("td").first().innerText()).toBe("7");

      // Retire: it leaves the active list and shows as retired.
      await page.getByRole("button", { name: `Ta ut: ${title}`, exact: true }).click();
      await flash(page, "Malen er lagret som versjon 4.").waitFor();
      await page.locator("tbody tr.retired").filter({ hasText: title }).waitFor();
      expect(await activeTitles()).toEqual(before);
      const retiredRow = page.locator("tbody tr.retired").filter({ hasText: title });
      expect(await retiredRow.locator("td").first().innerText()).toBe("–");
      expect(await retiredRow.innerText()).toContain("Tatt ut");
      await expect(page.getByRole("button", { name: `Ta ut: ${title}` }).count()).resolves.toBe(0);
    },
    90_000,
  );

  describe("axe-core (WCAG 2.1 A/AA) on every page the journeys visit", () => {
    it.each(SCANNED_PAGES)("%s", (name) => {
      const result = scans.get(name);
      expect(result, `«${name}» was not scanned: the journey that visits it failed before reaching it`).toBeDefined();
      expect(result!.passes, `axe checked no rules on «${name}»`).toBeGreaterThan(0);
      expect(result!.violations, formatViolations(result!)).toEqual([]);
    });
  });

  it("the server logged no errors", () => {
    const lines = server.output().split("\n");
    const errors = lines.filter((l) => /error|exception|unhandled/i.test(l));
    expect(errors, `server output:\n${server.output()}`).toEqual([]);
  });

  it("no JavaScript errors in the browser on any page (uncaught or logged)", () => {
    const all = [...pageErrors.map((e) => `uncaught: ${e}`), ...consoleErrors.map((e) => `console.error: ${e}`)];
    expect(all, `JavaScript errors in the browser:\n${all.join("\n")}`).toEqual([]);
  });
});
