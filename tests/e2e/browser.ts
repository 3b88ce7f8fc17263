// Helpers for the browser journeys: the built app on a fresh demo database, Chromium through
// playwright-core, sign-in through the built-in mailbox, axe-core scans and screenshots.
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect } from "vitest";
import { emptyDatabase, removeDatabase } from "../support/databases";

export const ROOT = process.cwd();
export const RESULTS_DIR = join(ROOT, "test-results");
export const SCREENSHOT_DIR = join(RESULTS_DIR, "screenshots");
export const DEMO_DOMAIN = "lederlop.example";
export const demoEmail = (local: string) => `${local}@${DEMO_DOMAIN}`;

// ---------------------------------------------------------------------------------------------
// Chromium

const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

/** The Chromium to drive: $CHROMIUM_PATH if set (and present), else the usual system paths. */
function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

function launchBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Every person gets their own context (own cookies); Oslo time and Norwegian, like the users. */
function newPersonContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({
    locale: "nb-NO",
    timezoneId: "Europe/Oslo",
    viewport: { width: 1280, height: 900 },
    ...options,
  });
}

// ---------------------------------------------------------------------------------------------
// The server

export interface RunningServer {
  url: string;
  port: number;
  databaseUrl: string;
  /** Everything the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Copies server.js, build/ and public/ into `dir`, so a `remix build` run by someone else while the
 * suite runs cannot swap the browser assets under the server (the old hashed chunks would 404).
 * The copy lives under the project, so the build's imports still resolve from its node_modules.
 * Retries when it caught a build half-written (the server build names a manifest that is missing).
 */
async function snapshotBuild(dir: string): Promise<string> {
  const buildFile = join(ROOT, "build", "index.js");
  if (!existsSync(buildFile)) {
    throw new Error(`The browser tests need the production build, and ${buildFile} is missing. Run \`npx remix build\` (npm test does it) first.`);
  }
  for (let attempt = 1; ; attempt++) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    cpSync(join(ROOT, "server.js"), join(dir, "server.js"));
    cpSync(join(ROOT, "build"), join(dir, "build"), { recursive: true });
    cpSync(join(ROOT, "public"), join(dir, "public"), { recursive: true });
    const manifest = readFileSync(join(dir, "build", "index.js"), "utf8").match(/\/build\/manifest-[A-Za-z0-9]+\.js/)?.[0];
    if (manifest && existsSync(join(dir, "public", manifest))) return dir;
    if (attempt >= 5) throw new Error(`The build in ${ROOT} is inconsistent (server build names ${manifest ?? "no manifest"}, not in public/). Run \`npx remix build\` again.`);
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

/**
 * Starts `node server.js` on a free port, in demo mode, against a new, empty database (a SQLite
 * file, or a PostgreSQL database with TEST_DATABASE_URL), and waits for /healthz. `port` and `env`
 * are for a test whose other parts must know the address first (an OpenID provider's redirect URI). It runs from a snapshot of the build (see
 * snapshotBuild) and is spawned directly (not through npm), so the PID is the server's own and
 * `stop()` ends exactly that process.
 */
export interface ServerOptions {
  timeoutMs?: number;
  port?: number;
  /** Added to the server's environment (over the demo defaults). */
  env?: Record<string, string>;
}

export async function startServer({ timeoutMs = 30_000, port: chosenPort, env = {} }: ServerOptions = {}): Promise<RunningServer> {
  const dir = join(RESULTS_DIR, "e2e");
  mkdirSync(dir, { recursive: true });
  const port = chosenPort ?? (await freePort());
  const appDir = await snapshotBuild(join(dir, `app-${process.pid}`));
  const databaseUrl = await emptyDatabase(`e2e_${process.pid}_${port}`);
  const url = `http://localhost:${port}`;

  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["server.js"], {
    cwd: appDir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      APP_URL: url,
      DEMO: "1",
      SMTP_URL: "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
  let exited: number | null | undefined;
  const exitPromise = new Promise<void>((resolve) =>
    child.once("exit", (code) => {
      exited = code;
      resolve();
    }),
  );

  const stop = async () => {
    if (exited !== undefined || child.pid === undefined) return;
    process.kill(child.pid, "SIGTERM");
    const timer = setTimeout(() => {
      if (exited === undefined && child.pid !== undefined) process.kill(child.pid, "SIGKILL");
    }, 5_000);
    await exitPromise;
    clearTimeout(timer);
    rmSync(appDir, { recursive: true, force: true });
    await removeDatabase(databaseUrl);
  };

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited !== undefined) throw new Error(`The server exited (code ${exited}) before it answered /healthz:\n${output}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.status === 200) return { url, port, databaseUrl, output: () => output, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`The server did not answer GET /healthz with 200 within ${timeoutMs} ms:\n${output}`);
}

// ---------------------------------------------------------------------------------------------
// Dates

/** Today's date in Oslo as YYYY-MM-DD (what the app calls «today»). */
export function osloToday(now = new Date()): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Page loads

/** Contexts whose pages never hydrate (JavaScript off, or the app's bundles blocked). */
const staticContexts = new WeakSet<BrowserContext>();
export function markStatic(context: BrowserContext) {
  staticContexts.add(context);
}

/**
 * Waits until React has hydrated the page (the app shell's footer, rendered last, carries React's
 * fiber key). Acting earlier works (forms post natively) but is not what the journeys mean to test,
 * and tearing a page down mid-hydration makes React log errors that would hide real ones.
 */
export async function waitForHydration(page: Page, timeoutMs = 10_000) {
  if (staticContexts.has(page.context())) return;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hydrated = await page
      .evaluate(() => {
        const el = document.querySelector("footer") ?? document.querySelector("main");
        return !!el && Object.keys(el).some((k) => k.startsWith("__reactFiber"));
      })
      .catch(() => false); // navigating: try again
    if (hydrated) return;
    if (Date.now() > deadline) throw new Error(`${page.url()} did not hydrate within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** page.goto, then wait for hydration. */
export async function open(page: Page, url: string) {
  const response = await page.goto(url);
  await waitForHydration(page);
  return response;
}

/** Opens every <details> on the page, so a scan or a screenshot sees what they hold. */
export async function openAllDetails(page: Page) {
  await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
}

// ---------------------------------------------------------------------------------------------
// Languages: the shell's chooser

/** Each language's button in the chooser, bokmål (the default) first. */
export const LANGUAGE_BUTTONS = { nb: "Bokmål", nn: "Nynorsk", en: "English" } as const;
export type Locale = keyof typeof LANGUAGE_BUTTONS;
export const LOCALES = Object.keys(LANGUAGE_BUTTONS) as Locale[];

/** Switches the page to `locale` with the chooser (unless it is in it already) and waits for React. */
export async function chooseLanguage(page: Page, locale: Locale) {
  const button = page.getByRole("button", { name: LANGUAGE_BUTTONS[locale], exact: true });
  if ((await button.getAttribute("aria-pressed")) === "true") return;
  await button.click();
  await page.waitForFunction((l) => document.documentElement.lang === l, locale);
  await waitForHydration(page);
}

// ---------------------------------------------------------------------------------------------
// Sign-in through the built-in mailbox

/** Asks for a sign-in link on /logg-inn, pressing the button with the mouse. */
export async function requestSignInLink(page: Page, baseUrl: string, email: string) {
  await open(page, `${baseUrl}/logg-inn`);
  await page.getByLabel("E-post på jobb", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Send innloggingslenke", exact: true }).click();
  await page.getByRole("heading", { name: "Sjekk e-posten din" }).waitFor();
}

/**
 * Finds the newest sign-in mail to `email` in the outbox and returns the link it carries. Leaves the
 * page on the message. Uses the outbox's own filter form.
 */
export async function openNewestSignInMail(page: Page, baseUrl: string, email: string): Promise<string> {
  await open(page, `${baseUrl}/postkasse`);
  await page.getByLabel("Filtrer på mottaker").fill(email);
  await page.getByRole("button", { name: "Filtrer", exact: true }).click();
  await page.waitForURL((u) => u.searchParams.get("til") === email);
  const row = page.locator("tbody tr").filter({ hasText: email }).filter({ hasText: "Logg inn i Lederløp" }).first();
  await row.getByRole("link").click();
  await page.waitForURL(/\/postkasse\/\d+$/);
  return signInLinkOnPage(page);
}

/** The /logg-inn/<token> link in the mail that is open on the page. */
export async function signInLinkOnPage(page: Page): Promise<string> {
  const text = await page.locator(".mail-text").innerText();
  const match = text.match(/https?:\/\/\S+\/logg-inn\/[A-Za-z0-9_-]+/);
  if (!match) throw new Error(`No sign-in link in the mail:\n${text}`);
  return match[0];
}

/** The whole sign-in: request, mailbox, link, «Logg inn». Ends on the person's start page. */
export async function signIn(page: Page, baseUrl: string, email: string) {
  await requestSignInLink(page, baseUrl, email);
  const link = await openNewestSignInMail(page, baseUrl, email);
  await open(page, link);
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/logg-inn"));
  await waitForHydration(page);
}

// ---------------------------------------------------------------------------------------------
// Steps on «Mitt løp» / a leader's page

/** The <li class="step"> card whose h3 is exactly `title`. */
export function stepCard(page: Page, title: string): Locator {
  return page.locator("li.step").filter({ has: page.getByRole("heading", { level: 3, name: title, exact: true }) });
}

/** Flash messages render in a role=status alert at the top of <main>. */
export function flash(page: Page, text: string): Locator {
  return page.locator("main .ds-alert[role=status]").filter({ hasText: text });
}

// ---------------------------------------------------------------------------------------------
// Keyboard

export interface FocusInfo {
  tag: string;
  type: string | null;
  id: string;
  text: string;
  label: string | null;
  href: string | null;
  stepTitle: string | null;
  focusVisible: boolean;
}

export async function focused(page: Page): Promise<FocusInfo | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    return {
      tag: el.tagName.toLowerCase(),
      type: el.getAttribute("type"),
      id: el.id,
      text: (el.textContent ?? "").trim(),
      label: el.getAttribute("aria-label"),
      href: el.getAttribute("href"),
      stepTitle: el.closest("li.step")?.querySelector("h3")?.textContent?.trim() ?? null,
      focusVisible: el.matches(":focus-visible"),
    };
  });
}

/** Presses Tab until `match` accepts the focused element (at most `max` presses). */
export async function tabTo(page: Page, what: string, match: (f: FocusInfo) => boolean, max = 120): Promise<FocusInfo> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (f && match(f)) return f;
    seen.push(f ? `${f.tag}${f.id ? `#${f.id}` : ""} «${(f.label ?? f.text).slice(0, 40)}»` : "(body)");
  }
  throw new Error(`Could not reach ${what} with Tab in ${max} presses. Focus went through:\n  ${seen.join("\n  ")}`);
}

// ---------------------------------------------------------------------------------------------
// axe-core and screenshots

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export interface AxeResult {
  page: string;
  url: string;
  /** How many rules axe checked and found passing: a scan that checked nothing proves nothing. */
  passes: number;
  violations: { id: string; impact: string | null | undefined; help: string; helpUrl: string; targets: string[] }[];
}

/** Scans the page as it is now. Needs a page from browser.newContext(). */
export async function scanPage(page: Page, name: string): Promise<AxeResult> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return {
    page: name,
    url: page.url(),
    passes: results.passes.length,
    violations: results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => `${n.target.join(" ")}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, " ")}` : ""}`),
    })),
  };
}

export function formatViolations(r: AxeResult): string {
  if (r.violations.length === 0) return `${r.page}: no axe violations`;
  const lines = [`axe found ${r.violations.length} violation(s) on «${r.page}» (${r.url}):`];
  for (const v of r.violations) {
    lines.push(`- ${v.id} [${v.impact ?? "?"}]: ${v.help} (${v.helpUrl})`);
    for (const t of v.targets) lines.push(`    · ${t}`);
  }
  return lines.join("\n");
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/**
 * Opens `url` at this width in this language (with the chooser), every <details> opened, and checks
 * it: axe passes more than ten rules and finds no violations, and nothing is wider than the screen.
 */
export async function scanIn(page: Page, url: string, locale: Locale, width: number, name: string) {
  await page.setViewportSize({ width, height: 844 });
  await open(page, url);
  await chooseLanguage(page, locale);
  await openAllDetails(page);
  const scan = await scanPage(page, `${name}-${locale}-${width}`);
  expect(scan.passes).toBeGreaterThan(10);
  expect(scan.violations, formatViolations(scan)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), name).toBeLessThanOrEqual(width);
}

// ---------------------------------------------------------------------------------------------
// People: one browser context each, with the page's uncaught errors and console errors collected

/**
 * Opens a browser context per person. `appScripts: false` blocks the app's own scripts, so the
 * page stays exactly as the server rendered it and forms post natively; its errors (the blocked
 * imports) are not collected. The browser is read when a person is opened (it starts in beforeAll).
 */
function people(getBrowser: () => Browser) {
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  async function person(
    options: BrowserContextOptions = {},
    { appScripts = true }: { appScripts?: boolean } = {},
  ): Promise<{ context: BrowserContext; page: Page }> {
    const context = await newPersonContext(getBrowser(), options);
    contexts.push(context);
    if (!appScripts) await context.route(/\/build\/.*\.js(\?.*)?$/, (route) => route.abort());
    if (!appScripts || options.javaScriptEnabled === false) markStatic(context);
    const page = await context.newPage();
    if (appScripts) {
      const where = () => `[${expect.getState().currentTestName?.split(" > ").pop() ?? "?"}] ${page.url()}`;
      page.on("pageerror", (e) => pageErrors.push(`${where()}: ${e.message}`));
      page.on("console", (m) => {
        // «Failed to load resource» is Chromium logging a 4xx/5xx response; the journeys assert the
        // statuses they expect (400 for a refused form, 404 for another area's leader) themselves.
        if (m.type() === "error" && !m.text().startsWith("Failed to load resource"))
          consoleErrors.push(`${where()}: ${m.text().split("\n")[0]}${m.location().url ? ` (${m.location().url})` : ""}`);
      });
    }
    return { context, page };
  }
  const closeAll = async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
  };
  return { person, pageErrors, consoleErrors, closeAll };
}

// ---------------------------------------------------------------------------------------------
// The suite: one server and one browser per file

const CHROMIUM = findChromium();
const IN_CI = process.env.CI === "true";

/** The suite's server as its tests see it; the suite starts it in beforeAll and stops it in afterAll. */
export type SuiteServer = Omit<RunningServer, "stop">;

export interface BrowserSuite {
  server: SuiteServer;
  /** A new browser context and page (see people). */
  person: ReturnType<typeof people>["person"];
  /** Uncaught errors and console errors of every person's page, for a closing check. */
  pageErrors: string[];
  consoleErrors: string[];
}

export interface BrowserSuiteOptions {
  /** How to start the server; a function runs in beforeAll, for what must exist first (a provider that needs the app's address). */
  server?: ServerOptions | (() => Promise<ServerOptions>);
  /** Each test's timeout, where the suite's tests need more than the config's. */
  timeout?: number;
}

/**
 * A describe block with the built app on a fresh demo database (startServer) and one Chromium,
 * both started before its tests and stopped after them with every person's context. `body` gets the
 * server and `person`; hooks it adds run after the suite's beforeAll and before its afterAll.
 * Without Chromium the suite is skipped with a warning, except in CI (CI=true): there every test fails.
 */
export function browserSuite(name: string, body: (suite: BrowserSuite) => void): void;
export function browserSuite(name: string, options: BrowserSuiteOptions, body: (suite: BrowserSuite) => void): void;
export function browserSuite(name: string, ...args: [(suite: BrowserSuite) => void] | [BrowserSuiteOptions, (suite: BrowserSuite) => void]) {
  const [options, body] = args.length === 1 ? [{}, args[0]] : args;
  if (!CHROMIUM && !IN_CI) {
    console.warn(`\n!! Browser tests SKIPPED («${name}»): no Chromium found (set CHROMIUM_PATH or install chromium). In CI (CI=true) this is a failure.\n`);
  }
  describe.skipIf(!CHROMIUM && !IN_CI)(name, options.timeout === undefined ? {} : { timeout: options.timeout }, () => {
    let running: RunningServer | undefined;
    let browser: Browser | undefined;
    const { person, pageErrors, consoleErrors, closeAll } = people(() => browser!);
    const started = () => {
      if (!running) throw new Error("The suite's server is not running: read it in a hook or a test (it starts in beforeAll).");
      return running;
    };
    const server: SuiteServer = {
      get url() {
        return started().url;
      },
      get port() {
        return started().port;
      },
      get databaseUrl() {
        return started().databaseUrl;
      },
      output: () => started().output(),
    };

    beforeAll(async () => {
      if (!CHROMIUM) {
        throw new Error(
          "CI=true but no Chromium was found at $CHROMIUM_PATH or /usr/bin/chromium(-browser), /usr/bin/google-chrome. " +
            "Install Debian's chromium package in .ci/run (apt-get install -y chromium) or set CHROMIUM_PATH.",
        );
      }
      running = await startServer(typeof options.server === "function" ? await options.server() : options.server);
      browser = await launchBrowser(CHROMIUM);
    }, 60_000);

    afterAll(async () => {
      await closeAll();
      await browser?.close().catch(() => undefined);
      await running?.stop();
    }, 30_000);

    body({ server, person, pageErrors, consoleErrors });
  });
}
