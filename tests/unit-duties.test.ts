import { beforeEach, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { deliverOutbox } from "~/jobs/deliver.server";
import { digestPlan } from "~/jobs/digests.server";
import { planReminders, reminderPlan } from "~/jobs/reminders.server";
import { setRollout } from "~/models/rollout.server";
import { endLean, recordFba, recordGuidance, recordMeeting, recordRevision, resumeLean, unitCycle, updateMeasure } from "~/models/unit-cycle.server";
import { setUnitDutyPolicy } from "~/models/unit-duty-policy.server";
import { unitCycleOverview } from "~/models/unit-overview.server";
import { asUser, freshDb, seedOrg } from "./support/db";
import { startSmtp } from "./support/smtp";

// The units' duties on the same reminder engine as path steps (default policy: 7 days before, on
// the due date, every 7 days overdue up to 3 times, escalation after 14 days; working days only,
// 08:00 Oslo), with an injected clock.
let org: Awaited<ReturnType<typeof seedOrg>>;
let rlg: number;
beforeEach(async () => {
  await freshDb();
  org = await seedOrg();
  const db = getDb();
  rlg = (await db.insertInto("person").values({ name: "Rita RLG", email: "rlg@test.example", unit_id: null, position: "", start_date: null, active: 1, created_at: "2026-01-01", updated_at: "2026-01-01" }).returning("id").executeTakeFirstOrThrow()).id;
  await db.insertInto("person_role").values({ person_id: rlg, role: "rlg" }).execute();
  // Rolled out on Monday 5 January 2026: revision n is due 5 July / 5 January; the analysis with the first.
  await setRollout({ user: await asUser(org.tolA), unitId: org.unitA, startDate: "2026-01-05", guidanceMonths: 6, now: new Date("2025-11-01T10:00:00Z") });
  await recordMeeting({ user: await asUser(org.tolA), unitId: org.unitA, heldOn: "2025-12-10", attendees: "Alle", now: new Date("2025-12-10T10:00:00Z") });
  await recordGuidance({ user: await asUser(org.dev), unitId: org.unitA, input: { agreedOn: "2025-12-20", periodStart: "2026-01-05", periodEnd: "2026-07-05" }, now: new Date("2025-12-20T10:00:00Z") });
});

/** The unit duties' mail planned at 08:00 Oslo on `date`: [recipient id, duty, kind]. */
async function planned(date: string) {
  const plan = await reminderPlan(getDb(), new Date(`${date}T07:00:00Z`));
  return plan
    .filter((p) => p.key.startsWith("u:"))
    .map((p) => {
      const [, to, ...rest] = p.key.split(":");
      return [Number(to), rest.slice(0, -2).join(":"), p.kind] as const;
    });
}

const revisionKey = (n: number) => `revision:${org.unitA}:${n}`;
const fbaKey = () => `fba:${org.unitA}`;

describe("reminders for a unit's duties", () => {
  test("the fishbone analysis and the first revision: before, on (moved off the Sunday) and after the due date, then the executive group hears", async () => {
    // Due Sunday 5 July: the «before» reminder on Monday 29 June, the due one on Monday 6 July.
    expect(await planned("2026-06-26")).toEqual([]);
    expect(await planned("2026-06-29")).toEqual([
      [org.tolA, fbaKey(), "reminder_before"],
      [org.tolA, revisionKey(1), "reminder_before"],
    ]);
    expect(await planned("2026-07-06")).toEqual([
      [org.tolA, fbaKey(), "reminder_due"],
      [org.tolA, revisionKey(1), "reminder_due"],
    ]);
    // Two weeks overdue (19 July is a Sunday: Monday 20): the TOL's third reminder, and the escalation to the RLG.
    expect(await planned("2026-07-20")).toEqual([
      [org.tolA, fbaKey(), "reminder_overdue"],
      [rlg, fbaKey(), "reminder_escalation"],
      [org.tolA, revisionKey(1), "reminder_overdue"],
      [rlg, revisionKey(1), "reminder_escalation"],
    ]);
    const mail = (await reminderPlan(getDb(), new Date("2026-07-20T07:00:00Z"))).find((p) => p.key.startsWith(`u:${rlg}:${revisionKey(1)}`))!.render();
    expect(mail.subject).toBe("Sykehjemmet ligger etter: «Halvårlig revisjon 1»");
    expect(mail.text).toContain(`/enheter/${org.unitA}`);
  });

  test("a reminder queued for 08:00 is cancelled when the duty is recorded before it goes out", async () => {
    await planReminders({ now: new Date("2026-07-06T04:00:00Z") });
    const queued = await getDb().selectFrom("outbox").select(["dedupe_key", "status"]).where("dedupe_key", "like", "u:%").orderBy("dedupe_key").execute();
    expect(queued.map((q) => q.dedupe_key)).toEqual([`u:${org.tolA}:${fbaKey()}:due:2026-07-06`, `u:${org.tolA}:${revisionKey(1)}:due:2026-07-06`]);
    await recordFba({ user: await asUser(org.tolA), unitId: org.unitA, input: { heldOn: "2026-07-03", participants: "x", causes: [{ category: "Metode", description: "y" }], measures: [] }, now: new Date("2026-07-06T05:00:00Z") });
    const smtp = await startSmtp();
    try {
      const r = await deliverOutbox({ now: new Date("2026-07-06T06:01:00Z"), transport: smtp.transport() });
      expect(r).toMatchObject({ cancelled: 1, sent: 1 });
      expect(smtp.received.map((m) => m.subject)).toEqual(["Frist i dag: «Halvårlig revisjon 1»"]);
    } finally {
      await smtp.close();
    }
    const after = await getDb().selectFrom("outbox").select(["dedupe_key", "status"]).where("dedupe_key", "like", "u:%").orderBy("dedupe_key").execute();
    expect(after.map((q) => q.status)).toEqual(["cancelled", "sent"]);
  });

  test("revisions are generated every six months: once the first is held, the second is reminded in its turn", async () => {
    const tol = await asUser(org.tolA);
    await recordFba({ user: tol, unitId: org.unitA, input: { heldOn: "2026-06-20", participants: "x", causes: [{ category: "Metode", description: "y" }], measures: [] }, now: new Date("2026-06-20T10:00:00Z") });
    await recordRevision({ user: tol, unitId: org.unitA, input: { number: 1, heldOn: "2026-07-01", gembaOn: "2026-07-01", developmentUnitTookPart: true, notes: "", closed: [], deviations: [] }, now: new Date("2026-07-01T10:00:00Z") });
    expect(await planned("2026-07-06")).toEqual([]);
    // 5 January 2027 is a Tuesday; a week before is Tuesday 29 December.
    expect(await planned("2026-12-29")).toEqual([[org.tolA, revisionKey(2), "reminder_before"]]);
    expect(await planned("2027-01-05")).toEqual([[org.tolA, revisionKey(2), "reminder_due"]]);
  });

  test("a measure's owner is reminded until it is closed; overdue, the TOL hears", async () => {
    const tol = await asUser(org.tolA);
    const db = getDb();
    const owner = (await db.insertInto("person").values({ name: "Lise Leder", email: "lise@test.example", unit_id: org.unitA, position: "enhetsleder", start_date: null, active: 1, created_at: "2026-01-01", updated_at: "2026-01-01" }).returning("id").executeTakeFirstOrThrow()).id;
    await db.insertInto("person_role").values({ person_id: owner, role: "leader" }).execute();
    await recordFba({
      user: tol,
      unitId: org.unitA,
      input: { heldOn: "2026-06-20", participants: "x", causes: [{ category: "Metode", description: "y" }], measures: [{ title: "Fast tavlemøte", ownerId: owner, dueDate: "2026-09-01" }] },
      now: new Date("2026-06-20T10:00:00Z"),
    });
    const [measure] = await getDb().selectFrom("unit_measure").select("id").execute();
    expect((await planned("2026-09-01")).filter(([, key]) => key.startsWith("measure"))).toEqual([[owner, `measure:${measure!.id}`, "reminder_due"]]);
    expect((await planned("2026-09-15")).filter(([, key]) => key.startsWith("measure"))).toEqual([
      [owner, `measure:${measure!.id}`, "reminder_overdue"],
      [org.tolA, `measure:${measure!.id}`, "reminder_escalation"],
    ]);
    await updateMeasure({ user: await asUser(owner), unitId: org.unitA, measureId: measure!.id, status: "done", now: new Date("2026-09-16T10:00:00Z") });
    expect((await planned("2026-09-22")).filter(([, key]) => key.startsWith("measure"))).toEqual([]);
  });

  test("the guidance contract is the development unit's; the TOL's Monday digest lists the units' overdue duties", async () => {
    await getDb().deleteFrom("guidance_contract").execute();
    // Due 29 December 2025 (a Monday): the development unit is reminded; two weeks on, the TOL.
    expect((await planned("2025-12-29")).filter(([, key]) => key.startsWith("contract"))).toEqual([[org.dev, `contract:${org.unitA}`, "reminder_due"]]);
    expect((await planned("2026-01-12")).filter(([, key]) => key.startsWith("contract"))).toEqual([
      [org.dev, `contract:${org.unitA}`, "reminder_overdue"],
      [org.tolA, `contract:${org.unitA}`, "reminder_escalation"],
    ]);
    const digest = (await digestPlan(getDb(), new Date("2026-01-12T07:00:00Z"))).find((p) => p.kind === "digest_tol" && p.to.id === org.tolA)!;
    const text = digest.render().text;
    expect(text).toContain("Enhetenes oppgaver på overtid");
    expect(text).toContain("Sykehjemmet: Veilederkontrakten");
  });

  test("a unit that ends its Lean work: no revision, reminder, overdue count or escalation after the date; a queued one is cancelled; undoing brings them back", async () => {
    const tol = await asUser(org.tolA);
    await recordFba({ user: tol, unitId: org.unitA, input: { heldOn: "2026-06-20", participants: "x", causes: [{ category: "Metode", description: "y" }], measures: [] }, now: new Date("2026-06-20T10:00:00Z") });
    await recordRevision({ user: tol, unitId: org.unitA, input: { number: 1, heldOn: "2026-07-01", gembaOn: "2026-07-01", developmentUnitTookPart: true, notes: "", closed: [], deviations: [] }, now: new Date("2026-07-01T10:00:00Z") });
    // Revision 2 (due 5 January 2027) is reminded a week before; the mail waits for 08:00.
    await planReminders({ now: new Date("2026-12-29T04:00:00Z") });
    expect((await getDb().selectFrom("outbox").select("dedupe_key").where("dedupe_key", "like", "u:%").execute()).map((r) => r.dedupe_key)).toEqual([`u:${org.tolA}:${revisionKey(2)}:before:2026-12-29`]);

    // The unit stopped on 1 December: revision 2 falls after it.
    await expect(endLean({ user: tol, unitId: org.unitA, input: { endedOn: "2025-12-01", reason: "x" } })).rejects.toMatchObject({ field: "endedOn", messageKey: "cycle.beforeRollout" });
    await endLean({ user: tol, unitId: org.unitA, input: { endedOn: "2026-12-01", reason: "Enheten legges ned" }, now: new Date("2026-12-29T05:00:00Z") });
    const smtp = await startSmtp();
    try {
      expect(await deliverOutbox({ now: new Date("2026-12-29T07:01:00Z"), transport: smtp.transport() })).toMatchObject({ cancelled: 1, sent: 0 });
      expect(smtp.received).toEqual([]);
    } finally {
      await smtp.close();
    }
    for (const day of ["2027-01-05", "2027-01-19", "2027-07-05"]) expect(await planned(day)).toEqual([]);
    const later = new Date("2027-08-01T10:00:00Z");
    const cycle = await unitCycle({ user: tol, unitId: org.unitA, now: later });
    expect(cycle.revisions.map((r) => [r.number, r.state])).toEqual([[1, "done"]]);
    expect(cycle.leanEnd).toEqual({ endedOn: "2026-12-01", reason: "Enheten legges ned", recordedBy: "Tor A" });
    expect(cycle.may.revision && cycle.revisions.some((r) => !r.held)).toBe(false);
    const overview = await unitCycleOverview({ user: tol, areas: [{ id: org.areaA, name: "A" }], now: later });
    expect(overview.units).toMatchObject([{ unitId: org.unitA, stage: "ended", endedOn: "2026-12-01", overdueRevisions: 0, nextRevision: null }]);
    await expect(recordRevision({ user: tol, unitId: org.unitA, input: { number: 2, heldOn: "2027-01-05", gembaOn: null, developmentUnitTookPart: false, notes: "", closed: [], deviations: [] }, now: later })).rejects.toMatchObject({ field: "number" });

    // Recorded by mistake: undone, revisions 2 and 3 are overdue again and reminded.
    await resumeLean({ user: tol, unitId: org.unitA, now: new Date("2027-08-02T10:00:00Z") });
    expect(await planned("2027-08-02")).toEqual([[org.tolA, revisionKey(3), "reminder_overdue"]]);
    const resumed = await unitCycleOverview({ user: tol, areas: [{ id: org.areaA, name: "A" }], now: new Date("2027-08-02T10:00:00Z") });
    expect(resumed.units).toMatchObject([{ stage: "revisions", endedOn: null, overdueRevisions: 2 }]);
    const audit = await getDb().selectFrom("audit_log").select(["action", "actor_id", "before", "after"]).where("action", "like", "unit.lean_end%").orderBy("id").execute();
    expect(audit.map((a) => [a.action, a.actor_id])).toEqual([
      ["unit.lean_end.record", org.tolA],
      ["unit.lean_end.undo", org.tolA],
    ]);
    expect(JSON.parse(audit[1]!.before!)).toMatchObject({ ended_on: "2026-12-01", reason: "Enheten legges ned" });
    await expect(resumeLean({ user: tol, unitId: org.unitA })).rejects.toMatchObject({ status: 409 });
    // Only those who record the TOL's duties: not the development unit, not another area's TOL.
    await expect(endLean({ user: await asUser(org.dev), unitId: org.unitA, input: { endedOn: "2026-12-01", reason: "x" } })).rejects.toMatchObject({ status: 403 });
  });

  test("an administrator's policy for a kind of duty: the revisions reminded two weeks before, never escalated; the other duties keep the default", async () => {
    const admin = await asUser(org.admin);
    await expect(setUnitDutyPolicy({ user: await asUser(org.tolA), input: { duty: "revision", remindBeforeDays: 14, remindOnDue: false, overdueEveryDays: 7, overdueMax: 1, escalateAfterDays: null } })).rejects.toMatchObject({ status: 403 });
    await setUnitDutyPolicy({ user: admin, input: { duty: "revision", remindBeforeDays: 14, remindOnDue: false, overdueEveryDays: 7, overdueMax: 1, escalateAfterDays: null }, now: new Date("2026-06-01T10:00:00Z") });
    // Revision 1 is due Sunday 5 July: two weeks before is Sunday 21 June, so Monday 22 June.
    expect(await planned("2026-06-22")).toEqual([[org.tolA, revisionKey(1), "reminder_before"]]);
    // The analysis, due the same day, keeps the default: a week before (Monday 29 June), on the day;
    // the revision has no reminder on its due date.
    expect((await planned("2026-06-29")).filter(([, key]) => key === fbaKey())).toEqual([[org.tolA, fbaKey(), "reminder_before"]]);
    expect(await planned("2026-07-06")).toEqual([[org.tolA, fbaKey(), "reminder_due"]]);
    // One overdue reminder (Monday 13 July), and no escalation to the executive group at two weeks.
    expect((await planned("2026-07-13")).filter(([, key]) => key === revisionKey(1))).toEqual([[org.tolA, revisionKey(1), "reminder_overdue"]]);
    const twoWeeks = (await planned("2026-07-20")).filter(([, , kind]) => kind === "reminder_escalation");
    expect(twoWeeks).toEqual([[rlg, fbaKey(), "reminder_escalation"]]);
    const row = await getDb().selectFrom("audit_log").select(["entity_id", "before", "after"]).where("action", "=", "unit_duty_policy.update").executeTakeFirstOrThrow();
    expect(row.entity_id).toBe("revision");
    expect(JSON.parse(row.before!)).toMatchObject({ remind_before_days: 7, escalate_after_days: 14 });
    expect(JSON.parse(row.after!)).toMatchObject({ remind_before_days: 14, escalate_after_days: null });
  });
});
