import { beforeEach, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { completeStep, pathsForPerson, undoStep } from "~/models/path.server";
import { listLeaders, registerHire, unitFilterOptions } from "~/models/person.server";
import { teamReadiness } from "~/models/team-readiness.server";
import { FieldError } from "~/models/errors";
import { HttpError } from "~/models/http-error";
import { addDaysToDate, osloDate } from "~/utils/dates";
import { completionPercent, stepStatus } from "~/utils/status";
import { asUser, freshDb, seedOrg } from "./support/db";

const NOW = new Date("2026-11-27T10:00:00Z");

let org: Awaited<ReturnType<typeof seedOrg>>;
beforeEach(async () => {
  await freshDb();
  org = await seedOrg();
});

async function hire(overrides: Partial<{ email: string; unitId: number; startDate: string }> = {}) {
  const hr = await asUser(org.hr);
  return registerHire({
    actor: hr,
    now: NOW,
    input: { name: "Lise Leder", email: "lise@test.example", unitId: org.unitA, position: "enhetsleder", startDate: "2026-12-01", templateId: org.templateId, ...overrides },
  });
}

const stepByTitle = async (personId: number, title: string) =>
  getDb()
    .selectFrom("path_step")
    .innerJoin("path", "path.id", "path_step.path_id")
    .select(["path_step.id", "path_step.due_date", "path_step.responsible"])
    .where("path.person_id", "=", personId)
    .where("path_step.title", "like", `${title}%`)
    .executeTakeFirstOrThrow();

describe("due dates and status", () => {
  test("a step is overdue the day after its due date, due soon within 14 days, done when completed", () => {
    expect(stepStatus({ due_date: "2026-11-26", done: false }, "2026-11-27")).toBe("overdue");
    expect(stepStatus({ due_date: "2026-11-27", done: false }, "2026-11-27")).toBe("due_soon");
    expect(stepStatus({ due_date: "2026-12-11", done: false }, "2026-11-27")).toBe("due_soon");
    expect(stepStatus({ due_date: "2026-12-12", done: false }, "2026-11-27")).toBe("upcoming");
    expect(stepStatus({ due_date: "2026-01-01", done: true }, "2026-11-27")).toBe("done");
  });

  test("completion is rounded down so an unfinished path never shows 100 %", () => {
    expect(completionPercent(2, 7)).toBe(28);
    expect(completionPercent(199, 200)).toBe(99);
    expect(completionPercent(0, 0)).toBe(0);
  });

  test("the Oslo date turns at local midnight, not UTC midnight, in winter and summer time", () => {
    expect(osloDate(new Date("2026-11-27T22:59:00Z"))).toBe("2026-11-27");
    expect(osloDate(new Date("2026-11-27T23:00:00Z"))).toBe("2026-11-28");
    expect(osloDate(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
    expect(osloDate(new Date("2026-07-01T22:00:00Z"))).toBe("2026-07-02");
  });

  test("day offsets are calendar days across a DST change and a leap day", () => {
    expect(addDaysToDate("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDaysToDate("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDaysToDate("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDaysToDate("2026-12-01", -30)).toBe("2026-11-01");
  });
});

describe("registering a hire", () => {
  test("creates the introduction path with every due date counted from the start date", async () => {
    const { id } = await hire();
    const steps = await getDb()
      .selectFrom("path_step")
      .innerJoin("path", "path.id", "path_step.path_id")
      .select(["path_step.title", "path_step.offset_days", "path_step.due_date", "path_step.responsible"])
      .where("path.person_id", "=", id)
      .orderBy("path_step.position")
      .execute();
    expect(steps).toHaveLength(7);
    for (const s of steps) expect(s.due_date).toBe(addDaysToDate("2026-12-01", s.offset_days));
    expect(steps.map((s) => s.responsible)).toEqual(["hr", "radmann", "development_unit", "leader", "tol", "development_unit", "leader"]);
    const roles = await getDb().selectFrom("person_role").select("role").where("person_id", "=", id).execute();
    expect(roles.map((r) => r.role)).toEqual(["leader"]);
  });

  test("a duplicate email is refused on the email field and writes nothing", async () => {
    await hire();
    const before = await counts();
    await expect(hire({ email: "lise@test.example" })).rejects.toMatchObject({ field: "email", messageKey: "validation.emailTaken" });
    expect(await counts()).toEqual(before);
  });

  test("an unknown unit is refused on the unit field and writes nothing", async () => {
    const before = await counts();
    const error = await hire({ email: "ny@test.example", unitId: 9999 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FieldError);
    expect(error).toMatchObject({ field: "unitId", messageKey: "validation.unitUnknown" });
    expect(await counts()).toEqual(before);
  });
});

async function counts() {
  const db = getDb();
  const n = async (table: "person" | "path" | "path_step" | "outbox" | "audit_log" | "person_role") =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
  return { person: await n("person"), role: await n("person_role"), path: await n("path"), steps: await n("path_step"), outbox: await n("outbox"), audit: await n("audit_log") };
}

describe("completing steps", () => {
  test("a leader self-reports their own step; HR's record of an HR step counts as confirmed", async () => {
    const { id } = await hire();
    const leader = await asUser(id);
    const book = await stepByTitle(id, "Les «Dette er Lean»");
    await completeStep({ user: leader, stepId: book.id, note: "Flyt først", now: NOW });
    const clause = await stepByTitle(id, "Lean-forpliktelse");
    await completeStep({ user: await asUser(org.hr), stepId: clause.id, evidenceDate: "2026-11-20", now: NOW });

    const [path] = (await pathsForPerson({ user: leader, personId: id, now: NOW }))!;
    const bookView = path!.steps.find((s) => s.id === book.id)!;
    const clauseView = path!.steps.find((s) => s.id === clause.id)!;
    expect(bookView.completion).toMatchObject({ confirmed: false, note: "Flyt først" });
    expect(clauseView.completion).toMatchObject({ confirmed: true, evidenceDate: "2026-11-20", byName: "Hanne HR" });
    expect(path!.done).toBe(2);
    expect(path!.percent).toBe(28);
  });

  test("a leader cannot record a step HR owns (403), and a date step needs its date", async () => {
    const { id } = await hire();
    const leader = await asUser(id);
    const clause = await stepByTitle(id, "Lean-forpliktelse");
    await expect(completeStep({ user: leader, stepId: clause.id, evidenceDate: "2026-11-20" })).rejects.toEqual(new HttpError(403));
    const greet = await stepByTitle(id, "Hils på rådmannen");
    await expect(completeStep({ user: leader, stepId: greet.id })).rejects.toMatchObject({ field: "evidenceDate" });
    await completeStep({ user: leader, stepId: greet.id, evidenceDate: "2026-11-25" });
  });

  test("the rådmann's step is HR's to confirm or the leader's to self-report, but not the development unit's", async () => {
    const { id } = await hire();
    const greet = await stepByTitle(id, "Hils på rådmannen");
    await expect(completeStep({ user: await asUser(org.dev), stepId: greet.id, evidenceDate: "2026-11-25" })).rejects.toEqual(new HttpError(403));
    await completeStep({ user: await asUser(org.hr), stepId: greet.id, evidenceDate: "2026-11-25" });
  });

  test("a TOL of another service area cannot even see the step (404)", async () => {
    const { id } = await hire();
    const agreement = await stepByTitle(id, "Drøft kompetansebehov");
    await expect(completeStep({ user: await asUser(org.tolB), stepId: agreement.id, evidenceDate: "2026-11-25" })).rejects.toEqual(new HttpError(404));
    await completeStep({ user: await asUser(org.tolA), stepId: agreement.id, evidenceDate: "2026-11-25" });
  });

  test("ticking twice records one completion; undo keeps the history and is audited", async () => {
    const { id } = await hire();
    const leader = await asUser(id);
    const forum = await stepByTitle(id, "Delta på Lean lederforum");
    await completeStep({ user: leader, stepId: forum.id, now: NOW });
    await completeStep({ user: leader, stepId: forum.id, now: NOW });
    await undoStep({ user: leader, stepId: forum.id, now: NOW });
    const rows = await getDb().selectFrom("step_completion").selectAll().where("path_step_id", "=", forum.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.undone_at).toBe(NOW.toISOString());
    const audit = await getDb().selectFrom("audit_log").select(["action", "actor_id"]).where("entity", "=", "path_step").where("entity_id", "=", String(forum.id)).orderBy("id").execute();
    expect(audit).toEqual([
      { action: "step.complete", actor_id: id },
      { action: "step.undo", actor_id: id },
    ]);
    const [path] = (await pathsForPerson({ user: leader, personId: id, now: NOW }))!;
    expect(path!.done).toBe(0);
  });

  test("the database itself refuses a second standing completion of one step", async () => {
    const { id } = await hire();
    const forum = await stepByTitle(id, "Delta på Lean lederforum");
    const row = { path_step_id: forum.id, completed_by: id, completed_at: NOW.toISOString(), confirmed: 0 };
    await getDb().insertInto("step_completion").values(row).execute();
    await expect(getDb().insertInto("step_completion").values(row).execute()).rejects.toThrow(/UNIQUE|duplicate key/);
  });
});

describe("lists and readiness", () => {
  test("HR's list shows completion, overdue count and the next due step, and filters by status", async () => {
    const late = await hire({ email: "sen@test.example", startDate: "2026-09-01" });
    await hire({ email: "ny@test.example", startDate: "2026-12-20" });
    const hr = await asUser(org.hr);
    const all = await listLeaders({ user: hr, filters: {}, now: NOW });
    expect(all.total).toBe(2);
    const row = all.rows.find((r) => r.id === late.id)!;
    // Started 1 Sep: clause (+0), rådmann (+14), theme hour (+45) and book (+60) are past due on 27 Nov;
    // the leader agreement (+90 = 30 Nov) is not yet.
    expect(row.overdue).toBe(4);
    expect(row.nextDue).toBe("2026-09-01");
    expect(row.nextTitle).toMatch(/Lean-forpliktelse/);
    const overdue = await listLeaders({ user: hr, filters: { status: "overdue" }, now: NOW });
    expect(overdue.rows.map((r) => r.id)).toEqual([late.id]);
    const search = await listLeaders({ user: hr, filters: { q: "SEN@" }, now: NOW });
    expect(search.rows.map((r) => r.id)).toEqual([late.id]);
  });

  test("a TOL's lists hold only their own service area", async () => {
    const own = await hire({ email: "a@test.example", unitId: org.unitA });
    await hire({ email: "b@test.example", unitId: org.unitB });
    const a = await listLeaders({ user: await asUser(org.tolA), filters: {}, now: NOW });
    expect(a.rows.map((r) => r.id)).toEqual([own.id]);
    await expect(teamReadiness({ user: await asUser(org.tolA), areaId: org.areaB })).rejects.toEqual(new HttpError(404));
  });

  test("the unit filter offers every unit when there are few, else only the chosen area's, never outside the asker's areas", async () => {
    const both = [org.areaA, org.areaB];
    expect((await unitFilterOptions({ areaIds: both, max: 60 })).units.map((u) => u.id).sort()).toEqual([org.unitA, org.unitB].sort());
    expect(await unitFilterOptions({ areaIds: both, max: 1 })).toEqual({ units: [], needArea: true });
    expect((await unitFilterOptions({ areaIds: both, areaId: org.areaB, max: 1 })).units.map((u) => u.id)).toEqual([org.unitB]);
    expect(await unitFilterOptions({ areaIds: [org.areaA], areaId: org.areaB, max: 1 })).toEqual({ units: [], needArea: true });
    expect((await unitFilterOptions({ areaIds: [org.areaA], max: 60 })).units.map((u) => u.id)).toEqual([org.unitA]);
  });

  test("team readiness puts the leader most behind first", async () => {
    const behind = await hire({ email: "behind@test.example", startDate: "2026-08-01" });
    const fresh = await hire({ email: "fresh@test.example", startDate: "2026-11-20" });
    const r = await teamReadiness({ user: await asUser(org.tolA), areaId: org.areaA, now: NOW });
    expect(r.units).toHaveLength(1);
    expect(r.units[0]!.leaders.map((l) => l.id)).toEqual([behind.id, fresh.id]);
    expect(r.columns).toHaveLength(7);
    // Started 1 Aug: five steps overdue on 27 Nov, the training programme (+120 = 29 Nov) due soon, the forum ahead.
    expect(r.units[0]!.leaders[0]!.cells).toBe("ooooosu");
  });

  test("team readiness follows a completion at once, though it is kept between requests", async () => {
    const behind = await hire({ email: "behind@test.example", startDate: "2026-08-01" });
    const tol = await asUser(org.tolA);
    expect((await teamReadiness({ user: tol, areaId: org.areaA, now: NOW })).units[0]!.leaders[0]!.cells).toBe("ooooosu");
    const first = await getDb()
      .selectFrom("path_step")
      .innerJoin("path", "path.id", "path_step.path_id")
      .select("path_step.id")
      .where("path.person_id", "=", behind.id)
      .orderBy("path_step.position")
      .executeTakeFirstOrThrow();
    await completeStep({ user: await asUser(org.admin), stepId: first.id, evidenceDate: "2026-11-20", now: NOW });
    expect((await teamReadiness({ user: tol, areaId: org.areaA, now: NOW })).units[0]!.leaders[0]!.cells).toBe("doooosu");
  });
});
