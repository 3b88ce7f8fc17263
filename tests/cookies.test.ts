import { afterAll, beforeAll, expect, test } from "vitest";
import { loadApp } from "./support/app";
import { freshDb } from "./support/db";

// APP_URL decides Secure for every cookie the app sets; it is read per request.
let app: Awaited<ReturnType<typeof loadApp>>;
beforeAll(async () => {
  await freshDb();
  app = await loadApp();
});
afterAll(() => {
  process.env.APP_URL = "http://localhost:3000";
});

test.each([
  ["https://lederlop.test", true],
  ["http://localhost:3000", false],
])("the language cookie follows APP_URL %s (Secure: %s), as the session cookie does", async (url, secure) => {
  process.env.APP_URL = url;
  const res = await app.post("/sprak", { locale: "en", back: "/logg-inn" });
  expect(res.status).toBe(302);
  const cookie = res.headers.get("Set-Cookie") ?? "";
  expect(cookie).toMatch(/^lederlop_lang=/);
  expect(/;\s*Secure/i.test(cookie)).toBe(secure);
});
