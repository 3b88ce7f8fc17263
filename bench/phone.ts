// A cold first visit on a phone, for `npm run bench`: Debian's Chromium (through playwright-core) at
// 390×844 with Lighthouse's mobile profile applied over CDP (150 ms round trip, 1.6 Mbit/s down,
// 750 kbit/s up, CPU ×4), the cache disabled, a fresh context per load. Reports LCP and the bytes
// transferred, in total and by type, from CDP's Network.loadingFinished (encodedDataLength: what
// came over the wire, headers included, as Lighthouse counts it).
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const PHONE = {
  width: 390,
  height: 844,
  deviceScaleFactor: 3,
  latencyMs: 150,
  downloadBytesPerSecond: (1600 * 1024) / 8, // 1.6 Mbit/s = 204,800 B/s
  uploadBytesPerSecond: (750 * 1024) / 8, // 750 kbit/s = 96,000 B/s
  cpuSlowdown: 4,
};
// A phone's user agent, so nothing serves the page differently from what a phone would get.
const USER_AGENT =
  "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36";

export type ResourceKind = "document" | "script" | "stylesheet" | "font" | "other";
export const KINDS: ResourceKind[] = ["document", "script", "stylesheet", "font", "other"];

export interface PhoneLoad {
  lcpMs: number;
  lcpElement: string;
  fcpMs: number;
  domContentLoadedMs: number;
  loadMs: number;
  /** Time from navigation start until the network was quiet (500 ms without a request after load). */
  settledMs: number;
  bytes: Record<ResourceKind, number> & { total: number };
  requests: { url: string; kind: ResourceKind; status: number; bytes: number; encoding: string; endMs: number }[];
}

const CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];
export function findChromium(): string | null {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CHROMIUM.find((p) => existsSync(p)) ?? null;
}

export function launchPhoneBrowser(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** LCP (buffered entries arrive in the observer's first callback, a task later), FCP, navigation timing. */
const LCP_SCRIPT = `new Promise((resolve) => {
  const nav = performance.getEntriesByType("navigation")[0];
  const fcp = performance.getEntriesByName("first-contentful-paint")[0];
  let last;
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    last = entries[entries.length - 1];
  }).observe({ type: "largest-contentful-paint", buffered: true });
  setTimeout(() => {
    const el = last && last.element;
    const text = el ? (el.textContent || "").trim().replace(/\\s+/g, " ").slice(0, 40) : "";
    const cls = el && typeof el.className === "string" && el.className ? "." + el.className.trim().split(/\\s+/).join(".") : "";
    resolve({
      lcp: last ? last.startTime : 0,
      element: el ? "<" + el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + cls + "> «" + text + "»" : "(none)",
      fcp: fcp ? fcp.startTime : 0,
      dcl: nav ? nav.domContentLoadedEventEnd : 0,
      load: nav ? nav.loadEventEnd : 0,
    });
  }, 200);
})`;

function kindOf(cdpType: string | undefined): ResourceKind {
  switch (cdpType) {
    case "Document":
      return "document";
    case "Script":
      return "script";
    case "Stylesheet":
      return "stylesheet";
    case "Font":
      return "font";
    default:
      return "other";
  }
}

/**
 * One cold load of `url` in a fresh context carrying `cookie` ("name=value"). `throttled: false`
 * gives a warm-up load at full speed (the server's first render of the page is not measured).
 */
export async function phoneLoad(browser: Browser, url: string, cookie: string | null, throttled = true): Promise<PhoneLoad> {
  const context = await browser.newContext({
    viewport: { width: PHONE.width, height: PHONE.height },
    deviceScaleFactor: PHONE.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
    userAgent: USER_AGENT,
    locale: "nb-NO",
    timezoneId: "Europe/Oslo",
  });
  try {
    if (cookie) {
      const eq = cookie.indexOf("=");
      await context.addCookies([{ name: cookie.slice(0, eq), value: cookie.slice(eq + 1), url: new URL(url).origin }]);
    }
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    if (throttled) {
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: PHONE.latencyMs,
        downloadThroughput: PHONE.downloadBytesPerSecond,
        uploadThroughput: PHONE.uploadBytesPerSecond,
      });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: PHONE.cpuSlowdown });
    }

    const seen = new Map<string, { url: string; kind: ResourceKind; status: number; encoding: string; bytes: number; endMs: number; done: boolean }>();
    let lastActivity = Date.now();
    let t0 = 0; // CDP monotonic seconds at the document's request
    cdp.on("Network.requestWillBeSent", (e) => {
      lastActivity = Date.now();
      if (!t0 && e.type === "Document") t0 = e.timestamp;
      if (!seen.has(e.requestId)) seen.set(e.requestId, { url: e.request.url, kind: kindOf(e.type), status: 0, encoding: "", bytes: 0, endMs: 0, done: false });
    });
    cdp.on("Network.responseReceived", (e) => {
      lastActivity = Date.now();
      const r = seen.get(e.requestId);
      if (!r) return;
      r.kind = kindOf(e.type);
      r.status = e.response.status;
      const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), String(v)]));
      r.encoding = headers["content-encoding"] ?? "";
    });
    const finish = (requestId: string, bytes: number, timestamp: number) => {
      lastActivity = Date.now();
      const r = seen.get(requestId);
      if (!r) return;
      r.bytes = bytes;
      r.endMs = t0 ? (timestamp - t0) * 1000 : 0;
      r.done = true;
    };
    cdp.on("Network.loadingFinished", (e) => finish(e.requestId, e.encodedDataLength, e.timestamp));
    cdp.on("Network.loadingFailed", (e) => finish(e.requestId, 0, e.timestamp));

    const response = await page.goto(url, { waitUntil: "load", timeout: 60_000 });
    if (!response || response.status() !== 200) throw new Error(`phone load of ${url} answered ${response?.status() ?? "nothing"}`);
    // Quiet network: everything started has finished and nothing new for 500 ms (Remix may still
    // fetch route modules or /__manifest for links after hydration; those count too).
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline && ([...seen.values()].some((r) => !r.done) || Date.now() - lastActivity < 500)) await page.waitForTimeout(100);

    // A string, not a function: tsx (esbuild, keepNames) would wrap a function's inner
    // functions in a `__name` helper that the page does not have.
    const timing = (await page.evaluate(LCP_SCRIPT)) as { lcp: number; element: string; fcp: number; dcl: number; load: number };

    const requests = [...seen.values()].map(({ done: _done, ...r }) => r);
    const bytes = { document: 0, script: 0, stylesheet: 0, font: 0, other: 0, total: 0 };
    for (const r of requests) {
      bytes[r.kind] += r.bytes;
      bytes.total += r.bytes;
    }
    return {
      lcpMs: timing.lcp,
      lcpElement: timing.element,
      fcpMs: timing.fcp,
      domContentLoadedMs: timing.dcl,
      loadMs: timing.load,
      settledMs: Math.max(0, ...requests.map((r) => r.endMs)),
      bytes,
      requests,
    };
  } finally {
    await context.close();
  }
}

/** `runs` throttled loads after one warm-up; the run with the median LCP, and every run's LCP. */
export async function phoneLoads(url: string, cookie: string | null, runs = 3): Promise<{ median: PhoneLoad; lcps: number[]; chromium: string }> {
  const executable = findChromium() ?? (() => { throw new Error("no Chromium found (set CHROMIUM_PATH, or apt-get install chromium)"); })();
  const browser = await launchPhoneBrowser(executable);
  try {
    await phoneLoad(browser, url, cookie, false);
    const loads: PhoneLoad[] = [];
    for (let i = 0; i < runs; i++) loads.push(await phoneLoad(browser, url, cookie));
    const byLcp = [...loads].sort((a, b) => a.lcpMs - b.lcpMs);
    return { median: byLcp[Math.floor((byLcp.length - 1) / 2)]!, lcps: loads.map((l) => l.lcpMs), chromium: `${browser.version()} (${executable})` };
  } finally {
    await browser.close();
  }
}
