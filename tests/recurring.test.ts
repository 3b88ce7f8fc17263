import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { deliverOutbox } from "~/jobs/deliver.server";
import { digestPlan } from "~/jobs/digests.server";
import { repetitionPlan } from "~/jobs/repetition-nudges.server";
import { reminderPlan } from "~/jobs/reminders.server";
import { runPass } from "~/jobs/scheduler.server";
import { osloMorning } from "~/jobs/workdays";
import { agreementHistory, agreementOverview, leaderAgreements, recordAgreement, suggestionsFor } from "~/models/agreement.server";
import { seasonOf } from "~/models/recurring-queries.server";
import { createTopic, moveTopic, retireTopic, updateTopic, listTopics } from "~/models/competence-topic.server";
import { createSession, listSessions } from "~/models/course.server";
import { overdueRepetition } from "~/models/repetition.server";
import type { SessionUser } from "~/models/sign-in.server";
import { agreementSeason, agreementState } from "~/utils/agreement-season";
import { repetitionLapse } from "~/utils/repetition-lapse";
import { agreementSchema } from "~/validation/agreement";
import { sessionSchema } from "~/validation/course";
import { asUser, freshDb, seedOrg } from "./support/db";
import { startSmtp, type TestSmtp } from "./support/smtp";

// The recurring obligations with an injected clock: the yearly leader agreement on the reminder
// engine (AGREEMENT_MONTH=3: the 2027 season runs 1–31 March 2027), and the repetition nudges.
let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(() => smtp.close());

let org: Awaited<ReturnType<typeof seedOrg>>;
let leaderA: number;
let leaderB: number;
let rlg: number;
const db = () => getDb();

async function person(name: string, email: string, roles: ("leader" | "rlg")[], unitId: number | null, startDate: string | null = "2026-01-05") {
  const id = (
    await db()
      .insertInto("person")
      .values({ name, email, unit_id: unitId, position: "leder", start_date: startDate, active: 1, created_at: "2025-12-01T10:00:00.000Z", updated_at: "2025-12-01T10:00:00.000Z" })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  await db().insertInto("person_role").values(roles.map((role) => ({ person_id: id, role }))).execute();
  return id;
}

beforeEach(async () => {
  smtp.received.length = 0;
  smtp.refuse(0, 0);
  delete process.env.AGREEMENT_MONTH;
  delete process.env.REPEAT_FORUM_MONTHS;
  delete process.env.REPEAT_THEME_HOUR_MONTHS;
  process.env.APP_URL = "https://lederlop.test";
  await freshDb();
  org = await seedOrg();
  leaderA = await person("Lise Leder", "lise@test.example", ["leader"], org.unitA);
  leaderB = await person("Per Leder", "per@test.example", ["leader"], org.unitB);
  rlg = await person("Rita RLG", "rlg@test.example", ["rlg"], null, null);
  // The TOLs hold agreements too (recorded by the executive group): give them a start date.
  await db().updateTable("person").set({ start_date: "2026-01-05" }).where("id", "in", [org.tolA, org.tolB]).execute();
});
afterEach(() => {
  delete process.env.AGREEMENT_MONTH;
});

const input = (over: Partial<{ year: number; heldOn: string; needs: string; topicIds: number[] }> = {}) => ({
  intent: "agreement" as const,
  year: 2027,
  heldOn: "2027-03-10",
  needs: "Forbedringstavler",
  topicIds: [] as number[],
  ...over,
});
const record = async (by: number, personId: number, over: Parameters<typeof input>[0] = {}, now = new Date("2027-03-10T12:00:00Z")) =>
  recordAgreement({ user: await asUser(by), personId, input: input(over), now });

/** The agreement reminders planned at 08:00 Oslo on `date`: [recipient, agreement key, kind]. */
async function planned(date: string) {
  const plan = await reminderPlan(db(), osloMorning(date));
  return plan
    .filter((p) => p.key.startsWith("a:"))
    .map((p) => {
      const [, to, ...rest] = p.key.split(":");
      return [Number(to), rest.slice(0, -2).join(":"), p.kind] as const;
    })
    .sort();
}
const key = (personId: number, year = 2027) => `agreement:${personId}:${year}`;

describe("the agreement season (pure rules)", () => {
  test("the season's due date is its month's last day, also in a leap year and in December", () => {
    expect(agreementSeason(2027, 3)).toEqual({ year: 2027, start: "2027-03-01", due: "2027-03-31" });
    expect(agreementSeason(2028, 2).due).toBe("2028-02-29");
    expect(agreementSeason(2026, 12)).toEqual({ year: 2026, start: "2026-12-01", due: "2026-12-31" });
  });

  test("held, due, overdue, or not yet owed by a leader who started after the due date", () => {
    const s = agreementSeason(2027, 3);
    expect(agreementState(s, { held: false, startedOn: "2026-01-05", today: "2027-03-31" })).toBe("due");
    expect(agreementState(s, { held: false, startedOn: "2026-01-05", today: "2027-04-01" })).toBe("overdue");
    expect(agreementState(s, { held: true, startedOn: "2026-01-05", today: "2027-04-01" })).toBe("held");
    expect(agreementState(s, { held: false, startedOn: "2027-04-01", today: "2027-05-01" })).toBe("not_due");
  });

  test("the season in force is the latest begun: a December season stays current over the new year", () => {
    expect(seasonOf("2027-02-28").year).toBe(2026);
    expect(seasonOf("2027-03-01").year).toBe(2027);
    process.env.AGREEMENT_MONTH = "12";
    expect(seasonOf("2027-01-14")).toMatchObject({ year: 2026, due: "2026-12-31" });
    expect(seasonOf("2026-12-01").year).toBe(2026);
  });

  test("a lapse counts whole periods from the last attendance; month ends and year ends included", () => {
    expect(repetitionLapse("2026-01-15", 6, "2026-07-14")).toEqual({ lapse: 0, lapsedOn: null });
    expect(repetitionLapse("2026-01-15", 6, "2026-07-15")).toEqual({ lapse: 1, lapsedOn: "2026-07-15" });
    expect(repetitionLapse("2026-01-15", 6, "2027-01-14")).toEqual({ lapse: 1, lapsedOn: "2026-07-15" });
    expect(repetitionLapse("2026-01-15", 6, "2027-01-15")).toEqual({ lapse: 2, lapsedOn: "2027-01-15" });
    expect(repetitionLapse("2025-08-31", 6, "2026-02-28")).toEqual({ lapse: 1, lapsedOn: "2026-02-28" });
    expect(repetitionLapse("2026-12-31", 12, "2027-12-30").lapse).toBe(0);
    expect(repetitionLapse("2026-12-31", 12, "2027-12-31").lapse).toBe(1);
  });
});

describe("reminders for the yearly agreement", () => {
  test("the TOL from the season's first day, on its last (after the switch to summer time) and weekly after; the executive group for the TOLs and on escalation", async () => {
    expect(await planned("2027-02-26")).toEqual([]);
    const first = await planned("2027-03-01");
    expect(first).toEqual(
      [
        [org.tolA, key(leaderA), "reminder_before"],
        [org.tolB, key(leaderB), "reminder_before"],
        [rlg, key(org.tolA), "reminder_before"],
        [rlg, key(org.tolB), "reminder_before"],
      ].sort(),
    );
    const march1 = (await reminderPlan(db(), osloMorning("2027-03-01"))).find((p) => p.key.startsWith(`a:${org.tolA}:`))!;
    expect(march1.sendAfter.toISOString()).toBe("2027-03-01T07:00:00.000Z"); // 08:00 CET
    const mail = march1.render();
    expect(mail.subject).toBe("Lederavtalen med Lise Leder skal holdes innen 31. mars 2027");
    expect(mail.text).toContain(`https://lederlop.test/ledere/${leaderA}#lederavtale`);

    const due = (await reminderPlan(db(), osloMorning("2027-03-31"))).filter((p) => p.key.startsWith("a:"));
    expect(due.map((p) => p.kind)).toEqual(["reminder_due", "reminder_due", "reminder_due", "reminder_due"]);
    expect(due[0]!.sendAfter.toISOString()).toBe("2027-03-31T06:00:00.000Z"); // 08:00 CEST, three days after the switch

    // Two weeks overdue: the TOL's third reminder and the escalation to the executive group;
    // the executive group's own (the TOLs') have no one above them.
    await record(org.tolB, leaderB);
    await record(rlg, org.tolB);
    expect(await planned("2027-04-14")).toEqual(
      [
        [org.tolA, key(leaderA), "reminder_overdue"],
        [rlg, key(leaderA), "reminder_escalation"],
        [rlg, key(org.tolA), "reminder_overdue"],
      ].sort(),
    );
  });

  test("a December season: overdue reminders and the escalation reach into January under last year's key", async () => {
    process.env.AGREEMENT_MONTH = "12";
    expect((await planned("2026-12-31")).filter(([to]) => to === org.tolA)).toEqual([[org.tolA, key(leaderA, 2026), "reminder_due"]]);
    expect((await planned("2027-01-14")).filter(([, k]) => k === key(leaderA, 2026))).toEqual([
      [org.tolA, key(leaderA, 2026), "reminder_overdue"],
      [rlg, key(leaderA, 2026), "reminder_escalation"],
    ]);
  });

  test("a leader who started after the season's end owes none that year", async () => {
    await db().updateTable("person").set({ start_date: "2027-04-01" }).where("id", "=", leaderA).execute();
    expect((await planned("2027-04-14")).filter(([, k]) => k === key(leaderA))).toEqual([]);
  });

  test("a queued reminder is cancelled when the agreement is recorded, or the leader leaves, before it goes out", async () => {
    await runPass({ now: new Date("2027-03-31T04:00:00Z"), transport: null });
    const queued = await db().selectFrom("outbox").select(["dedupe_key"]).where("dedupe_key", "like", "a:%").orderBy("dedupe_key").execute();
    expect(queued).toHaveLength(4);
    await record(org.tolA, leaderA, {}, new Date("2027-03-31T05:00:00Z"));
    await db().updateTable("person").set({ active: 0, left_at: "2027-03-31T05:10:00Z" }).where("id", "=", leaderB).execute();
    await deliverOutbox({ now: new Date("2027-03-31T06:01:00Z"), transport: smtp.transport() });
    const after = await db().selectFrom("outbox").select(["dedupe_key", "status"]).where("dedupe_key", "like", "a:%").orderBy("dedupe_key").execute();
    expect(after.filter((r) => r.status === "cancelled").map((r) => r.dedupe_key!.split(":").slice(2, 5).join(":")).sort()).toEqual([key(leaderA), key(leaderB)].sort());
    expect(smtp.received.map((m) => m.subject).filter((s) => s?.includes("lederavtalen")).sort()).toEqual(["Frist i dag: lederavtalen med Tone B", "Frist i dag: lederavtalen med Tor A"]);
    // Nothing is planned again for them.
    expect((await planned("2027-04-07")).map(([, k]) => k).sort()).toEqual([key(org.tolA), key(org.tolB)]);
  });

  test("a pass run twice, or two at once, writes each reminder once", async () => {
    const now = new Date("2027-03-01T07:30:00Z");
    const results = await Promise.all([runPass({ now, transport: null }), runPass({ now, transport: null })]);
    const rows = await db().selectFrom("outbox").select("dedupe_key").where("dedupe_key", "like", "a:%").execute();
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r.dedupe_key)).size).toBe(4);
    expect(results[0]!.planned + results[1]!.planned).toBeGreaterThanOrEqual(4);
    expect((await runPass({ now, transport: null })).planned).toBe(0);
  });

  test("the TOL's Monday digest lists the agreements still to record; a daily-summary TOL gets them in the summary", async () => {
    const digest = (await digestPlan(db(), osloMorning("2027-03-08"))).find((p) => p.kind === "digest_tol" && p.to.id === org.tolA)!;
    const text = digest.render().text;
    expect(text).toContain("Lederavtaler som skal registreres:");
    expect(text).toContain("Lise Leder (frist 31. mars 2027)");
    await db().updateTable("person").set({ reminder_mode: "daily" }).where("id", "=", org.tolA).execute();
    const plan = await reminderPlan(db(), osloMorning("2027-03-31"));
    expect(plan.some((p) => p.key.startsWith(`a:${org.tolA}:`))).toBe(false);
    expect(plan.find((p) => p.key.startsWith(`daily:${org.tolA}:`))!.render().text).toContain("Lise Leder: Lederavtale 2027");
  });
});

describe("recording an agreement", () => {
  test("who may record whose: the area's TOL their leaders, the executive group the TOLs, an administrator anyone", async () => {
    await expect(record(org.tolA, leaderA)).resolves.toMatchObject({ corrected: false });
    await expect(record(org.tolA, leaderB)).rejects.toMatchObject({ status: 404 });
    await expect(record(org.tolA, org.tolA)).rejects.toMatchObject({ status: 404 });
    await expect(record(rlg, leaderA)).rejects.toMatchObject({ status: 403 });
    await expect(record(rlg, org.tolA)).resolves.toMatchObject({ corrected: false });
    await expect(record(org.hr, leaderB)).rejects.toMatchObject({ status: 403 });
    await expect(record(org.dev, leaderB)).rejects.toMatchObject({ status: 404 });
    await expect(record(leaderB, leaderB)).rejects.toMatchObject({ status: 404 });
    await expect(record(org.admin, leaderB)).resolves.toMatchObject({ corrected: false });
    expect(await db().selectFrom("leader_agreement").select("person_id").orderBy("person_id").execute()).toHaveLength(3);
  });

  test("a correction keeps one row per season and is audited with before and after", async () => {
    const topic = await createTopic({ user: await asUser(org.dev), input: { name: "Tavlemøter", description: "" } });
    await record(org.tolA, leaderA);
    const { corrected } = await record(org.tolA, leaderA, { heldOn: "2027-03-12", needs: "Tavler og A3", topicIds: [topic] });
    expect(corrected).toBe(true);
    const rows = await db().selectFrom("leader_agreement").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ held_on: "2027-03-12", needs: "Tavler og A3", recorded_by: org.tolA });
    const log = await db().selectFrom("audit_log").select(["action", "before", "after"]).where("entity", "=", "leader_agreement").orderBy("id").execute();
    expect(log.map((l) => l.action)).toEqual(["agreement.record", "agreement.correct"]);
    expect(JSON.parse(log[1]!.before!)).toMatchObject({ held_on: "2027-03-10", needs: "Forbedringstavler", topicIds: [] });
    expect(JSON.parse(log[1]!.after!)).toMatchObject({ held_on: "2027-03-12", topicIds: [topic] });
  });

  test("bad input: a field-level message and nothing written", async () => {
    const parsed = agreementSchema.safeParse({ intent: "agreement", year: "2027", heldOn: "2099-01-01", needs: "", topicIds: [] });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["heldOn", "validation.dateFuture"]]);
    await expect(record(org.tolA, leaderA, { year: 2035 })).rejects.toMatchObject({ field: "year", messageKey: "agreement.yearRange" });
    await expect(record(org.tolA, leaderA, { topicIds: [99999] })).rejects.toMatchObject({ field: "topicIds" });
    expect(await db().selectFrom("leader_agreement").selectAll().execute()).toEqual([]);
    expect(await db().selectFrom("audit_log").selectAll().where("entity", "=", "leader_agreement").execute()).toEqual([]);
  });

  test("the overview: a TOL's leaders with this season's state, filterable; HR sees everyone, the executive group the TOLs", async () => {
    await db().insertInto("leader_agreement").values({ person_id: leaderA, year: 2027, held_on: "2027-03-02", needs: "", recorded_by: org.tolA, recorded_at: "x", updated_at: "x" }).execute();
    const now = new Date("2027-04-02T10:00:00Z");
    const tolA = await agreementOverview({ user: await asUser(org.tolA), now });
    expect(tolA.rows.map((r) => [r.name, r.state])).toEqual([["Lise Leder", "held"]]);
    const rlgView = await agreementOverview({ user: await asUser(rlg), now });
    expect(rlgView.rows.map((r) => [r.name, r.state])).toEqual([
      ["Tone B", "overdue"],
      ["Tor A", "overdue"],
    ]);
    const hr = await agreementOverview({ user: await asUser(org.hr), filter: "overdue", now });
    expect(hr.rows.map((r) => r.name)).toEqual(["Per Leder", "Tone B", "Tor A"]);
    expect(hr.counts).toMatchObject({ all: 4, held: 1, overdue: 3 });
  });
});

describe("needs become suggestions, and next year shows what became of them", () => {
  test("coming sessions on the latest agreement's topics, not cancelled, not full, not already signed up; last year's needs with the sessions attended since", async () => {
    const dev = await asUser(org.dev);
    const tavler = await createTopic({ user: dev, input: { name: "Tavlemøter", description: "" } });
    const a3 = await createTopic({ user: dev, input: { name: "A3-problemløsing", description: "" } });
    const session = async (title: string, date: string, topicId: number | null, capacity = 10) =>
      createSession({
        actor: dev,
        input: sessionSchema.parse({ kind: "theme_hour", topicId: topicId ? String(topicId) : "", title, description: "", date, startTime: "12:00", endTime: "13:00", location: "Rådhuset", capacity: String(capacity), stepIds: [] }),
        now: new Date("2026-01-10T10:00:00Z"),
      });
    // Last year's agreement named boards; the leader went to a theme hour on boards after it.
    await record(org.tolA, leaderA, { year: 2026, heldOn: "2026-03-05", needs: "Tavler", topicIds: [tavler] }, new Date("2026-03-05T12:00:00Z"));
    const past = await session("Tavler i praksis", "2026-05-06", tavler);
    const other = await session("A3 i praksis", "2026-05-07", a3);
    for (const id of [past, other]) await db().insertInto("session_signup").values({ session_id: id, person_id: leaderA, status: "confirmed", created_at: "x", updated_at: "x", attended_at: "2026-05-07T12:00:00Z" }).execute();
    const now = new Date("2027-03-02T10:00:00Z");
    const history = await agreementHistory(db(), leaderA, now);
    expect(history[0]!.followUp.map((s) => s.title)).toEqual(["Tavler i praksis"]);
    const section = (await leaderAgreements({ user: await asUser(org.hr), personId: leaderA, now }))!;
    expect(section.state).toBe("due");
    expect(section.canRecord).toBe(false);

    // This year's: A3. The suggestions follow the latest agreement.
    await record(org.tolA, leaderA, { year: 2027, heldOn: "2027-03-01", needs: "A3", topicIds: [a3] }, now);
    const coming = await session("A3 for viderekomne", "2027-04-07", a3);
    await session("Full A3", "2027-04-08", a3, 1).then((id) =>
      db().insertInto("session_signup").values({ session_id: id, person_id: leaderB, status: "confirmed", created_at: "x", updated_at: "x" }).execute(),
    );
    await session("Tavler igjen", "2027-04-09", tavler);
    const signedUp = await session("A3 der Lise er påmeldt", "2027-04-10", a3);
    await db().insertInto("session_signup").values({ session_id: signedUp, person_id: leaderA, status: "confirmed", created_at: "x", updated_at: "x" }).execute();
    const cancelled = await session("Avlyst A3", "2027-04-11", a3);
    await db().updateTable("training_session").set({ cancelled_at: "2027-03-01T00:00:00Z" }).where("id", "=", cancelled).execute();
    expect((await suggestionsFor(db(), leaderA, now)).map((s) => [s.id, s.title, s.free])).toEqual([[coming, "A3 for viderekomne", 10]]);
    // The leader sees theme hours on «Kurs» even when they fulfil no step of theirs.
    expect((await listSessions({ user: await asUser(leaderA), now })).map((s) => s.title)).toContain("A3 for viderekomne");
  });
});

describe("repetition nudges", () => {
  const forum = async (date: string) => {
    const dev = await asUser(org.dev);
    return createSession({
      actor: dev,
      input: sessionSchema.parse({ kind: "leader_forum", topicId: "", title: `Lederforum ${date}`, description: "", date, startTime: "09:00", endTime: "11:00", location: "Rådhuset", capacity: "40", stepIds: [] }),
      now: new Date(`${date}T00:00:00Z`),
    });
  };
  const nudges = async (date: string) =>
    (await repetitionPlan(db(), osloMorning(date))).filter((p) => p.to.id === leaderA).map((p) => p.key);

  test("one nudge per lapse, from the start date when never attended; attending starts the count again", async () => {
    // Started 5 January 2026; six months on is Sunday 5 July: the nudge comes on Monday 6 July.
    expect(await nudges("2026-07-03")).toEqual([]);
    expect(await repetitionPlan(db(), osloMorning("2026-07-05"))).toEqual([]);
    expect(await nudges("2026-07-06")).toEqual([`rep:${leaderA}:leader_forum:2026-01-05:1`]);
    await runPass({ now: osloMorning("2026-07-06"), transport: null });
    await runPass({ now: osloMorning("2026-07-07"), transport: null });
    const rows = () => db().selectFrom("outbox").select(["dedupe_key", "text_body"]).where("dedupe_key", "like", `rep:${leaderA}:%`).execute();
    expect((await rows()).map((r) => r.dedupe_key)).toEqual([`rep:${leaderA}:leader_forum:2026-01-05:1`]);
    // A further six months without: the next nudge; the theme hour's (12 months) comes with it.
    expect((await nudges("2027-01-05")).sort()).toEqual([`rep:${leaderA}:leader_forum:2026-01-05:2`, `rep:${leaderA}:theme_hour:2026-01-05:1`]);

    // Attending a forum resets the count: nothing until six months after it.
    const s = await forum("2027-01-20");
    await db().insertInto("session_signup").values({ session_id: s, person_id: leaderA, status: "confirmed", created_at: "x", updated_at: "x", attended_at: "2027-01-20T10:00:00Z" }).execute();
    expect((await nudges("2027-03-01")).filter((k) => k.includes("leader_forum"))).toEqual([]);
    expect((await nudges("2027-07-20")).filter((k) => k.includes("leader_forum"))).toEqual([`rep:${leaderA}:leader_forum:2027-01-20:1`]);
  });

  test("the nudge lists the coming forums and is cancelled if the leader attends one before it goes out", async () => {
    const coming = await forum("2026-08-20");
    await runPass({ now: new Date("2026-07-06T05:00:00Z"), transport: null });
    const row = await db().selectFrom("outbox").select(["subject", "text_body"]).where("dedupe_key", "=", `rep:${leaderA}:leader_forum:2026-01-05:1`).executeTakeFirstOrThrow();
    expect(row.subject).toBe("Det er en stund siden du var på Lean lederforum");
    expect(row.text_body).toContain("Du har ikke vært på Lean lederforum ennå.");
    expect(row.text_body).toContain(`https://lederlop.test/kurs/${coming}`);
    // An earlier forum's attendance recorded late moves the count: the queued nudge no longer holds.
    const earlier = await forum("2026-07-01");
    await db().insertInto("session_signup").values({ session_id: earlier, person_id: leaderA, status: "confirmed", created_at: "x", updated_at: "x", attended_at: "2026-07-06T05:30:00Z" }).execute();
    await deliverOutbox({ now: new Date("2026-07-06T06:01:00Z"), transport: smtp.transport() });
    const status = await db().selectFrom("outbox").select("status").where("dedupe_key", "=", `rep:${leaderA}:leader_forum:2026-01-05:1`).executeTakeFirstOrThrow();
    expect(status.status).toBe("cancelled");
    expect(smtp.received.filter((m) => m.to && JSON.stringify(m.to).includes("lise@test.example") && m.subject?.includes("lederforum"))).toEqual([]);
  });

  test("the setting decides the months; the development unit's page lists who has gone that long, per kind", async () => {
    process.env.REPEAT_FORUM_MONTHS = "3";
    // Three months on is Sunday 5 April 2026, Easter Day; Easter Monday is a holiday too.
    expect(await nudges("2026-04-06")).toEqual([]);
    expect((await nudges("2026-04-07")).filter((k) => k.includes("leader_forum"))).toEqual([`rep:${leaderA}:leader_forum:2026-01-05:1`]);
    const s = await forum("2026-03-02");
    await db().insertInto("session_signup").values({ session_id: s, person_id: leaderB, status: "confirmed", created_at: "x", updated_at: "x", attended_at: "2026-03-02T10:00:00Z" }).execute();
    const page = await overdueRepetition({ user: await asUser(org.dev), now: osloMorning("2026-04-07") });
    const forums = page.find((k) => k.kind === "leader_forum")!;
    expect(forums.months).toBe(3);
    expect(forums.rows.map((r) => [r.name, r.lastAttended])).toEqual([
      ["Lise Leder", null],
      ["Tone B", null],
      ["Tor A", null],
    ]);
    await expect(overdueRepetition({ user: await asUser(org.tolA) })).rejects.toMatchObject({ status: 403 });
    delete process.env.REPEAT_FORUM_MONTHS;
  });
});

describe("competence topics", () => {
  test("the development unit adds, renames, describes, reorders and retires; a name is unique; others are refused", async () => {
    const dev: SessionUser = await asUser(org.dev);
    const a = await createTopic({ user: dev, input: { name: "Tavlemøter", description: "" } });
    const b = await createTopic({ user: dev, input: { name: "A3", description: "" } });
    await expect(createTopic({ user: dev, input: { name: "tavlemøter", description: "" } })).rejects.toMatchObject({ field: "name", messageKey: "topic.nameTaken" });
    await updateTopic({ user: dev, topicId: b, input: { name: "A3-problemløsing", description: "Strukturert problemløsing" } });
    await moveTopic({ user: dev, topicId: b, direction: "up" });
    await retireTopic({ user: dev, topicId: a, retired: true });
    expect((await listTopics({ user: dev })).map((t) => [t.name, t.description, t.retired_at !== null])).toEqual([
      ["A3-problemløsing", "Strukturert problemløsing", false],
      ["Tavlemøter", "", true],
    ]);
    // A retired topic is not offered for a new session.
    await expect(
      createSession({
        actor: dev,
        input: sessionSchema.parse({ kind: "theme_hour", topicId: String(a), title: "Tavler", description: "", date: "2027-01-10", startTime: "12:00", endTime: "13:00", location: "R", capacity: "5", stepIds: [] }),
      }),
    ).rejects.toMatchObject({ field: "topicId" });
    for (const who of [org.tolA, org.hr, leaderA]) await expect(createTopic({ user: await asUser(who), input: { name: "X" + who, description: "" } })).rejects.toMatchObject({ status: 403 });
    expect((await db().selectFrom("audit_log").select("action").where("entity", "=", "competence_topic").orderBy("id").execute()).map((r) => r.action)).toEqual([
      "topic.create",
      "topic.create",
      "topic.update",
      "topic.move",
      "topic.retire",
    ]);
  });

  test("a course must fulfil a step; a forum or theme hour need not", () => {
    const base = { title: "Lean", description: "", date: "2027-01-10", startTime: "12:00", endTime: "13:00", location: "R", capacity: "5", stepIds: [] };
    expect(sessionSchema.safeParse({ ...base, kind: "course" }).error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["stepIds", "validation.sessionSteps"]]);
    expect(sessionSchema.safeParse({ ...base, kind: "leader_forum" }).success).toBe(true);
    expect(sessionSchema.safeParse({ ...base, kind: "webinar" }).success).toBe(false);
  });
});
