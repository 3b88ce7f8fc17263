import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { translate, type MessageKey } from "~/i18n/catalog";
import { uiText } from "~/i18n/messages.server";
import { localeCookie } from "~/server/cookies.server";
import { getLocale } from "~/server/locale.server";
import { loadApp } from "./support/app";
import { getDb } from "../db/client.server";
import { signInEmail } from "../emails/sign-in";
import { freshDb, seedOrg } from "./support/db";
import { ORIGIN } from "./support/app";

const jsFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? jsFiles(path) : name.endsWith(".js") ? [path] : [];
  });

// Distinctive texts: English and nynorsk UI, and email (bokmål included: email never goes to a browser).
const SAMPLES: [string, MessageKey][] = [
  ["en", "app.skipToContent"],
  ["en", "path.intro"],
  ["en", "import.intro"],
  ["nn", "app.skipToContent"],
  ["nn", "path.intro"],
  ["nn", "rollout.title"],
  ["nb", "email.signin.ignore"],
  ["nb", "email.welcome.how"],
  ["en", "email.reminder.settings"],
  ["nb", "path.intro"],
  ["nb", "app.tagline"],
];

describe("only the reader's language reaches the browser", () => {
  test("the built client JavaScript holds no catalog text: no English, no nynorsk, no email, not even bokmål", () => {
    const bundle = jsFiles(join(process.cwd(), "public", "build")).map((f) => readFileSync(f, "utf8"));
    expect(bundle.length, "npm run build has run").toBeGreaterThan(5);
    const found = SAMPLES.map(([locale, key]) => [locale, key, translate(locale as "nb", key)] as const).filter(([, , text]) => bundle.some((js) => js.includes(text)));
    expect(found).toEqual([]);
  });

  describe("the text script", () => {
    let app: Awaited<ReturnType<typeof loadApp>>;
    beforeAll(async () => {
      await freshDb();
      app = await loadApp();
    });

    test("a page links its reader's text script, which holds that language's UI text only and may be cached for good", async () => {
      const cookie = (await localeCookie().serialize("nn")).split(";")[0]!;
      const html = await (await app.request("/logg-inn", { cookie })).text();
      expect(html).toMatch(/<html lang="nn"/);
      const src = /<script id="lederlop-text"[^>]* src="([^"]+)"/.exec(html)?.[1];
      expect(src).toBe(`/tekst/nn-${uiText("nn").version}.js`);
      const res = await app.request(src!);
      expect(res.headers.get("Content-Type")).toMatch(/^text\/javascript/);
      expect(res.headers.get("Cache-Control")).toContain("immutable");
      const js = await res.text();
      expect(js).toContain(translate("nn", "signin.intro"));
      expect(js).not.toContain(translate("nb", "signin.intro"));
      expect(js).not.toContain(translate("en", "signin.intro"));
      expect(js).not.toContain(translate("nn", "email.signin.ignore"));
      // The page itself carries no catalog: the HTML holds only what it shows.
      expect(html).not.toContain(translate("nn", "path.intro"));
    });

    test("an outdated version gets today's text without being cached; an unknown language is not found", async () => {
      const old = await app.request("/tekst/en-0000000000.js");
      expect(old.status).toBe(200);
      expect(old.headers.get("Cache-Control")).toBe("no-cache");
      expect((await app.request("/tekst/xx-0000000000.js")).status).toBe(404);
    });
  });
});

describe("nynorsk as a mail language", () => {
  test("a person chooses nynorsk on «Min profil» (both engines store it) and gets a nynorsk sign-in mail", async () => {
    await freshDb();
    await seedOrg();
    const app = await loadApp();
    const cookie = await app.signIn("hr@test.example");
    const res = await app.post("/profil", { intent: "save", reminderMode: "individual", locale: "nn" }, cookie);
    expect(res.status).toBe(302);
    const person = await getDb().selectFrom("person").select("locale").where("email", "=", "hr@test.example").executeTakeFirstOrThrow();
    expect(person.locale).toBe("nn");
    await app.post("/logg-inn?index", { email: "hr@test.example" });
    const mail = await getDb().selectFrom("outbox").select(["subject", "html_body"]).where("to_address", "=", "hr@test.example").orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(mail.subject).toBe(signInEmail({ name: "", url: ORIGIN }, "nn").subject);
    expect(mail.html_body).toContain('<html lang="nn">');
  });
});

describe("DEFAULT_LOCALE", () => {
  afterEach(() => {
    delete process.env.DEFAULT_LOCALE;
  });

  test("a reader without a choice gets the installation's language; a choice wins; an unknown value means bokmål", async () => {
    const plain = new Request("http://localhost/");
    expect(await getLocale(plain)).toBe("nb");
    process.env.DEFAULT_LOCALE = "nn";
    expect(await getLocale(plain)).toBe("nn");
    const chose = new Request("http://localhost/", { headers: { Cookie: await localeCookie().serialize("en") } });
    expect(await getLocale(chose)).toBe("en");
    process.env.DEFAULT_LOCALE = "sv";
    expect(await getLocale(plain)).toBe("nb");
  });
});
