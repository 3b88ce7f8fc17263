import ICAL from "ical.js";
import { beforeEach, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { calendarItems, yearWheel, yearWindow } from "~/models/arshjul.server";
import { calendarFeed, feedItems, feedWindow, issueFeed } from "~/models/calendar-feed.server";
import { registerHire } from "~/models/person.server";
import { endLean } from "~/models/unit-cycle.server";
import { setRollout } from "~/models/rollout.server";
import { osloInstant } from "~/utils/oslo-instant";
import { asUser, freshDb, seedOrg } from "./support/db";

let org: Awaited<ReturnType<typeof seedOrg>>;

const NOW = new Date("2026-12-05T10:00:00Z");
const stamp = NOW.toISOString();

beforeEach(async () => {
  await freshDb();
  org = await seedOrg();
});

async function person(name: string, email: string, roles: ("leader" | "rlg" | "hr")[], unitId: number | null = null) {
  const db = getDb();
  const p = await db.insertInto("person").values({ name, email, unit_id: unitId, position: "leder", start_date: null, active: 1, created_at: stamp, updated_at: stamp }).returning("id").executeTakeFirstOrThrow();
  await db.insertInto("person_role").values(roles.map((role) => ({ person_id: p.id, role }))).execute();
  return p.id;
}

async function leader(email: string, unitId: number) {
  const { id } = await registerHire({
    actor: await asUser(org.hr),
    input: { name: email.split("@")[0]!, email, unitId, position: "enhetsleder", startDate: "2026-11-02", templateId: org.templateId },
    now: new Date("2026-11-01T10:00:00Z"),
  });
  return id;
}

/** A session of a kind at an Oslo wall-clock time. */
async function session(kind: "course" | "leader_forum" | "theme_hour", title: string, date: string, from = "09:00", to = "11:00", cancelled = false) {
  const row = await getDb()
    .insertInto("training_session")
    .values({ kind, title, description: "", starts_at: osloInstant(date, from).toISOString(), ends_at: osloInstant(date, to).toISOString(), location: "Rådhuset", capacity: 20, organiser_id: org.dev, cancelled_at: cancelled ? stamp : null, created_at: stamp, updated_at: stamp })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

const signUp = (sessionId: number, personId: number) =>
  getDb().insertInto("session_signup").values({ session_id: sessionId, person_id: personId, status: "confirmed", created_at: stamp, updated_at: stamp }).execute();

/** Sykehjemmet (area A) rolled out 5 Jan 2026, Skolen (area B) 1 Mar 2026. */
async function rollouts() {
  await setRollout({ user: await asUser(org.admin), unitId: org.unitA, startDate: "2026-01-05", guidanceMonths: 6, now: new Date("2025-11-01T10:00:00Z") });
  await setRollout({ user: await asUser(org.admin), unitId: org.unitB, startDate: "2026-03-01", guidanceMonths: 6, now: new Date("2025-11-01T10:00:00Z") });
}

const keys = (items: { key: string }[]) => items.map((i) => i.key);

describe("the årshjul: what each role sees", () => {
  test("HR sees every area's revisions, analyses and rollouts, the forums and theme hours, the agreement season and report dates", async () => {
    await rollouts();
    await getDb().insertInto("unit_revision").values({ unit_id: org.unitA, number: 1, held_on: "2026-07-03", gemba_on: "2026-07-03", development_unit_took_part: 1, notes: "", recorded_by: org.tolA, recorded_at: stamp }).execute();
    const forum = await session("leader_forum", "Lean lederforum vår", "2026-04-14");
    const theme = await session("theme_hour", "Tematime: flyt", "2026-09-10");
    await session("leader_forum", "Avlyst forum", "2026-05-12", "09:00", "11:00", true);
    await session("course", "Opplæringsprogram", "2026-05-13");
    const wheel = await yearWheel({ user: await asUser(org.hr), year: 2026 });
    expect(keys(wheel.items)).toEqual(
      expect.arrayContaining([
        `rollout-${org.unitA}`,
        `rollout-${org.unitB}`,
        `fba-${org.unitA}`,
        `fba-${org.unitB}`,
        `revision-${org.unitA}-1`,
        `revision-${org.unitB}-1`,
        `session-${forum}`,
        `session-${theme}`,
        "agreement-season-2026",
        "snapshot-2026-Q1",
        "report-2026-Q1",
        "snapshot-2026-Q4",
      ]),
    );
    // Held revisions say so; cancelled sessions and ordinary courses are not in the wheel.
    expect(wheel.items.find((i) => i.key === `revision-${org.unitA}-1`)!.doneOn).toBe("2026-07-03");
    expect(wheel.items.filter((i) => i.kind === "leader_forum" || i.kind === "theme_hour").map((i) => i.title)).toEqual(["Lean lederforum vår", "Tematime: flyt"]);
    // Sorted by date.
    const dates = wheel.items.map((i) => i.date);
    expect(dates).toEqual([...dates].sort());
    const season = wheel.items.find((i) => i.key === "agreement-season-2026")!;
    expect([season.date, season.lastDate]).toEqual(["2026-03-01", "2026-03-31"]);
  });

  test("a TOL sees only their own areas' units, and another area is not found", async () => {
    await rollouts();
    const forum = await session("leader_forum", "Lean lederforum", "2026-04-14");
    const wheel = await yearWheel({ user: await asUser(org.tolA), year: 2026 });
    expect(wheel.areas.map((a) => a.id)).toEqual([org.areaA]);
    expect(wheel.items.filter((i) => i.unitId !== null).every((i) => i.unitId === org.unitA)).toBe(true);
    expect(keys(wheel.items)).toContain(`session-${forum}`);
    await expect(yearWheel({ user: await asUser(org.tolA), year: 2026, areaId: org.areaB })).rejects.toMatchObject({ status: 404 });
  });

  test("kinds narrow the wheel; a leader may not read it", async () => {
    await rollouts();
    const forum = await session("leader_forum", "Lean lederforum", "2026-04-14");
    const wheel = await yearWheel({ user: await asUser(org.hr), year: 2026, kinds: ["leader_forum"] });
    expect(keys(wheel.items)).toEqual([`session-${forum}`]);
    const me = await leader("leder@test.example", org.unitA);
    await expect(yearWheel({ user: await asUser(me), year: 2026 })).rejects.toMatchObject({ status: 403 });
  });
});

describe("year boundaries", () => {
  test("the last quarter's and the year's report deadlines fall in the next year's wheel; its snapshot on 31 December", () => {
    const y2026 = keys(calendarItems(yearWindow(2026)));
    const y2027 = keys(calendarItems(yearWindow(2027)));
    expect(y2026).toContain("snapshot-2026-Q4");
    expect(y2026).not.toContain("report-2026-Q4");
    expect(y2026).toContain("report-2025-Q4"); // due 20 January 2026
    expect(y2026).toContain("report-2025");
    expect(y2027).toEqual(expect.arrayContaining(["report-2026-Q4", "report-2026", "agreement-season-2027"]));
    expect(y2027).not.toContain("snapshot-2026-Q4");
    const deadline = calendarItems(yearWindow(2027)).find((i) => i.key === "report-2026")!;
    expect(deadline.date).toBe("2027-01-20");
  });

  test("revisions follow the rollout across the new year, and a session counts in the year of its Oslo date", async () => {
    await rollouts();
    const late = await session("theme_hour", "Nyttårsaften", "2026-12-31", "23:00", "23:45");
    const early = await session("theme_hour", "Nyttårsmorgen", "2027-01-01", "00:30", "01:00"); // 31 Dec 23:30 UTC
    const hr = await asUser(org.hr);
    const y2026 = keys((await yearWheel({ user: hr, year: 2026 })).items);
    const y2027 = keys((await yearWheel({ user: hr, year: 2027 })).items);
    expect(y2026).toContain(`session-${late}`);
    expect(y2026).not.toContain(`session-${early}`);
    expect(y2027).toContain(`session-${early}`);
    expect(y2026).not.toContain(`revision-${org.unitA}-2`);
    expect(y2027).toEqual(expect.arrayContaining([`revision-${org.unitA}-2`, `revision-${org.unitA}-3`]));
    expect(y2027).not.toContain(`rollout-${org.unitA}`);
  });

  test("a unit that stopped working with Lean has no revisions after its end, on the wheel or in the feed", async () => {
    await rollouts();
    await endLean({ user: await asUser(org.tolA), unitId: org.unitA, input: { endedOn: "2026-11-30", reason: "Enheten er lagt ned" }, now: NOW });
    const y2027 = keys((await yearWheel({ user: await asUser(org.hr), year: 2027 })).items);
    expect(y2027.filter((k) => k.startsWith(`revision-${org.unitA}-`))).toEqual([]);
    expect(y2027).toContain(`revision-${org.unitB}-2`);
    const y2026 = keys((await yearWheel({ user: await asUser(org.hr), year: 2026 })).items);
    expect(y2026).toContain(`revision-${org.unitA}-1`); // July 2026: before the end, still on the wheel
  });
});

describe("the personal calendar feed's content", () => {
  test("a leader gets their sessions, open steps, agreement and unit's revisions, not another area's", async () => {
    await rollouts();
    const me = await leader("leder.a@test.example", org.unitA);
    const forum = await session("leader_forum", "Lean lederforum", "2027-04-13");
    const other = await session("theme_hour", "Tematime jeg ikke skal på", "2027-05-11");
    await signUp(forum, me);
    const items = await feedItems({ personId: me, unitId: org.unitA, window: feedWindow(NOW) });
    const k = keys(items);
    expect(k).toEqual(expect.arrayContaining([`session-${forum}`, `revision-${org.unitA}-2`, `fba-${org.unitA}`, "own-agreement-2027"]));
    expect(items.some((i) => i.kind === "step")).toBe(true);
    expect(k).not.toContain(`session-${other}`);
    expect(items.some((i) => i.unitId === org.unitB)).toBe(false);
    expect(k).not.toContain("report-2026-Q4");
  });

  test("a TOL gets their areas' units and the agreements they must hold, never another area's", async () => {
    await rollouts();
    await leader("leder.a@test.example", org.unitA);
    const held = await leader("leder.a2@test.example", org.unitA);
    await leader("leder.b@test.example", org.unitB);
    await getDb().insertInto("leader_agreement").values({ person_id: held, year: 2027, held_on: "2027-03-10", needs: "", recorded_by: org.tolA, recorded_at: stamp, updated_at: stamp }).execute();
    const items = await feedItems({ personId: org.tolA, unitId: null, window: feedWindow(NOW) });
    expect(items.some((i) => i.unitId === org.unitB)).toBe(false);
    expect(keys(items)).toContain(`revision-${org.unitA}-2`);
    const agreements = items.find((i) => i.key === `agreements-${org.areaA}-2027`)!;
    expect(agreements.names).toEqual(["leder.a"]);
    expect(items.find((i) => i.key === `agreements-${org.areaA}-2026`)!.names).toEqual(["leder.a", "leder.a2"]);
    expect(keys(items).some((key) => key.startsWith(`agreements-${org.areaB}`))).toBe(false);
  });

  test("HR and the development unit get the whole årshjul", async () => {
    await rollouts();
    const items = await feedItems({ personId: org.dev, unitId: null, window: feedWindow(NOW) });
    expect(keys(items)).toEqual(expect.arrayContaining([`revision-${org.unitA}-2`, `revision-${org.unitB}-2`, "report-2026-Q4", "agreement-season-2027"]));
  });
});

/** The raw lines of an iCalendar text, before unfolding. */
const rawLines = (text: string) => text.split("\r\n").slice(0, -1);

describe("the feed is iCalendar that Outlook accepts", () => {
  test("it parses, has the calendar properties, folds at 75 octets with CRLF, and dates are whole days", async () => {
    await rollouts();
    await getDb().updateTable("unit").set({ name: "Sykehjemmet på Ørnåsen – avdeling for rehabilitering og kortidsopphold, sørfløyen" }).where("id", "=", org.unitA).execute();
    const me = await leader("leder.a@test.example", org.unitA);
    const { url } = await issueFeed({ user: await asUser(me), now: NOW });
    const token = /\/kalender\/([\w-]+)\.ics$/.exec(url)![1]!;
    const text = (await calendarFeed({ token, now: NOW }))!;

    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of rawLines(text)) expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
    expect(rawLines(text).some((l) => l.startsWith(" "))).toBe(true); // the long unit name was folded

    const cal = new ICAL.Component(ICAL.parse(text));
    expect(cal.getFirstPropertyValue("version")).toBe("2.0");
    expect(cal.getFirstPropertyValue("prodid")).toMatch(/Lederløp/);
    expect(cal.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(cal.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
    expect(cal.getFirstPropertyValue("x-wr-calname")).toBe("Lederløp – Årshjul");
    const events = cal.getAllSubcomponents("vevent");
    expect(events.length).toBeGreaterThan(3);
    const uids = events.map((e) => String(e.getFirstPropertyValue("uid")));
    expect(new Set(uids).size).toBe(uids.length);
    for (const e of events) expect(e.getFirstPropertyValue("dtstamp")).toBeTruthy();
    const revision = events.find((e) => e.getFirstPropertyValue("uid") === `revision-${org.unitA}-2@localhost`)!;
    const start = revision.getFirstProperty("dtstart")!;
    expect(start.type).toBe("date");
    expect(String(start.getFirstValue())).toBe("2027-01-05");
    expect(String(revision.getFirstPropertyValue("dtend"))).toBe("2027-01-06");
    expect(String(revision.getFirstPropertyValue("summary"))).toBe("Halvårlig revisjon 2: Sykehjemmet på Ørnåsen – avdeling for rehabilitering og kortidsopphold, sørfløyen");

    // The same items, the same UIDs, on the next fetch: a calendar updates rather than duplicates.
    const again = new ICAL.Component(ICAL.parse((await calendarFeed({ token, now: new Date(NOW.getTime() + 3_600_000) }))!));
    expect(again.getAllSubcomponents("vevent").map((e) => String(e.getFirstPropertyValue("uid")))).toEqual(uids);
  });

  test("sessions on the days summer time starts and ends keep their Oslo wall-clock time", async () => {
    const me = await leader("leder.a@test.example", org.unitA);
    const spring = await session("leader_forum", "Forum når sommertiden begynner", "2027-03-28", "09:00", "11:00");
    const autumn = await session("theme_hour", "Tematime når sommertiden slutter", "2026-10-25", "09:00", "10:00");
    await signUp(spring, me);
    await signUp(autumn, me);
    const { url } = await issueFeed({ user: await asUser(me), now: NOW });
    const text = (await calendarFeed({ token: /\/kalender\/([\w-]+)\.ics$/.exec(url)![1]!, now: NOW }))!;
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
    const oslo = (t: ICAL.Time) => new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Oslo", dateStyle: "short", timeStyle: "short" }).format(t.toJSDate());
    const at = (id: number) => events.find((e) => e.getFirstPropertyValue("uid") === `session-${id}@localhost`)!;
    const springStart = at(spring).getFirstPropertyValue("dtstart") as ICAL.Time;
    expect(springStart.zone?.tzid).toBe("UTC");
    expect(springStart.toString()).toBe("2027-03-28T07:00:00Z"); // CEST, UTC+2
    expect(oslo(springStart)).toBe("28/03/2027, 09:00");
    expect(oslo(at(spring).getFirstPropertyValue("dtend") as ICAL.Time)).toBe("28/03/2027, 11:00");
    const autumnStart = at(autumn).getFirstPropertyValue("dtstart") as ICAL.Time;
    expect(autumnStart.toString()).toBe("2026-10-25T08:00:00Z"); // CET, UTC+1
    expect(oslo(autumnStart)).toBe("25/10/2026, 09:00");
  });
});
