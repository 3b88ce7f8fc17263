import { beforeEach, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { registerHire } from "~/models/person.server";
import { rolloutReadiness, setRollout } from "~/models/rollout.server";
import { decideGuidance, recordFba, recordGuidance, recordMeeting, recordRevision, unitCycle, updateMeasure } from "~/models/unit-cycle.server";
import { completeStep } from "~/models/path.server";
import { hestehode, unitCycleOverview } from "~/models/unit-overview.server";
import { revisionsUntil } from "~/utils/lean-cycle";
import { rolloutSchema } from "~/validation/rollout";
import { unitCycleSchema } from "~/validation/unit-cycle";
import { loadApp } from "./support/app";
import { asUser, freshDb, seedOrg } from "./support/db";

let org: Awaited<ReturnType<typeof seedOrg>>;
beforeEach(async () => {
  await freshDb();
  org = await seedOrg();
});

const ROLLOUT = "2026-01-05";
/** Thirteen months after the rollout: revisions 1 (July) and 2 (January) are due, 3 is next. */
const NOW = new Date("2027-02-01T10:00:00Z");

async function leader(email: string, unitId = org.unitA) {
  const { id } = await registerHire({
    actor: await asUser(org.hr),
    input: { name: email.split("@")[0]!, email, unitId, position: "enhetsleder", startDate: "2025-06-01", templateId: org.templateId },
    now: NOW,
  });
  return id;
}

async function rolledOut() {
  await setRollout({ user: await asUser(org.tolA), unitId: org.unitA, startDate: ROLLOUT, guidanceMonths: 6, now: new Date("2025-11-01T10:00:00Z") });
}

const fbaInput = (heldOn: string, owner: number) => ({
  heldOn,
  participants: "Enhetsleder, TOL, to verneombud",
  causes: [
    { category: "Metode", description: "Ingen fast tid for tavlemøter" },
    { category: "Måling", description: "Ingen måler ventetid" },
  ],
  measures: [{ title: "Fast tavlemøte", ownerId: owner, dueDate: "2026-09-01" }],
});

const revision = (number: number, heldOn: string, extra: Partial<Parameters<typeof recordRevision>[0]["input"]> = {}) => ({
  number,
  heldOn,
  gembaOn: heldOn,
  developmentUnitTookPart: true,
  notes: "",
  closed: [] as number[],
  deviations: [] as { title: string; ownerId: number; dueDate: string }[],
  ...extra,
});

describe("the unit's duties before the rollout count for its readiness once", () => {
  test("the information meeting and the guidance contract are the unit's, not steps in each leader's path", async () => {
    const a = await leader("a@test.example");
    const b = await leader("b@test.example");
    const soon = "2026-12-20";
    await setRollout({ user: await asUser(org.tolA), unitId: org.unitA, startDate: soon, guidanceMonths: 6, now: new Date("2026-11-27T10:00:00Z") });
    const steps = await getDb()
      .selectFrom("path_step as s")
      .innerJoin("path", "path.id", "s.path_id")
      .select(["path.person_id", "s.title"])
      .where("path.person_id", "in", [a, b])
      .where("path.anchor_date", "=", soon)
      .execute();
    // Each leader has only their own training left in the pre-rollout path.
    expect(steps.map((s) => s.title)).toEqual(["Opplæringsprogram for leder før innføring", "Opplæringsprogram for leder før innføring"]);

    const at = new Date("2026-12-05T10:00:00Z"); // the meeting (due 29 Nov) is overdue, the contract (13 Dec) is not
    let [unit] = await rolloutReadiness({ user: await asUser(org.admin), unitId: org.unitA, now: at });
    expect(unit!.total).toBe(4); // two trainings + the meeting + the contract
    expect(unit!.blockers.filter((x) => x.duty)).toMatchObject([
      { duty: "meeting", reason: "overdue" },
      { duty: "contract", reason: "open" },
    ]);
    expect(unit!.state).toBe("at_risk");
    await recordMeeting({ user: await asUser(org.tolA), unitId: org.unitA, heldOn: "2026-12-01", attendees: "Alle ansatte", now: at });
    [unit] = await rolloutReadiness({ user: await asUser(org.admin), unitId: org.unitA, now: at });
    expect(unit!.done).toBe(1);
    expect(unit!.blockers.filter((x) => x.duty)).toMatchObject([{ duty: "contract", reason: "open" }]);
  });
});

describe("the fishbone analysis", () => {
  test("is due six months after the rollout, overdue after that, and needs the TOL", async () => {
    await rolledOut();
    const tol = await asUser(org.tolA);
    const before = await unitCycle({ user: tol, unitId: org.unitA, now: new Date("2026-07-05T10:00:00Z") });
    expect(before.fba).toMatchObject({ due: "2026-07-05", state: "coming", record: null });
    const late = await unitCycle({ user: tol, unitId: org.unitA, now: new Date("2026-07-06T10:00:00Z") });
    expect(late.fba.state).toBe("overdue");

    // The form: without the TOL there is no analysis, and an empty cause list is refused.
    const parsed = unitCycleSchema.safeParse({ intent: "fba", heldOn: "2026-05-01", participants: "Enhetsleder", c1Category: "Metode", c1Text: "" });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => i.path[0]);
    expect(paths).toContain("tolTookPart");
    expect(paths).toContain("c1Text");
    // A measure without an owner or a due date is refused on those fields.
    const half = unitCycleSchema.safeParse({ intent: "fba", heldOn: "2026-05-01", participants: "x", tolTookPart: "on", c1Category: "Metode", c1Text: "y", m2Title: "Tiltak" });
    expect(half.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["m2Owner", "validation.required"],
      ["m2Due", "validation.required"],
    ]);

    // Before the rollout it cannot have been held; nothing is written.
    await expect(recordFba({ user: tol, unitId: org.unitA, input: fbaInput("2025-12-01", org.tolA), now: NOW })).rejects.toMatchObject({ field: "heldOn", messageKey: "cycle.beforeRollout" });
    expect(await getDb().selectFrom("fishbone_analysis").selectAll().execute()).toEqual([]);
    await recordFba({ user: tol, unitId: org.unitA, input: fbaInput("2026-06-20", org.tolA), now: NOW });
    const after = await unitCycle({ user: tol, unitId: org.unitA, now: NOW });
    expect(after.fba.state).toBe("done");
    expect(after.fba.record!.causes.map((c) => c.category)).toEqual(["Metode", "Måling"]);
    expect(after.measures).toMatchObject([{ title: "Fast tavlemøte", ownerName: "Tor A", status: "open", overdue: true, revisionNumber: null }]);
    await expect(recordFba({ user: tol, unitId: org.unitA, input: fbaInput("2026-06-21", org.tolA), now: NOW })).rejects.toMatchObject({ messageKey: "cycle.fba.exists" });
  });
});

describe("a unit that rolled out before Lederløp was installed", () => {
  test("gets its real rollout date (back to the action plan, 28.05.2018) and its history on record", async () => {
    expect(rolloutSchema.safeParse({ unitId: "1", startDate: "2019-03-04", guidanceMonths: "6" }).success).toBe(true);
    expect(rolloutSchema.safeParse({ unitId: "1", startDate: "2018-05-27", guidanceMonths: "6" }).error?.issues[0]?.message).toBe("validation.rolloutRange");
    await setRollout({ user: await asUser(org.tolA), unitId: org.unitA, startDate: "2019-03-04", guidanceMonths: 6, now: NOW });
    const tol = await asUser(org.tolA);
    await recordMeeting({ user: tol, unitId: org.unitA, heldOn: "2019-02-11", attendees: "Alle", now: NOW });
    await recordFba({ user: tol, unitId: org.unitA, input: { ...fbaInput("2019-08-20", org.tolA), measures: [] }, now: NOW });
    await recordRevision({ user: tol, unitId: org.unitA, input: revision(1, "2019-09-04"), now: NOW });
    const cycle = await unitCycle({ user: tol, unitId: org.unitA, now: NOW });
    expect(cycle.meeting.state).toBe("done");
    expect(cycle.fba.state).toBe("done");
    // Fifteen revisions were due by February 2027 (the 15th in September 2026): the first is held,
    // fourteen are overdue, and the 16th (March 2027) is next.
    expect(cycle.revisions).toHaveLength(16);
    expect(cycle.revisions.filter((r) => r.state === "overdue")).toHaveLength(14);
    expect(cycle.revisions.at(-1)).toMatchObject({ number: 16, due: "2027-03-04", state: "coming" });
  });
});

describe("half-year revisions", () => {
  test("fall due every six months from the rollout for as long as the unit works with Lean", () => {
    expect(revisionsUntil("2026-08-31", "2028-03-01")).toEqual([
      { number: 1, due: "2027-02-28" },
      { number: 2, due: "2027-08-31" },
      { number: 3, due: "2028-02-29" },
      { number: 4, due: "2028-08-31" },
    ]);
  });

  test("a follow-up is carried to the next revision until it is closed", async () => {
    await rolledOut();
    const tol = await asUser(org.tolA);
    const cycle = await unitCycle({ user: tol, unitId: org.unitA, now: NOW });
    expect(cycle.revisions.map((r) => [r.number, r.due, r.state])).toEqual([
      [1, "2026-07-05", "overdue"],
      [2, "2027-01-05", "overdue"],
      [3, "2027-07-05", "coming"],
    ]);
    await recordRevision({ user: tol, unitId: org.unitA, input: revision(1, "2026-07-01", { deviations: [{ title: "Tavla brukes ikke", ownerId: org.tolA, dueDate: "2026-10-01" }] }), now: NOW });
    const [followUp] = (await unitCycle({ user: tol, unitId: org.unitA, now: NOW })).measures;
    // Revision 2 does not close it: carried.
    await recordRevision({ user: await asUser(org.dev), unitId: org.unitA, input: revision(2, "2027-01-10"), now: NOW });
    let measures = (await unitCycle({ user: tol, unitId: org.unitA, now: NOW })).measures;
    expect(measures).toMatchObject([{ id: followUp!.id, status: "open", carriedTo: [2], revisionNumber: 1 }]);
    // A revision that is neither due nor next, or one held already, is refused.
    await expect(recordRevision({ user: tol, unitId: org.unitA, input: revision(4, "2027-01-20"), now: NOW })).rejects.toMatchObject({ field: "number" });
    await expect(recordRevision({ user: tol, unitId: org.unitA, input: revision(2, "2027-01-20"), now: NOW })).rejects.toMatchObject({ field: "number" });
    // Revision 3 (held early) closes it.
    await recordRevision({ user: tol, unitId: org.unitA, input: revision(3, "2027-01-30", { closed: [followUp!.id] }), now: NOW });
    measures = (await unitCycle({ user: tol, unitId: org.unitA, now: NOW })).measures;
    expect(measures).toMatchObject([{ status: "done", closedOn: "2027-01-30", carriedTo: [2] }]);
    const reviews = await getDb().selectFrom("measure_review").select(["outcome"]).orderBy("revision_id").execute();
    expect(reviews.map((r) => r.outcome)).toEqual(["carried", "closed"]);
    const audit = await getDb().selectFrom("audit_log").select("action").where("action", "like", "unit.%").orderBy("id").execute();
    expect(audit.map((a) => a.action)).toEqual(["unit.revision.record", "unit.revision.record", "unit.revision.record"]);
  });
});

describe("the guidance contract", () => {
  test("the decision comes after the fishbone analysis: continuing needs a later end and is an extension", async () => {
    await rolledOut();
    const dev = await asUser(org.dev);
    await expect(decideGuidance({ user: dev, unitId: org.unitA, input: { decision: "withdraw", reason: "x", newEnd: undefined }, now: NOW })).rejects.toMatchObject({ messageKey: "cycle.decision.noContract" });
    await recordGuidance({ user: dev, unitId: org.unitA, input: { agreedOn: "2025-12-20", periodStart: ROLLOUT, periodEnd: "2026-07-05" }, now: NOW });
    await expect(decideGuidance({ user: dev, unitId: org.unitA, input: { decision: "withdraw", reason: "x", newEnd: undefined }, now: NOW })).rejects.toMatchObject({ messageKey: "cycle.decision.beforeFba" });
    await recordFba({ user: await asUser(org.tolA), unitId: org.unitA, input: fbaInput("2026-06-20", org.tolA), now: NOW });
    await expect(decideGuidance({ user: dev, unitId: org.unitA, input: { decision: "continue", reason: "Mange tiltak", newEnd: "2026-07-01" }, now: NOW })).rejects.toMatchObject({ field: "newEnd" });
    await decideGuidance({ user: dev, unitId: org.unitA, input: { decision: "continue", reason: "Mange tiltak", newEnd: "2026-12-31" }, now: NOW });
    const cycle = await unitCycle({ user: dev, unitId: org.unitA, now: NOW });
    expect(cycle.contract.record).toMatchObject({ periodEnd: "2026-12-31", decision: "continue", decisionReason: "Mange tiltak", decidedBy: "Ulrik Utvikling" });
    expect(cycle.contract.extensions).toMatchObject([{ previousEnd: "2026-07-05", newEnd: "2026-12-31", reason: "Mange tiltak" }]);
  });
});

describe("access for every role", () => {
  test("who may read the unit's page, and who may record what", async () => {
    await rolledOut();
    const own = await leader("own@test.example");
    const elsewhere = await leader("else@test.example", org.unitB);
    const read = async (id: number) => unitCycle({ user: await asUser(id), unitId: org.unitA, now: NOW }).then(
      (c) => c.may,
      (e) => e.status as number,
    );
    // Correcting the analysis needs one recorded; ending Lean is the TOL's (and an admin's).
    expect(await read(org.tolA)).toEqual({ meeting: true, fba: true, fbaEdit: false, revision: true, guidance: false, end: true });
    expect(await read(org.dev)).toEqual({ meeting: false, fba: false, fbaEdit: false, revision: true, guidance: true, end: false });
    expect(await read(org.admin)).toEqual({ meeting: true, fba: true, fbaEdit: false, revision: true, guidance: true, end: true });
    expect(await read(org.hr)).toEqual({ meeting: false, fba: false, fbaEdit: false, revision: false, guidance: false, end: false });
    expect(await read(own)).toEqual({ meeting: false, fba: false, fbaEdit: false, revision: false, guidance: false, end: false });
    expect(await read(org.tolB)).toBe(404);
    expect(await read(elsewhere)).toBe(404);

    const meet = async (id: number) => recordMeeting({ user: await asUser(id), unitId: org.unitA, heldOn: "2025-12-10", attendees: "Alle", now: NOW }).then(() => 200, (e) => e.status as number);
    expect(await meet(org.tolB)).toBe(404);
    expect(await meet(org.dev)).toBe(403);
    expect(await meet(own)).toBe(403);
    expect(await meet(org.tolA)).toBe(200);
    const guide = async (id: number) =>
      recordGuidance({ user: await asUser(id), unitId: org.unitA, input: { agreedOn: "2025-12-20", periodStart: ROLLOUT, periodEnd: "2026-07-05" }, now: NOW }).then(() => 200, (e) => e.status as number);
    expect(await guide(org.tolA)).toBe(403);
    expect(await guide(org.dev)).toBe(200);

    // A measure's owner may close it; another leader of the same unit may not.
    await recordFba({ user: await asUser(org.tolA), unitId: org.unitA, input: fbaInput("2026-06-20", own), now: NOW });
    const other = await leader("other@test.example");
    const [m] = (await unitCycle({ user: await asUser(own), unitId: org.unitA, now: NOW })).measures;
    expect(m!.mayUpdate).toBe(true);
    await expect(updateMeasure({ user: await asUser(other), unitId: org.unitA, measureId: m!.id, status: "done", now: NOW })).rejects.toMatchObject({ status: 403 });
    await updateMeasure({ user: await asUser(own), unitId: org.unitA, measureId: m!.id, status: "done", now: NOW });
    expect((await unitCycle({ user: await asUser(org.admin), unitId: org.unitA, now: NOW })).measures[0]).toMatchObject({ status: "done", closedOn: "2027-02-01" });
  });
});

describe("the unit's page over HTTP", () => {
  test("the TOL's meeting form works without JavaScript: field messages in Norwegian, nothing half-written; then saved", async () => {
    await rolledOut();
    const app = await loadApp();
    const tol = await app.signIn("tol.a@test.example");
    const page = await app.request(`/enheter/${org.unitA}`, { cookie: tol });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Lean i Sykehjemmet");
    expect(html).toContain("Registrer informasjonsmøtet");
    expect(html).toContain("Registrer fiskebeinsanalysen");
    expect(html).not.toContain("Registrer veilederkontrakten");

    const bad = await app.post(`/enheter/${org.unitA}`, { intent: "meeting", heldOn: "2099-01-01", attendees: "" }, tol);
    expect(bad.status).toBe(400);
    const body = await bad.text();
    expect(body).toContain("Skriv hvem som var til stede.");
    expect(body).toMatch(/id="meeting-heldOn-err"[^>]*>[^<]+/);
    expect(await getDb().selectFrom("unit_meeting").selectAll().execute()).toEqual([]);

    const ok = await app.post(`/enheter/${org.unitA}`, { intent: "meeting", heldOn: "2025-12-10", attendees: "Alle ansatte" }, tol);
    expect(ok.status).toBe(302);
    expect(await getDb().selectFrom("unit_meeting").select(["held_on", "attendees", "recorded_by"]).execute()).toEqual([{ held_on: "2025-12-10", attendees: "Alle ansatte", recorded_by: org.tolA }]);

    // Another area's TOL gets neither the page nor the form; HR reads but may not record.
    const tolB = await app.signIn("tol.b@test.example");
    expect((await app.request(`/enheter/${org.unitA}`, { cookie: tolB })).status).toBe(404);
    const hr = await app.signIn("hr@test.example");
    expect((await app.request(`/enheter/${org.unitA}`, { cookie: hr })).status).toBe(200);
    expect((await app.post(`/enheter/${org.unitA}`, { intent: "meeting", heldOn: "2025-12-10", attendees: "x" }, hr)).status).toBe(403);

    // A revision without JavaScript: a deviation becomes a follow-up; the next revision closes it.
    const first = await app.post(`/enheter/${org.unitA}`, { intent: "revision", number: "1", heldOn: "2026-07-01", gembaOn: "", notes: "", d1Title: "Tavla brukes ikke", d1Owner: String(org.tolA), d1Due: "2026-10-01", d2Title: "", d2Owner: "", d2Due: "" }, tol);
    expect(first.status, await first.clone().text()).toBe(302);
    const [followUp] = await getDb().selectFrom("unit_measure").select("id").execute();
    const second = await app.post(`/enheter/${org.unitA}`, { intent: "revision", number: "2", heldOn: "2026-07-02", developmentUnitTookPart: "on", closed: [String(followUp!.id)] }, tol);
    expect(second.status, await second.clone().text()).toBe(302);
    expect(await getDb().selectFrom("unit_measure").select(["status", "closed_on"]).execute()).toEqual([{ status: "done", closed_on: "2026-07-02" }]);

    // «Lean i enhetene»: the TOL's units, HR's view by area, another area refused, a leader not let in.
    const overview = await (await app.request("/enheter", { cookie: tol })).text();
    expect(overview).toContain(`href="/enheter/${org.unitA}"`);
    expect(overview).toContain("Et hestehode foran");
    const byArea = await (await app.request("/enheter", { cookie: hr })).text();
    expect(byArea).toContain(`href="/enheter?omrade=${org.areaA}"`);
    expect(byArea).not.toContain(`href="/enheter/${org.unitA}"`);
    expect((await app.request(`/enheter?omrade=${org.areaA}`, { cookie: tolB })).status).toBe(404);
    expect((await app.request(`/enheter?omrade=abc`, { cookie: hr })).status).toBe(404);
    await leader("lise@test.example");
    const lise = await app.signIn("lise@test.example");
    expect((await app.request("/enheter", { cookie: lise })).status).toBe(403);
    expect((await app.request(`/enheter/${org.unitA}`, { cookie: lise })).status).toBe(200);
  });
});

describe("the units' overview and «et hestehode foran»", () => {
  test("the figure on a known data set: median days ahead and the share who finished before the rollout", () => {
    expect(hestehode([16, -10, 30, 0], [3])).toEqual({ n: 4, median: 8, shareAhead: 0.5, forecastN: 1, forecastMedian: 3, forecastShareAhead: 1 });
    expect(hestehode([], [])).toEqual({ n: 0, median: null, shareAhead: null, forecastN: 0, forecastMedian: null, forecastShareAhead: null });
  });

  test("a TOL sees their units' stage, what is overdue, measures by owner and the lead; the executive group sees areas", async () => {
    const a = await leader("a@test.example");
    const b = await leader("b@test.example");
    await rolledOut();
    const admin = await asUser(org.admin);
    const training = async (personId: number) =>
      (await getDb().selectFrom("path_step as s").innerJoin("path", "path.id", "s.path_id").select("s.id").where("path.person_id", "=", personId).where("s.evidence", "=", "attendance").where("path.anchor_date", "=", ROLLOUT).executeTakeFirstOrThrow()).id;
    // One leader finished 16 days before the rollout, the other 10 days after it.
    await completeStep({ user: admin, stepId: await training(a), evidenceDate: "2025-12-20", now: NOW });
    await completeStep({ user: admin, stepId: await training(b), evidenceDate: "2026-01-15", now: NOW });
    await recordFba({ user: await asUser(org.tolA), unitId: org.unitA, input: fbaInput("2026-06-20", b), now: NOW });
    const areas = [
      { id: org.areaA, name: "Helse" },
      { id: org.areaB, name: "Oppvekst" },
    ];

    const tol = await unitCycleOverview({ user: await asUser(org.tolA), areas: [areas[0]!], now: NOW });
    expect(tol.byArea).toBe(false);
    expect(tol.units).toMatchObject([
      { unitName: "Sykehjemmet", stage: "revisions", meetingMissing: true, fbaDue: null, overdueRevisions: 2, nextRevision: { number: 1 }, openMeasures: 1, overdueMeasures: 1, hestehode: { n: 2, median: 3, shareAhead: 0.5 } },
    ]);
    expect(tol.owners).toEqual([{ ownerId: b, name: "b", open: 1, overdue: 1 }]);
    expect(await unitCycleOverview({ user: await asUser(org.tolB), areas: [areas[1]!], now: NOW })).toMatchObject({ units: [], owners: [] });
    await expect(unitCycleOverview({ user: await asUser(org.tolB), areaId: org.areaA, areas: [areas[1]!], now: NOW })).rejects.toMatchObject({ status: 404 });

    const rlg = await unitCycleOverview({ user: admin, areas, now: NOW });
    expect(rlg.byArea).toBe(true);
    expect(rlg.areas).toMatchObject([
      { name: "Helse", units: 1, overdueRevisions: 2, fbaOverdue: 0, openMeasures: 1, overdueMeasures: 1, hestehode: { n: 2, median: 3 } },
      { name: "Oppvekst", units: 0, overdueRevisions: 0, hestehode: { n: 0 } },
    ]);
    expect((await unitCycleOverview({ user: admin, areaId: org.areaA, areas, now: NOW })).units).toHaveLength(1);
  });
});

