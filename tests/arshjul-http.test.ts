import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { issueFeed } from "~/models/calendar-feed.server";
import { registerHire } from "~/models/person.server";
import { anonymisePerson } from "~/models/privacy.server";
import { setRollout } from "~/models/rollout.server";
import { hashToken } from "~/utils/crypto.server";
import { osloDate } from "~/utils/dates";
import { osloInstant } from "~/utils/oslo-instant";
import { loadApp } from "./support/app";
import { asUser, freshDb, seedOrg } from "./support/db";

// «Årshjul» and the feed over HTTP, through the production build: one database for the file, as
// the build keeps its own connection for the process. Each test makes its own people.
let app: Awaited<ReturnType<typeof loadApp>>;
let org: Awaited<ReturnType<typeof seedOrg>>;
const cookies: Record<string, string> = {};
const year = Number(osloDate().slice(0, 4));
const stamp = new Date().toISOString();

async function leader(email: string, unitId: number) {
  const { id } = await registerHire({
    actor: await asUser(org.hr),
    input: { name: email.split("@")[0]!, email, unitId, position: "enhetsleder", startDate: osloDate(), templateId: org.templateId },
  });
  return id;
}

beforeAll(async () => {
  await freshDb();
  org = await seedOrg();
  const admin = await asUser(org.admin);
  await setRollout({ user: admin, unitId: org.unitA, startDate: `${year}-01-05`, guidanceMonths: 6, now: new Date(`${year - 1}-11-01T10:00:00Z`) });
  await setRollout({ user: admin, unitId: org.unitB, startDate: `${year}-03-01`, guidanceMonths: 6, now: new Date(`${year - 1}-11-01T10:00:00Z`) });
  const date = `${year}-04-14`;
  await getDb()
    .insertInto("training_session")
    .values({ kind: "leader_forum", title: "Lean lederforum", description: "", starts_at: osloInstant(date, "09:00").toISOString(), ends_at: osloInstant(date, "11:00").toISOString(), location: "Rådhuset", capacity: 40, organiser_id: org.dev, created_at: stamp, updated_at: stamp })
    .execute();
  const rlg = await getDb().insertInto("person").values({ name: "Rita RLG", email: "rlg@test.example", unit_id: null, position: "kommunalsjef", start_date: null, active: 1, created_at: stamp, updated_at: stamp }).returning("id").executeTakeFirstOrThrow();
  await getDb().insertInto("person_role").values({ person_id: rlg.id, role: "rlg" }).execute();
  await leader("leder.a@test.example", org.unitA);
  app = await loadApp();
  for (const [who, email] of Object.entries({ tolA: "tol.a@test.example", rlg: "rlg@test.example", hr: "hr@test.example", leaderA: "leder.a@test.example" })) cookies[who] = await app.signIn(email);
});

describe("«Årshjul» over HTTP", () => {
  test("a TOL's page shows their area's units and the municipality's forum, never another area's; asking for it is 404", async () => {
    const res = await app.request(`/arshjul?ar=${year}`, { cookie: cookies.tolA });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("Sykehjemmet");
    expect(html).not.toContain("Skolen");
    expect(html).toContain("Lean lederforum");
    expect((await app.request(`/arshjul?ar=${year}&omrade=${org.areaB}`, { cookie: cookies.tolA })).status).toBe(404);
  });

  test("the executive group sees every area and filters by area and kind; the table has a caption and header cells", async () => {
    const all = await (await app.request(`/arshjul?ar=${year}`, { cookie: cookies.rlg })).text();
    expect(all).toContain("Sykehjemmet");
    expect(all).toContain("Skolen");
    expect(all).toContain(`<caption>Alle datoer i årshjulet for ${year}</caption>`);
    expect(all).toContain('<th scope="col">Dato</th>');
    expect(all).toContain(`Frist kvartalsrapport: 1. kvartal ${year}`);
    const areaB = await (await app.request(`/arshjul?ar=${year}&omrade=${org.areaB}`, { cookie: cookies.rlg })).text();
    expect(areaB).toContain("Skolen");
    expect(areaB).not.toContain("Sykehjemmet");
    expect(areaB).toContain("Lean lederforum"); // the municipality's own dates stay
    const forums = await (await app.request(`/arshjul?ar=${year}&type=leader_forum`, { cookie: cookies.rlg })).text();
    expect(forums).toContain("Lean lederforum");
    expect(forums).not.toContain("Skolen");
    expect(forums).not.toContain("Frist kvartalsrapport");
    // Year navigation keeps the filter and works without JavaScript (plain links).
    expect(forums).toContain(`href="/arshjul?ar=${year + 1}&amp;type=leader_forum"`);
  });

  test("a leader has no årshjul, and nobody signed out", async () => {
    expect((await app.request("/arshjul", { cookie: cookies.leaderA })).status).toBe(403);
    expect((await app.request("/arshjul")).status).toBe(302);
  });

  test("hostile filters: a year out of range or junk, or an area that is no id, is not found; unknown kinds are dropped", async () => {
    for (const q of ["ar=1800", "ar=abc", "ar=2026.5", "ar=99999999999999999999", "omrade=-1", "omrade=%00", "omrade=99999", "omrade=1e3"]) {
      expect(`${q} → ${(await app.request(`/arshjul?${q}`, { cookie: cookies.hr })).status}`).toBe(`${q} → 404`);
    }
    expect((await app.request("/arshjul?type=%3Cscript%3E&type=revision&ar=", { cookie: cookies.hr })).status).toBe(200);
  });
});

const feedPath = (html: string) => /\/kalender\/[\w-]+\.ics/.exec(html)?.[0];

describe("the feed address: made, used, replaced, revoked", () => {
  test("made on «Min profil» and shown once, stored as a hash; replaced and revoked with audit rows", async () => {
    const me = await leader("feed.a@test.example", org.unitA);
    const cookie = await app.signIn("feed.a@test.example");
    expect(await (await app.request("/profil", { cookie })).text()).toContain("Du har ingen kalenderadresse.");

    const made = await app.post("/profil", { intent: "feed" }, cookie);
    expect(made.status).toBe(200);
    const first = feedPath(await made.text())!;
    expect(first).toBeTruthy();
    const token = first.slice("/kalender/".length, -".ics".length);
    const row = await getDb().selectFrom("calendar_feed").selectAll().where("person_id", "=", me).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    // Shown once: the page afterwards says there is one, not what it is.
    const after = await (await app.request("/profil", { cookie })).text();
    expect(feedPath(after)).toBeUndefined();
    expect(after).toContain("Ikke hentet ennå.");

    const res = await app.request(first);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("Cache-Control")).toMatch(/private/);
    expect(res.headers.get("Cache-Control")).toMatch(/no-store/);
    expect(res.headers.get("Set-Cookie")).toBeNull();
    const body = await res.text();
    expect(body).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(body).toContain(`Lederavtalen din for ${year}`);
    expect(body).not.toMatch(/^UID:session-/m); // a leader's feed has only the sessions they are signed up to
    expect(await (await app.request("/profil", { cookie })).text()).toContain("Sist hentet");

    const replaced = await app.post("/profil", { intent: "feed" }, cookie);
    const second = feedPath(await replaced.text())!;
    expect(second).not.toBe(first);
    expect((await app.request(first)).status).toBe(404);
    expect((await app.request(second)).status).toBe(200);

    const revoked = await app.post("/profil", { intent: "unsubscribe" }, cookie);
    expect(revoked.status).toBe(302);
    expect((await app.request(second)).status).toBe(404);
    const feeds = (await getDb().selectFrom("calendar_feed").select("id").where("person_id", "=", me).execute()).map((f) => String(f.id));
    const actions = await getDb().selectFrom("audit_log").select("action").where("entity", "=", "calendar_feed").where("entity_id", "in", feeds).orderBy("id").execute();
    expect(actions.map((a) => a.action)).toEqual(["calendar_feed.create", "calendar_feed.replace", "calendar_feed.revoke"]);
    expect(await getDb().selectFrom("calendar_feed").select("id").where("person_id", "=", me).where("revoked_at", "is", null).execute()).toEqual([]);
  });

  test("the settings form still saves, and a junk or missing intent is a bad request that writes nothing", async () => {
    const me = await leader("feed.b@test.example", org.unitA);
    const cookie = await app.signIn("feed.b@test.example");
    expect((await app.post("/profil", { intent: "save", reminderMode: "daily", locale: "nn" }, cookie)).status).toBe(302);
    expect((await getDb().selectFrom("person").select(["reminder_mode", "locale"]).where("id", "=", me).executeTakeFirstOrThrow())).toEqual({ reminder_mode: "daily", locale: "nn" });
    expect((await app.post("/profil", { intent: "feeed" }, cookie)).status).toBe(400);
    expect((await app.post("/profil", { reminderMode: "individual", locale: "nb" }, cookie)).status).toBe(400);
    expect(await getDb().selectFrom("calendar_feed").select("id").where("person_id", "=", me).execute()).toEqual([]);
  });

  test("someone who has left, or was anonymised, has a feed that answers nothing", async () => {
    const me = await leader("feed.c@test.example", org.unitA);
    const path = new URL((await issueFeed({ user: await asUser(me) })).url).pathname;
    expect((await app.request(path)).status).toBe(200);
    await getDb().updateTable("person").set({ active: 0, left_at: stamp }).where("id", "=", me).execute();
    expect((await app.request(path)).status).toBe(404);
    await anonymisePerson({ actor: await asUser(org.admin), personId: me });
    expect(await getDb().selectFrom("calendar_feed").select("id").where("person_id", "=", me).execute()).toEqual([]);
    expect((await app.request(path)).status).toBe(404);
  });

  // Last: it fills this client's window of failed guesses.
  test("hostile addresses get 404, guessing is limited per client, and a live address still works past the limit", async () => {
    const me = await leader("feed.d@test.example", org.unitA);
    const good = new URL((await issueFeed({ user: await asUser(me) })).url).pathname;
    const hostile = [
      "/kalender/x.ics",
      "/kalender/..%2F..%2Fetc%2Fpasswd.ics",
      `/kalender/${"a".repeat(43)}.ics`,
      `${good.slice(0, -4)}.ICS`,
      good.slice(0, -4),
      `${good}%00`,
      `/kalender/${"a".repeat(5000)}.ics`,
      "/kalender/%E2%80%AE%F0%9F%98%80.ics",
      "/kalender/'%20or%201=1%20--.ics",
    ];
    for (const path of hostile) {
      const res = await app.request(path);
      expect(`${path.slice(0, 60)} → ${res.status}`).toBe(`${path.slice(0, 60)} → 404`);
      expect(res.headers.get("Content-Type")).not.toMatch(/calendar/);
    }
    let status = 404;
    for (let i = 0; i < 30 && status === 404; i++) status = (await app.request(`/kalender/${"b".repeat(40)}${i}.ics`)).status;
    expect(status).toBe(429);
    const limited = await app.request(`/kalender/${"c".repeat(43)}.ics`);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect((await app.request(good)).status).toBe(200);
  });
});
