// The accessibility statement: a footer link on every page (every role's, the sign-in page, the
// error pages, the refusal page server.js sends), pointing to /tilgjengelighet or to the
// municipality's own statement; the statement itself open to everyone in all three languages.
import { sql } from "kysely";
import { afterEach, beforeAll, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import type { Role } from "../db/schema";
import { homeFor } from "~/access/menu";
import { refusalPage } from "~/server/limits.server";
import { loadApp } from "./support/app";
import { freshDb, seedOrg } from "./support/db";
import { expectConsoleError } from "./support/setup";

let app: Awaited<ReturnType<typeof loadApp>>;
const LINK = /<a class="ds-link" href="([^"]*)">Tilgjengelighetserklæring<\/a>/;
const linkOn = (html: string) => LINK.exec(html)?.[1];

beforeAll(async () => {
  await freshDb();
  await seedOrg();
  const stamp = new Date().toISOString();
  for (const [email, role] of [["leder@test.example", "leader"], ["rlg@test.example", "rlg"]] as const) {
    const { id } = await getDb().insertInto("person").values({ name: email, email, unit_id: null, position: "", start_date: null, active: 1, created_at: stamp, updated_at: stamp }).returning("id").executeTakeFirstOrThrow();
    await getDb().insertInto("person_role").values({ person_id: id, role }).execute();
  }
  app = await loadApp();
});
afterEach(() => {
  delete process.env.ACCESSIBILITY_STATEMENT_URL;
  delete process.env.ACCESSIBILITY_CONTACT;
});

const ROLES: [string, Role][] = [
  ["leder@test.example", "leader"],
  ["hr@test.example", "hr"],
  ["tol.a@test.example", "tol"],
  ["dev@test.example", "development_unit"],
  ["admin@test.example", "admin"],
  ["rlg@test.example", "rlg"],
];

describe("the footer link", () => {
  test("is on every role's home page, the signed-out sign-in page and the error pages, and leads to /tilgjengelighet", async () => {
    for (const [email, role] of ROLES) {
      const cookie = await app.signIn(email);
      const home = homeFor({ roles: [role] });
      const res = await app.request(home, { cookie });
      expect(res.status, `${role} ${home}`).toBe(200);
      expect(linkOn(await res.text()), `${role} ${home}`).toBe("/tilgjengelighet");
    }
    expect(linkOn(await (await app.request("/logg-inn")).text())).toBe("/tilgjengelighet");
    const missing = await app.request("/finnes-ikke");
    expect(missing.status).toBe(404);
    expect(linkOn(await missing.text())).toBe("/tilgjengelighet");
    const forbidden = await app.request("/personer", { cookie: await app.signIn("hr@test.example") });
    expect(forbidden.status).toBe(403);
    expect(linkOn(await forbidden.text())).toBe("/tilgjengelighet");
    // The short 403 and 413 pages server.js answers with before the app: the link, and still small.
    for (const status of [403, 413] as const) {
      const page = refusalPage(status);
      expect(page).toContain('<footer><a href="/tilgjengelighet">Tilgjengelighetserklæring</a></footer>');
      expect(Buffer.byteLength(page)).toBeLessThan(1024);
    }
  });

  test("points to the municipality's statement when ACCESSIBILITY_STATEMENT_URL is set (an http(s) address only)", async () => {
    const url = "https://uustatus.no/nb/erklaringer/publisert/0000-lederlop";
    process.env.ACCESSIBILITY_STATEMENT_URL = url;
    expect(linkOn(await (await app.request("/logg-inn")).text())).toBe(url);
    expect(linkOn(await (await app.request("/ledere", { cookie: await app.signIn("hr@test.example") })).text())).toBe(url);
    expect(refusalPage(413)).toContain(`<a href="${url}">`);
    // Lederløp's own page says where the official one is.
    expect(await (await app.request("/tilgjengelighet")).text()).toContain(`href="${url}"`);
    process.env.ACCESSIBILITY_STATEMENT_URL = "javascript:alert(1)";
    expect(linkOn(await (await app.request("/logg-inn")).text())).toBe("/tilgjengelighet");
  });

  test("the bare error page (no root data: no route matched, or the root loader failed) links the municipality's statement too", async () => {
    const url = "https://uustatus.no/nb/erklaringer/publisert/0000-lederlop";
    process.env.ACCESSIBILITY_STATEMENT_URL = url;
    const missing = await app.request("/finnes-ikke");
    expect(missing.status).toBe(404);
    const html = await missing.text();
    expect(linkOn(html)).toBe(url);
    // The browser's footer reads it back from the page.
    expect(html).toContain(`<meta name="lederlop-statement" content="${url}"/>`);

    // A signed-in visitor's session cannot be read: the root loader throws, and the page is a 500.
    const cookie = await app.signIn("hr@test.example");
    await sql`alter table ${sql.table("session")} rename to ${sql.table("session_away")}`.execute(getDb());
    let failed: Response;
    try {
      failed = await app.request("/tilgjengelighet", { cookie });
    } finally {
      await sql`alter table ${sql.table("session_away")} rename to ${sql.table("session")}`.execute(getDb());
    }
    expect(failed.status).toBe(500);
    // Logged as a server error should be (handleError), and by the boundary, which sees it masked.
    expectConsoleError(/session/);
    expectConsoleError(/^Error: Unexpected Server Error$/);
    const page = await failed.text();
    expect(page).not.toContain('class="site-header"');
    expect(linkOn(page)).toBe(url);
  });
});

describe("/tilgjengelighet", () => {
  const inLanguage = async (locale: string) => {
    const res = await app.post("/sprak", { locale, back: "/tilgjengelighet" });
    return res.headers.get("Set-Cookie")!.split(";")[0]!;
  };

  test("is open to signed-out visitors in bokmål, nynorsk and English, with the standard, testing, limitations, feedback and review date", async () => {
    const pages = {
      nb: ["<title>Tilgjengelighetserklæring – Lederløp</title>", "WCAG 2.1", "forskrift om universell utforming av IKT-løsninger", "Kjente begrensninger", "Erklæringen ble sist gjennomgått 5. des. 2026."],
      nn: ["<title>Tilgjengelegheitserklæring – Lederløp</title>", "WCAG 2.1", "forskrift om universell utforming av IKT-løysingar", "Kjende avgrensingar", "Erklæringa vart sist gjennomgått 5. des. 2026."],
      en: ["<title>Accessibility statement – Lederløp</title>", "WCAG 2.1", "forskrift om universell utforming av IKT-løsninger", "Known limitations", "This statement was last reviewed on 5 Dec 2026."],
    };
    for (const [locale, texts] of Object.entries(pages)) {
      const res = await app.request("/tilgjengelighet", { cookie: locale === "nb" ? undefined : await inLanguage(locale) });
      expect(res.status, locale).toBe(200);
      const html = await res.text();
      expect(html).toContain(`<html lang="${locale}"`);
      for (const text of texts) expect(html, `${locale}: ${text}`).toContain(text);
      for (const word of ["axe-core", "390 px", "1280 px", "SVG", "PDF", "Microsoft"]) expect(html, `${locale}: ${word}`).toContain(word);
    }
  });

  test("feedback goes to ACCESSIBILITY_CONTACT as a mailto link; without it, to the municipality, with no empty link", async () => {
    const without = await (await app.request("/tilgjengelighet")).text();
    expect(without).toContain("Kontakt kommunen");
    expect(without).not.toContain("mailto:");
    process.env.ACCESSIBILITY_CONTACT = "uu@kommune.example";
    const withContact = await (await app.request("/tilgjengelighet")).text();
    expect(withContact).toContain('<a class="ds-link" href="mailto:uu@kommune.example">uu@kommune.example</a>');
    expect(withContact).not.toContain("Kontakt kommunen");
  });
});
