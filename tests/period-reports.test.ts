import { spawnSync } from "node:child_process";
import { beforeEach, describe, expect, test } from "vitest";
import { sql } from "kysely";
import { getDb, type DB } from "../db/client.server";
import { startServer } from "./support/process";
import { runPass } from "~/jobs/scheduler.server";
import { freezeEndedPeriods, measurePeriod, periodEnd, periodParts, periodReport, reconstructPeriods, takePack } from "~/models/period-report.server";
import { HttpError } from "~/models/http-error";
import type { PeriodFigures } from "~/utils/period-figures";
import { lastEndedQuarter, parsePeriod } from "~/utils/periods";
import { BOM, parseCsv } from "~/utils/csv";
import { loadApp } from "./support/app";
import { asUser, freshDb, seedOrg } from "./support/db";

const Q3 = parsePeriod("2026-Q3")!;
const EARLY = "2026-01-01T08:00:00.000Z";

type Org = Awaited<ReturnType<typeof seedOrg>>;
type StepSpec = {
  due: string;
  done?: {
    at: string;
    evidence?: string;
    confirmed?: 0 | 1;
    undoneAt?: string;
  }[];
  required?: 0 | 1;
  attendance?: boolean;
};

async function leader(name: string, unitId: number, createdAt: string, leftAt: string | null = null) {
  const db = getDb();
  const p = await db
    .insertInto("person")
    .values({
      name,
      email: `${name.toLowerCase()}@test.example`,
      unit_id: unitId,
      position: "leder",
      start_date: createdAt.slice(0, 10),
      active: leftAt ? 0 : 1,
      left_at: leftAt,
      created_at: createdAt,
      updated_at: createdAt,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("person_role").values({ person_id: p.id, role: "leader" }).execute();
  return p.id;
}

/** A path with hand-made steps: their due dates, completions (with undo times) and whether they are required. */
async function path(personId: number, key: "intro" | "pre_rollout", anchor: string, steps: StepSpec[]) {
  const db = getDb();
  const template = await db.selectFrom("programme_template").select("id").where("key", "=", key).executeTakeFirstOrThrow();
  const templateSteps = await db.selectFrom("template_step").selectAll().where("template_id", "=", template.id).orderBy("position").execute();
  const p = await db
    .insertInto("path")
    .values({
      person_id: personId,
      template_id: template.id,
      template_version: 1,
      anchor_date: anchor,
      created_at: `${anchor}T06:00:00.000Z`,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const ids: number[] = [];
  for (const [i, spec] of steps.entries()) {
    const ts = spec.attendance ? templateSteps.find((t) => t.evidence === "attendance")! : templateSteps[i]!;
    const s = await db
      .insertInto("path_step")
      .values({
        path_id: p.id,
        template_step_id: ts.id,
        position: i + 1,
        title: ts.title,
        description: "",
        responsible: ts.responsible,
        evidence: ts.evidence,
        required: spec.required ?? 1,
        offset_days: 0,
        due_date: spec.due,
        removed_at: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    for (const c of spec.done ?? [])
      await db
        .insertInto("step_completion")
        .values({
          path_step_id: s.id,
          completed_by: personId,
          completed_at: c.at,
          evidence_date: c.evidence ?? null,
          evidence_note: null,
          confirmed: c.confirmed ?? 0,
          undone_at: c.undoneAt ?? null,
          undone_by: null,
        })
        .execute();
    ids.push(s.id);
  }
  return ids;
}

async function mail(kind: string, sentAt: string | null, pathStepId: number | null) {
  await getDb()
    .insertInto("outbox")
    .values({
      kind,
      to_address: "x@test.example",
      to_person_id: null,
      subject: "s",
      text_body: "t",
      html_body: "h",
      created_at: EARLY,
      send_after: EARLY,
      status: sentAt ? "sent" : "pending",
      sent_at: sentAt,
      path_step_id: pathStepId,
    })
    .execute();
}

/**
 * The known data set, around 2026-Q3 (1 July – 30 September; its end E = 2026-09-30T22:00Z):
 *  Helse / Sykehjemmet (rollout 01.03.2026): L1 (from May: intro done in Q3, one step late; training
 *    9 days ahead), L2 (new in Q3: one step overdue at E; training not done), L3 (intro done in Q2 with
 *    an undo and redo; training 10 days after the rollout). An FBA on 20.08 (within six months),
 *    revision 1 (due 01.09) held 05.09 with Gemba 04.09; a measure open and overdue, one closed in
 *    Q3, a follow-up open at E (closed later), one created after E. L1's agreement in Q3; L2's held
 *    in Q3 but recorded after E. Reminders: one sent, one escalation, one after E.
 *  Helse / Hjemmetjenesten (rollout 15.09.2026, no leaders): not ready at E.
 *  Oppvekst / Skolen (rollout 01.12.2026): at risk (no leader on the pre-rollout path). L6 (intro
 *    done in Q3 on time, the last step at 23:30 Oslo time on the last day; not within 180 days; an
 *    optional step done after E), L4 (left in Q3), L5 (registered after E). An FBA recorded after E.
 */
async function knownSet(org: Org) {
  const db = getDb();
  for (const table of ["service_area", "unit"] as const) await db.updateTable(table).set({ created_at: EARLY }).execute();
  await db.updateTable("person").set({ created_at: EARLY }).execute();
  const unitA2 = (
    await db
      .insertInto("unit")
      .values({
        service_area_id: org.areaA,
        name: "Hjemmetjenesten",
        created_at: EARLY,
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  const L1 = await leader("Lise", org.unitA, "2026-05-01T08:00:00.000Z");
  const L2 = await leader("Per", org.unitA, "2026-07-05T08:00:00.000Z");
  const L3 = await leader("Ase", org.unitA, "2026-02-01T08:00:00.000Z");
  const L4 = await leader("Gone", org.unitB, "2026-08-01T08:00:00.000Z", "2026-09-01T08:00:00.000Z");
  await leader("Late", org.unitB, "2026-10-15T08:00:00.000Z");
  const L6 = await leader("Olav", org.unitB, "2026-03-01T08:00:00.000Z");

  await path(L1, "intro", "2026-05-01", [
    {
      due: "2026-05-15",
      done: [{ at: "2026-05-10T10:00:00.000Z", confirmed: 1 }],
    },
    { due: "2026-07-15", done: [{ at: "2026-07-10T10:00:00.000Z" }] },
    { due: "2026-08-01", done: [{ at: "2026-08-20T10:00:00.000Z" }] },
  ]);
  await path(L1, "pre_rollout", "2026-03-01", [
    {
      due: "2026-02-25",
      attendance: true,
      done: [
        {
          at: "2026-02-21T10:00:00.000Z",
          evidence: "2026-02-20",
          confirmed: 1,
        },
      ],
    },
  ]);
  const [, l2s2] = await path(L2, "intro", "2026-07-05", [
    {
      due: "2026-07-10",
      done: [{ at: "2026-07-08T10:00:00.000Z", confirmed: 1 }],
    },
    { due: "2026-09-01" },
    { due: "2026-12-01" },
  ]);
  await path(L2, "pre_rollout", "2026-03-01", [{ due: "2026-02-25", attendance: true }]);
  await path(L3, "intro", "2026-02-01", [
    {
      due: "2026-02-10",
      done: [{ at: "2026-02-05T10:00:00.000Z", confirmed: 1 }],
    },
    { due: "2026-03-01", done: [{ at: "2026-03-01T10:00:00.000Z" }] },
    {
      due: "2026-06-01",
      done: [
        {
          at: "2026-06-01T10:00:00.000Z",
          undoneAt: "2026-06-02T10:00:00.000Z",
        },
        { at: "2026-06-03T10:00:00.000Z" },
      ],
    },
  ]);
  await path(L3, "pre_rollout", "2026-03-01", [
    {
      due: "2026-02-25",
      attendance: true,
      done: [{ at: "2026-03-11T10:00:00.000Z", confirmed: 1 }],
    },
  ]);
  await path(L4, "intro", "2026-08-01", [{ due: "2026-08-10", done: [{ at: "2026-08-05T10:00:00.000Z" }] }]);
  await path(L6, "intro", "2026-03-01", [
    {
      due: "2026-03-05",
      done: [{ at: "2026-03-04T10:00:00.000Z", confirmed: 1 }],
    },
    {
      due: "2026-07-01",
      done: [
        {
          at: "2026-07-01T10:00:00.000Z",
          evidence: "2026-06-30",
          confirmed: 1,
        },
      ],
    },
    { due: "2026-09-30", done: [{ at: "2026-09-30T21:30:00.000Z" }] },
    {
      due: "2026-09-01",
      required: 0,
      done: [{ at: "2026-10-02T10:00:00.000Z" }],
    },
  ]);

  const rollout = (unitId: number, start: string, created: string) =>
    db
      .insertInto("rollout")
      .values({
        unit_id: unitId,
        start_date: start,
        created_at: created,
        updated_at: created,
      })
      .execute();
  await rollout(org.unitA, "2026-03-01", "2026-01-10T08:00:00.000Z");
  await rollout(unitA2, "2026-09-15", "2026-06-01T08:00:00.000Z");
  await rollout(org.unitB, "2026-12-01", "2026-08-01T08:00:00.000Z");

  const fba = (unitId: number, held: string, recorded: string) =>
    db
      .insertInto("fishbone_analysis")
      .values({
        unit_id: unitId,
        held_on: held,
        participants: "",
        tol_took_part: 1,
        recorded_by: null,
        recorded_at: recorded,
        moved_from: null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
  const a = await fba(org.unitA, "2026-08-20", "2026-08-21T08:00:00.000Z");
  await fba(org.unitB, "2026-09-10", "2026-10-05T08:00:00.000Z");
  const rev = await db
    .insertInto("unit_revision")
    .values({
      unit_id: org.unitA,
      number: 1,
      held_on: "2026-09-05",
      gemba_on: "2026-09-04",
      development_unit_took_part: 1,
      notes: "",
      recorded_by: null,
      recorded_at: "2026-09-05T12:00:00.000Z",
      moved_from: null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const measure = (kind: "measure" | "follow_up", created: string, due: string, closedOn: string | null) =>
    db
      .insertInto("unit_measure")
      .values({
        unit_id: org.unitA,
        kind,
        analysis_id: kind === "measure" ? a.id : null,
        revision_id: kind === "follow_up" ? rev.id : null,
        title: "t",
        owner_id: null,
        due_date: due,
        status: closedOn ? "done" : "open",
        closed_on: closedOn,
        closed_by: null,
        created_by: null,
        created_at: created,
        updated_at: created,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
  const m1 = await measure("measure", "2026-08-21T08:00:00.000Z", "2026-09-15", null);
  await measure("measure", "2026-08-21T08:00:00.000Z", "2026-12-01", "2026-09-20");
  await measure("follow_up", "2026-09-05T12:00:00.000Z", "2026-10-15", "2026-10-10");
  await measure("follow_up", "2026-10-02T08:00:00.000Z", "2026-11-01", null);

  const agreement = (personId: number, held: string, recorded: string) =>
    db
      .insertInto("leader_agreement")
      .values({
        person_id: personId,
        year: 2026,
        held_on: held,
        needs: "",
        recorded_by: null,
        recorded_at: recorded,
        updated_at: recorded,
      })
      .execute();
  await agreement(L1, "2026-08-15", "2026-08-15T10:00:00.000Z");
  await agreement(L2, "2026-09-28", "2026-10-03T10:00:00.000Z");
  await agreement(L6, "2026-06-10", "2026-06-10T10:00:00.000Z");

  await mail("reminder_due", "2026-07-10T07:00:00.000Z", l2s2!);
  await mail("reminder_escalation", "2026-09-10T07:00:00.000Z", l2s2!);
  await mail("daily_summary", "2026-08-01T07:00:00.000Z", null);
  await mail("reminder_overdue", "2026-10-01T10:00:00.000Z", l2s2!);
  await mail("welcome", "2026-07-05T10:00:00.000Z", null);
  await mail("reminder_due", null, l2s2!);
  return { unitA2, L1, L2, L6, l2s2: l2s2!, m1: m1.id };
}

const scalars = (f: PeriodFigures) => {
  const { steps, ...rest } = f;
  void steps;
  return rest;
};

async function storedFigures(db: DB, key: string) {
  const rows = await db
    .selectFrom("period_report")
    .select(["scope_kind", "scope_id", "scope_name", "area_id", "figures"])
    .where("period_key", "=", key)
    .orderBy("scope_kind")
    .orderBy("scope_id")
    .execute();
  return rows.map((r) => ({
    kind: r.scope_kind,
    id: r.scope_id,
    name: r.scope_name,
    areaId: r.area_id,
    figures: JSON.parse(r.figures) as PeriodFigures,
  }));
}

describe("the measure points on a known data set", () => {
  let org: Org;
  let set: Awaited<ReturnType<typeof knownSet>>;
  beforeEach(async () => {
    await freshDb();
    org = await seedOrg();
    set = await knownSet(org);
  });

  test("2026-Q3 for the municipality, each service area and each unit, as of 30.09 24:00 Oslo time", async () => {
    const scopes = await measurePeriod({ db: getDb(), period: Q3 });
    const of = (kind: string, id: number) => scopes.find((s) => s.kind === kind && s.id === id)!.figures;
    const muni = of("municipality", 0);
    expect(scalars(muni)).toEqual({
      leaders: 4,
      newLeaders: 1,
      pathsCompleted: 2,
      pathsOnTime: 1,
      pathsWithin180: 1,
      stepsTotal: 16,
      stepsDone: 12,
      stepsConfirmed: 7,
      stepsOverdue: 3,
      rollouts: { ready: 0, on_track: 0, at_risk: 1, not_ready: 1 },
      hestehode: { n: 2, median: -0.5, ahead: 1 },
      fbaHeld: 1,
      fbaWithinSix: 1,
      revisionsDue: 1,
      revisionsHeld: 1,
      gembaWalks: 1,
      openMeasures: 1,
      overdueMeasures: 1,
      openFollowUps: 1,
      overdueFollowUps: 0,
      agreementsHeld: 1,
      remindersSent: 2,
      escalations: 1,
    });
    // Per programme step: the intro's first step in four paths, three done, all confirmed.
    const first = muni.steps.find((s) => s.programme && s.total === 4 && s.done === 4);
    expect(first).toMatchObject({
      total: 4,
      done: 4,
      confirmed: 4,
      overdue: 0,
    });

    const areaA = of("area", org.areaA);
    expect(areaA).toMatchObject({
      leaders: 3,
      newLeaders: 1,
      pathsCompleted: 1,
      pathsOnTime: 0,
      pathsWithin180: 1,
      remindersSent: 1,
      escalations: 1,
      agreementsHeld: 1,
    });
    expect(areaA.rollouts).toEqual({
      ready: 0,
      on_track: 0,
      at_risk: 0,
      not_ready: 1,
    });
    const areaB = of("area", org.areaB);
    expect(areaB).toMatchObject({
      leaders: 1,
      newLeaders: 0,
      pathsCompleted: 1,
      pathsOnTime: 1,
      pathsWithin180: 0,
      fbaHeld: 0,
      stepsOverdue: 1,
      remindersSent: 0,
    });
    expect(areaB.rollouts).toEqual({
      ready: 0,
      on_track: 0,
      at_risk: 1,
      not_ready: 0,
    });
    expect(of("unit", org.unitA)).toMatchObject({
      leaders: 3,
      hestehode: { n: 2, median: -0.5, ahead: 1 },
      openMeasures: 1,
      revisionsDue: 1,
    });
    expect(of("unit", set.unitA2)).toMatchObject({
      leaders: 0,
      rollouts: { ready: 0, on_track: 0, at_risk: 0, not_ready: 1 },
      stepsTotal: 0,
    });
    // Every scope carries its name and (for a unit) its area; nothing about a person.
    expect(scopes.find((s) => s.kind === "unit" && s.id === set.unitA2)).toMatchObject({ name: "Hjemmetjenesten", areaId: org.areaA });
    expect(JSON.stringify(scopes)).not.toMatch(/Lise|Per|test\.example/);
  });

  test("the year 2026 counts the year's flows and the stock at 31.12", async () => {
    const year = (await measurePeriod({ db: getDb(), period: parsePeriod("2026")! })).find((s) => s.kind === "municipality")!.figures;
    // L5 came in October; L2's agreement (recorded in October) and L6's (June) count now; L3's path was done in Q2.
    expect(year).toMatchObject({
      leaders: 5,
      newLeaders: 5,
      pathsCompleted: 3,
      agreementsHeld: 3,
      fbaHeld: 2,
      remindersSent: 3,
      escalations: 1,
      openFollowUps: 1,
    });
  });
});

describe("freezing", () => {
  let org: Org;
  beforeEach(async () => {
    await freshDb();
    org = await seedOrg();
    await knownSet(org);
  });

  test("a pass takes the quarter once at its end (summer time: 30.09 22:00 UTC), and never again", async () => {
    expect(periodEnd(Q3).toISOString()).toBe("2026-09-30T22:00:00.000Z");
    // The minute before: Q2 is the last ended quarter (taken late, so marked reconstructed).
    expect(
      (
        await runPass({
          now: new Date("2026-09-30T21:59:00Z"),
          transport: null,
        })
      ).frozen
    ).toEqual(["2026-Q2"]);
    expect(
      (
        await runPass({
          now: new Date("2026-09-30T22:00:00Z"),
          transport: null,
        })
      ).frozen
    ).toEqual(["2026-Q3"]);
    expect(
      (
        await runPass({
          now: new Date("2026-09-30T22:01:00Z"),
          transport: null,
        })
      ).frozen
    ).toEqual([]);
    expect(
      (
        await runPass({
          now: new Date("2026-11-15T10:00:00Z"),
          transport: null,
        })
      ).frozen
    ).toEqual([]);
    const packs = await getDb().selectFrom("period_report_pack").selectAll().orderBy("period_key").execute();
    expect(packs.map((p) => [p.period_key, p.reconstructed, p.as_of])).toEqual([
      ["2026-Q2", 1, "2026-06-30T22:00:00.000Z"],
      ["2026-Q3", 0, "2026-09-30T22:00:00.000Z"],
    ]);
    // One row per scope: the municipality, two areas, three units.
    expect(await storedFigures(getDb(), "2026-Q3")).toHaveLength(6);
    const audit = await getDb().selectFrom("audit_log").select(["action", "entity_id"]).where("entity", "=", "period_report_pack").orderBy("id").execute();
    expect(audit).toEqual([
      { action: "report.reconstruct", entity_id: "2026-Q2" },
      { action: "report.freeze", entity_id: "2026-Q3" },
    ]);
  });

  test("winter time: Q1 ends 31.03 22:00 UTC (after the change to summer time); New Year: Q4 and the year at 31.12 23:00 UTC", async () => {
    expect(periodEnd(parsePeriod("2026-Q1")!).toISOString()).toBe("2026-03-31T22:00:00.000Z");
    expect(periodEnd(parsePeriod("2026-Q4")!).toISOString()).toBe("2026-12-31T23:00:00.000Z");
    expect(await freezeEndedPeriods({ now: new Date("2026-03-31T21:59:59Z") })).toEqual(["2025-Q4", "2025"]);
    expect(await freezeEndedPeriods({ now: new Date("2026-03-31T22:00:00Z") })).toEqual(["2026-Q1"]);
    expect(await freezeEndedPeriods({ now: new Date("2026-12-31T22:59:59Z") })).toEqual(["2026-Q3"]);
    expect(await freezeEndedPeriods({ now: new Date("2026-12-31T23:00:00Z") })).toEqual(["2026-Q4", "2026"]);
    expect(await freezeEndedPeriods({ now: new Date("2027-01-01T00:30:00Z") })).toEqual([]);
    const packs = await getDb().selectFrom("period_report_pack").select(["period_key", "kind", "reconstructed"]).orderBy("period_key").execute();
    expect(packs.filter((p) => p.reconstructed === 0).map((p) => p.period_key)).toEqual(["2026", "2026-Q1", "2026-Q4"]);
    expect(packs.find((p) => p.period_key === "2026")?.kind).toBe("year");
  });

  test("three worker processes running a pass at the same moment on one database write the pack exactly once", { timeout: 120_000 }, async () => {
    // Real processes (`npm run reminders -- --once`), as several instances run them; the clock is the
    // real one, so the pack is the quarter that ended last.
    const expected = lastEndedQuarter(new Date()).key;
    const workers = [1, 2, 3].map(() =>
      startServer(["--reminders", "--once"], {
        DATABASE_URL: process.env.DATABASE_URL!,
        SESSION_SECRET: "s".repeat(40),
      })
    );
    const codes = await Promise.all(workers.map((w) => w.exited));
    expect(codes, workers.map((w) => w.output()).join("\n")).toEqual([0, 0, 0]);
    const packs = await getDb().selectFrom("period_report_pack").select("period_key").execute();
    expect(packs.map((p) => p.period_key)).toEqual(expected.endsWith("Q4") ? [expected, expected.slice(0, 4)] : [expected]);
    const rows = await getDb()
      .selectFrom("period_report")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("period_key", "=", expected)
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(6);
    const audits = await getDb().selectFrom("audit_log").select("id").where("entity", "=", "period_report_pack").execute();
    expect(audits).toHaveLength(packs.length);
  });

  test("a frozen pack cannot be updated or deleted, not even with SQL; later edits do not change it", async () => {
    await takePack({
      period: Q3,
      now: new Date("2026-10-01T00:00:00Z"),
      reconstructed: false,
    });
    const db = getDb();
    await expect(db.updateTable("period_report").set({ figures: "{}" }).where("period_key", "=", "2026-Q3").execute()).rejects.toThrow(/frozen/);
    await expect(db.deleteFrom("period_report").where("period_key", "=", "2026-Q3").execute()).rejects.toThrow(/frozen/);
    await expect(db.updateTable("period_report_pack").set({ reconstructed: 1 }).execute()).rejects.toThrow(/frozen/);
    await expect(db.deleteFrom("period_report_pack").execute()).rejects.toThrow(/frozen/);
    await expect(sql`update period_report set scope_name = 'x'`.execute(db)).rejects.toThrow(/frozen/);
    // Taking it again does nothing.
    expect(
      await takePack({
        period: Q3,
        now: new Date("2026-10-02T00:00:00Z"),
        reconstructed: true,
      })
    ).toBe(false);
    const before = await storedFigures(db, "2026-Q3");
    await db.deleteFrom("unit_measure").execute();
    await db
      .updateTable("unit")
      .set({ name: sql<string>`name || ' ny'` })
      .execute();
    expect(await storedFigures(db, "2026-Q3")).toEqual(before);
  });
});

describe("reconstruction", () => {
  test("reconstructing a past quarter after later edits gives the figures the snapshot took at its end", async () => {
    await freshDb();
    const org = await seedOrg();
    const set = await knownSet(org);
    const db = getDb();
    // The snapshot at the end of Q3, by the scheduler.
    expect(await freezeEndedPeriods({ now: new Date("2026-09-30T22:00:30Z") })).toEqual(["2026-Q3"]);
    const frozen = await storedFigures(db, "2026-Q3");

    // What happens afterwards: a step completed, another taken back, a measure closed, an agreement recorded, a leader leaves, a new rollout and reminders.
    const after = "2026-10-06T10:00:00.000Z";
    await db
      .insertInto("step_completion")
      .values({
        path_step_id: set.l2s2,
        completed_by: null,
        completed_at: after,
        evidence_date: "2026-09-20",
        evidence_note: null,
        confirmed: 1,
        undone_at: null,
        undone_by: null,
      })
      .execute();
    await db.updateTable("step_completion").set({ undone_at: after }).where("completed_at", "=", "2026-05-10T10:00:00.000Z").execute();
    await db.updateTable("unit_measure").set({ status: "done", closed_on: "2026-10-06" }).where("id", "=", set.m1).execute();
    await db
      .insertInto("leader_agreement")
      .values({
        person_id: set.L6,
        year: 2026,
        held_on: "2026-09-29",
        needs: "",
        recorded_by: null,
        recorded_at: after,
        updated_at: after,
      })
      .onConflict((oc) => oc.doNothing())
      .execute();
    await db.updateTable("person").set({ active: 0, left_at: after }).where("id", "=", set.L1).execute();
    await db.updateTable("rollout").set({ start_date: "2026-11-20", updated_at: after }).where("unit_id", "=", org.unitB).execute();
    await mail("reminder_due", after, set.l2s2);

    // The same function, run later: into a database without the pack (the stored rows stand as they are).
    const again = await measurePeriod({ db, period: Q3 });
    const strip = (
      rows: {
        kind: string;
        id: number;
        name: string;
        areaId: number | null;
        figures: PeriodFigures;
      }[]
    ) =>
      rows
        .map((r) => ({
          kind: r.kind,
          id: r.id,
          name: r.name,
          areaId: r.areaId,
          figures: r.figures,
        }))
        .sort((a, b) => `${a.kind}:${a.id}`.localeCompare(`${b.kind}:${b.id}`));
    expect(strip(again)).toEqual(strip(frozen));
    // And the edits do show in the quarter they belong to.
    const q4 = (await measurePeriod({ db, period: parsePeriod("2026-Q4")! })).find((s) => s.kind === "municipality")!.figures;
    expect(q4.leaders).toBe(4);
  });

  test("an admin's reconstruction fills the missing packs from a quarter on, marked reconstructed and audited; existing packs stay", async () => {
    await freshDb();
    const org = await seedOrg();
    await knownSet(org);
    const db = getDb();
    await takePack({
      period: Q3,
      now: new Date("2026-10-01T00:00:00Z"),
      reconstructed: false,
    });
    const taken = await reconstructPeriods({
      from: parsePeriod("2025-Q4")!,
      now: new Date("2027-01-05T10:00:00Z"),
      actorId: org.admin,
    });
    expect(taken).toEqual(["2025-Q4", "2025", "2026-Q1", "2026-Q2", "2026-Q4", "2026"]);
    const packs = await db.selectFrom("period_report_pack").select(["period_key", "reconstructed"]).orderBy("period_key").execute();
    expect(packs.find((p) => p.period_key === "2026-Q3")?.reconstructed).toBe(0);
    expect(packs.filter((p) => p.reconstructed === 1)).toHaveLength(6);
    const audit = await db.selectFrom("audit_log").select(["actor_id", "action"]).where("action", "=", "report.reconstruct").execute();
    expect(audit).toHaveLength(6);
    expect(audit.every((a) => a.actor_id === org.admin)).toBe(true);
    // Reconstructed figures are the same function's.
    const q2 = await storedFigures(db, "2026-Q2");
    const fresh = (await measurePeriod({ db, period: parsePeriod("2026-Q2")! })).find((s) => s.kind === "municipality")!.figures;
    expect(q2.find((r) => r.kind === "municipality")!.figures).toEqual(fresh);
  });
});

describe("the command line", () => {
  test("npm run reports:reconstruct -- --from fills the missing packs, marked reconstructed; a wrong quarter is a usage error", { timeout: 60_000 }, async () => {
    await freshDb();
    const org = await seedOrg();
    await knownSet(org);
    const run = (args: string[]) => spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "bin/reports-reconstruct.ts", ...args], { env: { ...process.env }, encoding: "utf8" });
    const ok = run(["--from", "2026-Q2"]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain("2026-Q2");
    const packs = await getDb().selectFrom("period_report_pack").select(["period_key", "reconstructed"]).orderBy("period_key").execute();
    expect(packs[0]).toEqual({ period_key: "2026-Q2", reconstructed: 1 });
    expect(packs.every((p) => p.reconstructed === 1)).toBe(true);
    const bad = run(["--from", "2026-Q7"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Usage");
  });
});

describe("reading the packs", () => {
  let org: Org;
  beforeEach(async () => {
    await freshDb();
    org = await seedOrg();
    await knownSet(org);
    await reconstructPeriods({
      from: parsePeriod("2026-Q1")!,
      now: new Date("2027-01-05T10:00:00Z"),
      actorId: null,
    });
  });

  test("a period's page has the previous period, the trend and (for a year) the four quarters", async () => {
    const hr = await asUser(org.hr);
    const q3 = await periodReport({ user: hr, key: "2026-Q3" });
    expect(q3.previous.key).toBe("2026-Q2");
    expect(q3.trend.map((t) => t.key)).toEqual(["2026-Q1", "2026-Q2", "2026-Q3"]);
    expect((await periodParts({ user: hr, key: "2026-Q3" })).parts.map((p) => p.name)).toEqual(["Helse", "Oppvekst"]);
    expect(q3.figures.leaders).toBe(4);
    const year = await periodReport({ user: hr, key: "2026" });
    expect(year.quarters.map((q) => [q.key, q.figures?.leaders])).toEqual([
      ["2026-Q1", 2],
      ["2026-Q2", 3],
      ["2026-Q3", 4],
      ["2026-Q4", 5],
    ]);
    expect(year.previous.figures).toBeNull();
  });

  test("a TOL reads their own area's pack only; the municipality's is for those who see everything", async () => {
    const tol = await asUser(org.tolA);
    const area = await periodReport({
      user: tol,
      key: "2026-Q3",
      areaId: org.areaA,
    });
    expect(area.scope).toEqual({ kind: "area", id: org.areaA, name: "Helse" });
    expect((await periodParts({ user: tol, key: "2026-Q3", areaId: org.areaA })).parts.map((p) => p.name)).toEqual(["Hjemmetjenesten", "Sykehjemmet"]);
    for (const read of [periodReport, periodParts]) {
      await expect(read({ user: tol, key: "2026-Q3", areaId: org.areaB })).rejects.toEqual(new HttpError(404));
      await expect(read({ user: tol, key: "2026-Q3" })).rejects.toEqual(new HttpError(403));
    }
    await expect(periodReport({ user: await asUser(org.hr), key: "2025-Q1" })).rejects.toEqual(new HttpError(404));
  });
});

describe("pages and CSV over HTTP", () => {
  test("roles, the CSV for Excel, and the admin's reconstruction", async () => {
    await freshDb();
    const org = await seedOrg();
    await knownSet(org);
    const db = getDb();
    const leaderId = (await db.selectFrom("person").select("id").where("name", "=", "Lise").executeTakeFirstOrThrow()).id;
    await takePack({
      period: Q3,
      now: new Date("2026-10-01T00:00:00Z"),
      reconstructed: false,
    });
    const app = await loadApp();
    const lise = await db.selectFrom("person").select("email").where("id", "=", leaderId).executeTakeFirstOrThrow();
    const [hr, tol, leader, admin] = await Promise.all(["hr@test.example", "tol.a@test.example", lise.email, "admin@test.example"].map((e) => app.signIn(e)));

    expect((await app.request("/rapporter/perioder", { cookie: hr })).status).toBe(200);
    expect((await app.request("/rapporter/perioder/2026-Q3", { cookie: hr })).status).toBe(200);
    expect((await app.request("/rapporter/perioder/2026-Q3", { cookie: leader })).status).toBe(403);
    // A TOL is sent to their own area's pack.
    const tolPage = await app.request("/rapporter/perioder/2026-Q3", {
      cookie: tol,
    });
    expect(tolPage.status).toBe(302);
    expect(tolPage.headers.get("Location")).toBe(`/rapporter/perioder/2026-Q3?omrade=${org.areaA}`);
    expect(
      (
        await app.request(`/rapporter/perioder/2026-Q3?omrade=${org.areaA}`, {
          cookie: tol,
        })
      ).status
    ).toBe(200);
    expect(
      (
        await app.request(`/rapporter/perioder/2026-Q3?omrade=${org.areaB}`, {
          cookie: tol,
        })
      ).status
    ).toBe(404);
    expect((await app.request(`/rapporter/perioder/2026-Q3/csv?omrade=${org.areaB}`, { cookie: tol })).status).toBe(404);
    expect((await app.request("/rapporter/perioder/2026-Q2", { cookie: hr })).status).toBe(404);
    expect((await app.request("/rapporter/perioder/tull", { cookie: hr })).status).toBe(404);

    const csv = await app.request("/rapporter/perioder/2026-Q3/csv", {
      cookie: hr,
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(csv.headers.get("Content-Disposition")).toContain("lederlop-periode-2026-Q3-kommune.csv");
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toContain(";");
    const rows = parseCsv(text).map((r) => r.cells);
    expect(rows[0]).toEqual(["Måltall", "2026-Q3", "2026-Q2", "Endring"]);
    expect(rows.find((r) => r[0] === "Aktive ledere ved periodens slutt")).toEqual(["Aktive ledere ved periodens slutt", "4", "", ""]);
    expect(rows.find((r) => r[0] === "Introduksjonsløp fullført i tide (%)")).toEqual(["Introduksjonsløp fullført i tide (%)", "50", "", ""]);
    expect(rows.find((r) => r[0] === "Status")).toEqual(["Status", "Frosset", "", ""]);

    // The parts side by side: the areas for those who see everything, an area's units for its TOL.
    const side = await app.request("/rapporter/perioder/2026-Q3/sammenligning", { cookie: hr });
    expect(side.status).toBe(200);
    const sideHtml = await side.text();
    expect(sideHtml).toContain("tjenesteområdene side om side");
    expect(sideHtml).toContain(`href="/rapporter/perioder/2026-Q3/sammenligning?omrade=${org.areaA}"`);
    expect(await (await app.request("/rapporter/perioder/2026-Q3", { cookie: hr })).text()).toContain('href="/rapporter/perioder/2026-Q3/sammenligning"');
    expect((await app.request("/rapporter/perioder/2026-Q3/sammenligning", { cookie: leader })).status).toBe(403);
    const tolSide = await app.request("/rapporter/perioder/2026-Q3/sammenligning", { cookie: tol });
    expect(tolSide.headers.get("Location")).toBe(`/rapporter/perioder/2026-Q3/sammenligning?omrade=${org.areaA}`);
    const units = await (await app.request(`/rapporter/perioder/2026-Q3/sammenligning?omrade=${org.areaA}`, { cookie: tol })).text();
    for (const unit of ["Hjemmetjenesten", "Sykehjemmet"]) expect(units).toContain(unit);
    expect((await app.request(`/rapporter/perioder/2026-Q3/sammenligning?omrade=${org.areaB}`, { cookie: tol })).status).toBe(404);
    expect((await app.request(`/rapporter/perioder/2026-Q3/sammenligning/csv?omrade=${org.areaB}`, { cookie: tol })).status).toBe(404);
    const sideCsv = await app.request("/rapporter/perioder/2026-Q3/sammenligning/csv", { cookie: hr });
    expect(sideCsv.headers.get("Content-Disposition")).toContain("lederlop-periode-2026-Q3-omrader.csv");
    const sideRows = parseCsv(await sideCsv.text()).map((r) => r.cells);
    expect(sideRows[0]?.slice(0, 3)).toEqual(["Navn", "Aktive ledere ved periodens slutt", "Nye ledere registrert i perioden"]);
    expect(sideRows.slice(1).map((r) => r[0])).toEqual(["Helse", "Oppvekst"]);

    // Reconstruction: admin only, POST with a valid quarter, audited, the page then lists them.
    expect((await app.post("/rapporter/perioder", { intent: "reconstruct", from: "2026-Q1" }, hr)).status).toBe(403);
    const bad = await app.post("/rapporter/perioder", { intent: "reconstruct", from: "2026-Q9" }, admin);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("kvartal");
    const ok = await app.post("/rapporter/perioder", { intent: "reconstruct", from: "2026-Q1" }, admin);
    expect(ok.status).toBe(302);
    const keys = (await db.selectFrom("period_report_pack").select("period_key").execute()).map((p) => p.period_key);
    expect(keys).toContain("2026-Q1");
    expect(await db.selectFrom("audit_log").select("actor_id").where("action", "=", "report.reconstruct").where("entity_id", "=", "2026-Q1").executeTakeFirst()).toEqual({
      actor_id: org.admin,
    });
    const page = await (await app.request("/rapporter/perioder/2026-Q1", { cookie: hr })).text();
    expect(page).toContain("Rekonstruert");
    const q2csv = await (await app.request("/rapporter/perioder/2026-Q2/csv", { cookie: hr })).text();
    expect(parseCsv(q2csv).find((r) => r.cells[0] === "Status")?.cells).toEqual(["Status", "Rekonstruert", "Rekonstruert", ""]);
  });
});
