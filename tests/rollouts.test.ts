import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { deliverOutbox } from "~/jobs/deliver.server";
import { completeStep } from "~/models/path.server";
import { registerHire, updatePerson } from "~/models/person.server";
import { rolloutReadiness, setRollout } from "~/models/rollout.server";
import { recordGuidance, recordMeeting } from "~/models/unit-cycle.server";
import { cancelSignup, createSession, recordAttendance, signUp, updateSession } from "~/models/course.server";
import { addDaysToDate, osloDate } from "~/utils/dates";
import { osloInstant } from "~/utils/oslo-instant";
import type { SessionInput } from "~/validation/course";
import { asUser, freshDb, seedOrg } from "./support/db";
import { startSmtp, type TestSmtp } from "./support/smtp";

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(() => smtp.close());

let org: Awaited<ReturnType<typeof seedOrg>>;
beforeEach(async () => {
  smtp.received.length = 0;
  await freshDb();
  org = await seedOrg();
});

const NOW = new Date("2026-11-27T10:00:00Z");
const TODAY = osloDate(NOW);

async function leader(email: string, unitId = org.unitA) {
  const { id } = await registerHire({
    actor: await asUser(org.hr),
    input: { name: email.split("@")[0]!, email, unitId, position: "leder", startDate: "2026-06-01", templateId: org.templateId },
    now: NOW,
  });
  return id;
}

const preSteps = (personId: number) =>
  getDb()
    .selectFrom("path_step as s")
    .innerJoin("path", "path.id", "s.path_id")
    .innerJoin("programme_template as t", "t.id", "path.template_id")
    .select(["s.id", "s.title", "s.due_date", "s.offset_days", "s.evidence", "s.template_step_id", "path.anchor_date"])
    .where("t.key", "=", "pre_rollout")
    .where("path.person_id", "=", personId)
    .orderBy("s.position")
    .execute();

const training = async (personId: number) => (await preSteps(personId)).find((s) => s.evidence === "attendance")!;

function sessionInput(templateStepId: number, date: string, capacity = 10): SessionInput {
  return {
    title: "Opplæringsprogram før innføring",
    description: "",
    date,
    startTime: "09:00",
    endTime: "15:00",
    location: "Rådhuset",
    capacity,
    stepIds: [templateStepId],
    startsAt: osloInstant(date, "09:00"),
    endsAt: osloInstant(date, "15:00"),
  };
}

/**
 * Completes every required pre-rollout step due before the date, and records the unit's
 * information meeting and guidance contract, except those listed («Informasjonsmøte»,
 * «Veilederkontrakt» name the unit's duties).
 */
async function completeAllBut(personId: number, except: string[] = []) {
  const admin = await asUser(org.admin);
  for (const s of await preSteps(personId)) {
    if (s.offset_days > 0 || except.some((e) => s.title.startsWith(e))) continue;
    await completeStep({ user: admin, stepId: s.id, evidenceDate: TODAY, now: NOW });
  }
  const unitId = (await getDb().selectFrom("person").select("unit_id").where("id", "=", personId).executeTakeFirstOrThrow()).unit_id!;
  const start = (await getDb().selectFrom("rollout").select("start_date").where("unit_id", "=", unitId).executeTakeFirstOrThrow()).start_date;
  if (!except.includes("Informasjonsmøte") && !(await getDb().selectFrom("unit_meeting").select("id").where("unit_id", "=", unitId).executeTakeFirst())) {
    await recordMeeting({ user: admin, unitId, heldOn: TODAY, attendees: "Alle", now: NOW });
  }
  if (!except.includes("Veilederkontrakt")) {
    await recordGuidance({ user: admin, unitId, input: { agreedOn: TODAY, periodStart: start, periodEnd: addDaysToDate(start, 180) }, now: NOW });
  }
}

const stateOf = async (unitId = org.unitA, now = NOW) => (await rolloutReadiness({ user: await asUser(org.admin), unitId, now }))[0]!;

describe("unit rollouts", () => {
  test("setting a rollout enrols the unit's leaders with due dates counted back from the date", async () => {
    const a = await leader("a@test.example");
    const other = await leader("b@test.example", org.unitB);
    const r = await setRollout({ user: await asUser(org.tolA), unitId: org.unitA, startDate: "2027-02-01", guidanceMonths: 6, now: NOW });
    expect(r.enrolled).toBe(1);
    const steps = await preSteps(a);
    // The leader's own training; the unit's duties (meeting, contract, FBA, revisions) are the unit's records.
    expect(steps.map((s) => [s.offset_days, s.due_date])).toEqual([[-30, "2027-01-02"]]);
    expect(await preSteps(other)).toEqual([]);
  });

  test("moving the date re-plans every open due date, keeps completed ones, and is audited", async () => {
    const a = await leader("a@test.example");
    const tol = await asUser(org.tolA);
    await setRollout({ user: tol, unitId: org.unitA, startDate: "2027-02-01", guidanceMonths: 6, now: NOW });
    const b = await leader("b@test.example");
    const training = (await preSteps(a))[0]!;
    await completeStep({ user: await asUser(org.admin), stepId: training.id, evidenceDate: TODAY, now: NOW });
    const r = await setRollout({ user: tol, unitId: org.unitA, startDate: "2027-03-01", guidanceMonths: 9, now: NOW });
    expect(r.moved).toBe(1);
    expect((await preSteps(a))[0]).toMatchObject({ id: training.id, due_date: "2027-01-02", anchor_date: "2027-03-01" });
    expect((await preSteps(b))[0]).toMatchObject({ due_date: "2027-01-30", anchor_date: "2027-03-01" });
    const audit = await getDb().selectFrom("audit_log").select(["action", "before", "after"]).where("entity", "=", "rollout").orderBy("id").execute();
    expect(audit.map((x) => x.action)).toEqual(["rollout.create", "rollout.update"]);
    expect(JSON.parse(audit[1]!.before!)).toMatchObject({ start_date: "2027-02-01", guidance_months: 6 });
    expect(JSON.parse(audit[1]!.after!)).toMatchObject({ start_date: "2027-03-01", guidance_months: 9 });
  });

  test("a TOL cannot set a rollout in another service area", async () => {
    await expect(setRollout({ user: await asUser(org.tolB), unitId: org.unitA, startDate: "2027-02-01", guidanceMonths: 6 })).rejects.toMatchObject({ status: 404 });
    await expect(setRollout({ user: await asUser(org.hr), unitId: org.unitA, startDate: "2027-02-01", guidanceMonths: 6 })).rejects.toMatchObject({ status: 403 });
  });

  test("late joiners: a leader hired into, or moved into, a unit with a rollout gets the pre-rollout path", async () => {
    await setRollout({ user: await asUser(org.tolA), unitId: org.unitA, startDate: "2027-02-01", guidanceMonths: 6, now: NOW });
    const hired = await leader("late@test.example");
    expect(await preSteps(hired)).toHaveLength(1);
    const moved = await leader("moved@test.example", org.unitB);
    expect(await preSteps(moved)).toHaveLength(0);
    await updatePerson({
      actor: await asUser(org.admin),
      personId: moved,
      input: { name: "Moved", email: "moved@test.example", unitId: org.unitA, position: "leder", startDate: "2026-06-01", active: true, locale: "nb", roles: ["leader"] },
      now: NOW,
    });
    const steps = await preSteps(moved);
    expect(steps).toHaveLength(1);
    expect(steps[0]!.due_date).toBe("2027-01-02");
  });
});

describe("training sessions", () => {
  test("a full session offers the waiting list, which moves up when someone cancels; each gets the right mail and calendar part", async () => {
    const a = await leader("a@test.example");
    const b = await leader("b@test.example");
    await setRollout({ user: await asUser(org.tolA), unitId: org.unitA, startDate: "2027-02-01", guidanceMonths: 6, now: NOW });
    const stepId = (await training(a)).template_step_id;
    const sessionId = await createSession({ actor: await asUser(org.dev), input: sessionInput(stepId, "2026-12-10", 1), now: NOW });

    expect(await signUp({ user: await asUser(a), sessionId, now: NOW })).toBe("confirmed");
    expect(await signUp({ user: await asUser(b), sessionId, now: NOW })).toBe("waitlist");
    expect(await signUp({ user: await asUser(b), sessionId, now: NOW })).toBe("waitlist");
    await cancelSignup({ user: await asUser(a), sessionId, now: NOW });
    const statuses = await getDb().selectFrom("session_signup").select(["person_id", "status"]).orderBy("person_id").execute();
    expect(statuses).toEqual([
      { person_id: a, status: "cancelled" },
      { person_id: b, status: "confirmed" },
    ]);
    const mail = await getDb().selectFrom("outbox").select(["to_address", "kind", "calendar_method"]).where("kind", "like", "session_%").orderBy("id").execute();
    expect(mail).toEqual([
      { to_address: "a@test.example", kind: "session_confirmed", calendar_method: "REQUEST" },
      { to_address: "b@test.example", kind: "session_waitlist", calendar_method: null },
      { to_address: "a@test.example", kind: "session_cancelled", calendar_method: "CANCEL" },
      { to_address: "b@test.example", kind: "session_promoted", calendar_method: "REQUEST" },
    ]);
  });

  test("the .ics is a REQUEST in Oslo time that a calendar reads back, and a change raises its SEQUENCE", async () => {
    const a = await leader("a@test.example");
    await setRollout({ user: await asUser(org.tolA), unitId: org.unitA, startDate: "2027-02-01", guidanceMonths: 6, now: NOW });
    const stepId = (await training(a)).template_step_id;
    const dev = await asUser(org.dev);
    const sessionId = await createSession({ actor: dev, input: sessionInput(stepId, "2026-12-10"), now: NOW });
    await signUp({ user: await asUser(a), sessionId, now: NOW });
    // Moved into summer time: 09:00 in Oslo is then 07:00 UTC.
    await updateSession({ actor: dev, sessionId, input: sessionInput(stepId, "2027-04-15"), now: NOW });

    const result = await deliverOutbox({ now: NOW, transport: smtp.transport() });
    expect(result.failed).toBe(0);
    const invites = smtp.received.filter((m) => m.subject?.startsWith("Påmeldt") || m.subject?.startsWith("Endret"));
    expect(invites).toHaveLength(2);
    const [first, changed] = invites.map((m) => {
      const part = m.attachments.find((x) => x.contentType === "text/calendar");
      expect(part, "calendar part").toBeTruthy();
      return parseIcs(part!.content.toString("utf8"));
    });
    expect(first).toMatchObject({ METHOD: "REQUEST", DTSTART: "20261210T080000Z", DTEND: "20261210T140000Z", SEQUENCE: "0", SUMMARY: "Opplæringsprogram før innføring", LOCATION: "Rådhuset" });
    expect(changed).toMatchObject({ METHOD: "REQUEST", DTSTART: "20270415T070000Z", SEQUENCE: "1", UID: first!.UID });
    // Read back as an Oslo wall-clock time.
    const start = new Date(first!.DTSTART!.replace(/(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z/, "$1-$2-$3T$4:$5:$6Z"));
    expect(new Intl.DateTimeFormat("nb-NO", { timeZone: "Europe/Oslo", hour: "2-digit", minute: "2-digit" }).format(start)).toBe("09:00");
  });

  test("the organiser's attendance, from the session's start, completes the linked step as confirmed, not self-reported", async () => {
    const a = await leader("a@test.example");
    await setRollout({ user: await asUser(org.tolA), unitId: org.unitA, startDate: "2027-02-01", guidanceMonths: 6, now: NOW });
    const step = await training(a);
    const dev = await asUser(org.dev);
    const sessionId = await createSession({ actor: dev, input: sessionInput(step.template_step_id, "2026-12-10"), now: NOW });
    await signUp({ user: await asUser(a), sessionId, now: NOW });
    await expect(recordAttendance({ actor: await asUser(a), sessionId, attended: [a] })).rejects.toMatchObject({ status: 403 });
    // Before the session starts (09:00 Oslo) nobody can have attended: refused on the field, nothing written.
    await expect(recordAttendance({ actor: dev, sessionId, attended: [a], now: new Date("2026-12-10T07:59:00Z") })).rejects.toMatchObject({ field: "attended", messageKey: "session.attendanceNotYet" });
    expect(await getDb().selectFrom("step_completion").selectAll().where("path_step_id", "=", step.id).execute()).toEqual([]);
    expect(await getDb().selectFrom("session_signup").select("attended_at").execute()).toEqual([{ attended_at: null }]);
    const r = await recordAttendance({ actor: dev, sessionId, attended: [a], now: new Date("2026-12-10T08:00:00Z") });
    expect(r.completed).toBe(1);
    const completion = await getDb().selectFrom("step_completion").selectAll().where("path_step_id", "=", step.id).executeTakeFirstOrThrow();
    expect(completion).toMatchObject({ confirmed: 1, completed_by: org.dev, evidence_date: "2026-12-10" });
  });
});

describe("readiness rules", () => {
  async function setup(days: number) {
    const a = await leader("a@test.example");
    await setRollout({ user: await asUser(org.tolA), unitId: org.unitA, startDate: addDaysToDate(TODAY, days), guidanceMonths: 6, now: NOW });
    return a;
  }

  test("ready when every required step due before the date is done", async () => {
    const a = await setup(40);
    await completeAllBut(a);
    expect((await stateOf()).state).toBe("ready");
  });

  test("on track when only a session step remains and a session before the date has room", async () => {
    const a = await setup(40);
    await completeAllBut(a, ["Opplæringsprogram"]);
    await createSession({ actor: await asUser(org.dev), input: sessionInput((await training(a)).template_step_id, addDaysToDate(TODAY, 5)), now: NOW });
    expect((await stateOf()).state).toBe("on_track");
  });

  test("at risk when no session before the date has room; on track again once the leader holds a place", async () => {
    const a = await setup(40);
    const b = await leader("b@test.example", org.unitB);
    await completeAllBut(a, ["Opplæringsprogram"]);
    const stepId = (await training(a)).template_step_id;
    // A session after the rollout date does not count, and the one before is full.
    await createSession({ actor: await asUser(org.dev), input: sessionInput(stepId, addDaysToDate(TODAY, 45)), now: NOW });
    const before = await createSession({ actor: await asUser(org.dev), input: sessionInput(stepId, addDaysToDate(TODAY, 5), 1), now: NOW });
    await signUp({ user: await asUser(b), sessionId: before, now: NOW });
    const risk = await stateOf();
    expect(risk.state).toBe("at_risk");
    expect(risk.blockers).toMatchObject([{ personId: a, reason: "no_session" }]);
    await cancelSignup({ user: await asUser(b), sessionId: before, now: NOW });
    await signUp({ user: await asUser(a), sessionId: before, now: NOW });
    expect((await stateOf()).state).toBe("on_track");
  });

  test("at risk when a required step is overdue (the training was due 30 days before)", async () => {
    const a = await setup(21);
    await completeAllBut(a, ["Opplæringsprogram"]);
    const s = await stateOf();
    expect(s.state).toBe("at_risk");
    expect(s.blockers[0]).toMatchObject({ reason: "overdue" });
    expect(s.daysLeft).toBe(21);
  });

  test("not ready on the rollout date itself with a step still open; ready the moment it is done", async () => {
    const a = await setup(40);
    await completeAllBut(a, ["Veilederkontrakt"]);
    const onTheDay = new Date(osloInstant(addDaysToDate(TODAY, 40), "09:00"));
    expect((await stateOf(org.unitA, onTheDay)).state).toBe("not_ready");
    expect((await stateOf(org.unitA, new Date(onTheDay.getTime() - 86_400_000))).state).toBe("at_risk");
    await completeAllBut(a);
    expect((await stateOf(org.unitA, onTheDay)).state).toBe("ready");
  });

  test("the remembered figures turn over when a session begins, not minutes later", async () => {
    const a = await setup(40);
    await completeAllBut(a, ["Opplæringsprogram"]);
    // The only session with room starts three minutes from now.
    const soon = new Date(NOW.getTime() + 3 * 60_000);
    const hhmm = (d: Date) => new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Europe/Oslo" }).format(d);
    const input = sessionInput((await training(a)).template_step_id, TODAY);
    await createSession({ actor: await asUser(org.dev), input: { ...input, startTime: hhmm(soon), startsAt: soon, endsAt: new Date(soon.getTime() + 3_600_000) }, now: NOW });
    expect((await stateOf(org.unitA, NOW)).state).toBe("on_track");
    expect((await stateOf(org.unitA, new Date(NOW.getTime() + 4 * 60_000))).state).toBe("at_risk");
  });

  test("a unit without a leader is at risk", async () => {
    await setRollout({ user: await asUser(org.tolB), unitId: org.unitB, startDate: addDaysToDate(TODAY, 40), guidanceMonths: 6, now: NOW });
    const s = await stateOf(org.unitB);
    expect(s.state).toBe("at_risk");
    // Besides the unit's own duties (meeting and contract, still open), no leader is the blocker.
    expect(s.blockers.filter((b) => !b.duty)).toMatchObject([{ reason: "no_leader" }]);
  });

  test("a TOL reads only their own areas' rollouts", async () => {
    await setup(40);
    expect(await rolloutReadiness({ user: await asUser(org.tolB) })).toEqual([]);
    expect(await rolloutReadiness({ user: await asUser(org.tolA) })).toHaveLength(1);
  });
});

/** A minimal iCalendar reader: the VEVENT's properties (and METHOD), unfolded. */
function parseIcs(text: string): Record<string, string> {
  const lines = text.replace(/\r\n[ \t]/g, "").split(/\r?\n/);
  const out: Record<string, string> = {};
  for (const line of lines) {
    const m = /^([A-Z-]+)(?:;[^:]*)?:(.*)$/.exec(line);
    if (m && !(m[1]! in out)) out[m[1]!] = m[2]!;
  }
  return out;
}
