// Today's migrations on a copy of a used demo database of the release before migration 012
// (tests/fixtures/old-demo.sqlite, made by tests/fixtures/use-old-demo.ts with that release's own
// code): the TOL and the development unit had ticked the unit steps once per leader, on different
// days, twice after an undo, and one tick undone for good. On PostgreSQL the same rows are loaded
// into a database at the old schema first.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { closeDb, getDb, migrateToLatest } from "../db/client.server";
import { rolloutReadiness } from "~/models/rollout.server";
import { asUser } from "./support/db";
import { removeDatabase } from "./support/databases";
import { copyOfOldDemo } from "./support/old-demo";

const demo = (local: string) => `${local}@lederlop.example`;
/** The day the old demo was seeded and used; its readiness figures are read on it. */
const THEN = new Date("2026-12-05T12:00:00Z");

let url = "";
let before: { completions: unknown[]; steps: number; people: Map<string, number>; units: Map<string, number> };
let applied: string[] = [];

beforeAll(async () => {
  await closeDb();
  url = await copyOfOldDemo("old_demo");
  process.env.DATABASE_URL = url;
  const db = getDb();
  before = {
    completions: await db.selectFrom("step_completion").selectAll().orderBy("id").execute(),
    steps: (await db.selectFrom("path_step").select("id").execute()).length,
    people: new Map((await db.selectFrom("person").select(["id", "email"]).execute()).map((p) => [p.email, p.id])),
    units: new Map((await db.selectFrom("unit").select(["id", "name"]).execute()).map((u) => [u.name, u.id])),
  };
  applied = await migrateToLatest(db);
}, 60_000);

afterAll(async () => {
  await closeDb();
  await removeDatabase(url);
});

const person = (local: string) => before.people.get(demo(local))!;
const unit = (name: string) => before.units.get(name)!;

describe("today's migrations on a copy of a used demo database", () => {
  test("it was at the old schema, and every migration since runs", () => {
    expect(applied).toEqual(["20261217_012_unit_cycle", "20261218_013_lean_end"]);
  });

  test("nothing is lost: every completion (the undone ones too) and every path step is still there; only the training stays in the paths", async () => {
    const db = getDb();
    expect(await db.selectFrom("step_completion").selectAll().orderBy("id").execute()).toEqual(before.completions);
    expect(before.completions.length).toBeGreaterThan(100);
    expect(await db.selectFrom("path_step").select("id").execute()).toHaveLength(before.steps);
    const live = await db
      .selectFrom("path_step as s")
      .innerJoin("path", "path.id", "s.path_id")
      .innerJoin("programme_template as t", "t.id", "path.template_id")
      .select("s.title")
      .distinct()
      .where("t.key", "=", "pre_rollout")
      .where("s.removed_at", "is", null)
      .execute();
    expect(live.map((s) => s.title)).toEqual(["Opplæringsprogram for leder før innføring"]);
    const retired = await db
      .selectFrom("template_step as s")
      .innerJoin("programme_template as t", "t.id", "s.template_id")
      .select("s.title")
      .where("t.key", "=", "pre_rollout")
      .where("s.retired_at", "is not", null)
      .orderBy("s.offset_days")
      .execute();
    expect(retired.map((s) => s.title)).toEqual([
      "Informasjonsmøte i enheten med TOL",
      "Veilederkontrakt: veiledningsperioden avtalt",
      "Fiskebeinsanalyse (FBA) med TOL",
      "Gemba ved første halvårlige revisjon",
      "Gemba ved andre halvårlige revisjon",
    ]);
  });

  test("every unit gets exactly one record per duty done, with the earliest date and who recorded it; an undone tick counts for nothing", async () => {
    const db = getDb();
    const rows = async (table: "unit_meeting" | "fishbone_analysis") =>
      (await db.selectFrom(table).select(["unit_id", "held_on", "recorded_by"]).orderBy("unit_id").execute()).map((r) => [r.unit_id, r.held_on, r.recorded_by]);
    const [tor, tone, kari, ulrik] = [person("tor.helse"), person("tone.oppvekst"), person("kari.kultur"), person("ulrik.utvikling")];
    // Legevakta: Marit's tick (18 Nov, written on the 23rd) beats Bjørn's (20 Nov); Espen's was undone.
    // Nordby skole: Camilla's tick again with 28 Nov beats the three from the seed (5 Dec).
    expect(await rows("unit_meeting")).toEqual(
      [
        [unit("Hjemmetjenesten sør"), "2026-12-05", tor],
        [unit("Legevakta"), "2026-11-18", tor],
        [unit("Nordby skole"), "2026-11-28", tone],
        [unit("Biblioteket"), "2026-10-15", kari],
      ].sort((a, b) => Number(a[0]) - Number(b[0])),
    );
    const contracts = await db.selectFrom("guidance_contract").select(["unit_id", "agreed_on", "recorded_by"]).orderBy("unit_id").execute();
    expect(contracts.map((c) => [c.unit_id, c.agreed_on, c.recorded_by])).toEqual(
      [
        [unit("Hjemmetjenesten sør"), "2026-12-05", ulrik],
        [unit("Legevakta"), "2026-11-25", ulrik],
        [unit("Nordby skole"), "2026-12-01", ulrik],
        [unit("Biblioteket"), "2026-10-29", ulrik],
      ].sort((a, b) => Number(a[0]) - Number(b[0])),
    );
    // The guidance period runs from the rollout for the rollout's guidance months.
    expect(await db.selectFrom("guidance_contract").select(["period_start", "period_end"]).where("unit_id", "=", unit("Legevakta")).executeTakeFirst()).toEqual({ period_start: "2027-02-03", period_end: "2027-08-03" });
    expect(await rows("fishbone_analysis")).toEqual([[unit("Biblioteket"), "2026-12-01", kari]]);
    const revisions = await db.selectFrom("unit_revision").select(["unit_id", "number", "held_on", "gemba_on", "recorded_by"]).execute();
    expect(revisions).toEqual([{ unit_id: unit("Biblioteket"), number: 1, held_on: "2026-12-03", gemba_on: "2026-12-03", recorded_by: kari }]);
    // Vann og avløp had nothing ticked: no records.
    for (const table of ["unit_meeting", "guidance_contract", "fishbone_analysis", "unit_revision"] as const) {
      expect(await db.selectFrom(table).select("id").where("unit_id", "=", unit("Vann og avløp")).execute()).toEqual([]);
    }
  });

  test("the audit log says, per unit, what moved from which path steps and how many duplicates collapsed", async () => {
    const db = getDb();
    const moved = await db.selectFrom("audit_log").select(["entity_id", "after"]).where("action", "=", "unit_cycle.migrate").orderBy("entity_id").execute();
    const byUnit = new Map(moved.map((m) => [Number(m.entity_id), JSON.parse(m.after!).moved as { record: string; number?: number; completed: boolean; duplicates?: number; pathSteps: number[]; from?: number }[]]));
    expect([...byUnit.keys()].sort((a, b) => a - b)).toEqual(
      ["Hjemmetjenesten sør", "Legevakta", "Nordby skole", "Vann og avløp", "Biblioteket"].map(unit).sort((a, b) => a - b),
    );
    const summary = (name: string) => byUnit.get(unit(name))!.map((r) => [r.record, r.number ?? null, r.completed, r.duplicates ?? null, r.pathSteps.length]);
    expect(summary("Legevakta")).toEqual([
      ["meeting", null, true, 1, 3],
      ["contract", null, true, 0, 3],
      ["fba", null, false, null, 3],
      ["revision", 1, false, null, 3],
      ["revision", 2, false, null, 3],
    ]);
    expect(summary("Nordby skole").slice(0, 2)).toEqual([
      ["meeting", null, true, 2, 3],
      ["contract", null, true, 1, 3],
    ]);
    expect(summary("Biblioteket").slice(0, 4)).toEqual([
      ["meeting", null, true, 2, 3],
      ["contract", null, true, 2, 3],
      ["fba", null, true, 1, 3],
      ["revision", 1, true, 0, 3],
    ]);
    expect(summary("Vann og avløp").every(([, , completed]) => completed === false)).toBe(true);
    // The record names the path step it came from: Marit's meeting at Legevakta.
    const marit = await db
      .selectFrom("path_step as s")
      .innerJoin("path", "path.id", "s.path_id")
      .select("s.id")
      .where("path.person_id", "=", person("marit.fjeld"))
      .where("s.title", "=", "Informasjonsmøte i enheten med TOL")
      .executeTakeFirstOrThrow();
    expect(byUnit.get(unit("Legevakta"))![0]!.from).toBe(marit.id);
    expect(await db.selectFrom("audit_log").select("action").where("action", "=", "template.unit_steps_moved").execute()).toHaveLength(1);
  });

  test("readiness keeps its figures: each unit's state and leaders as the old release showed them; the meeting and contract count once, not per leader", async () => {
    // What the old release's rolloutReadiness said on this day (run on the fixture with its code):
    // states and leaders must stay; done/total then counted the unit steps once per leader.
    const old = [
      { unit: "Biblioteket", state: "not_ready", leaders: 3, done: 6, total: 9 },
      { unit: "Hjemmetjenesten sør", state: "at_risk", leaders: 1, done: 2, total: 3 },
      { unit: "Nordby skole", state: "on_track", leaders: 3, done: 5, total: 9 },
      { unit: "Legevakta", state: "on_track", leaders: 3, done: 3, total: 9 },
      { unit: "Vann og avløp", state: "on_track", leaders: 3, done: 0, total: 9 },
    ];
    const now = await rolloutReadiness({ user: await asUser(person("ada.admin")), now: THEN });
    const byId = new Map(now.map((u) => [u.unitId, u]));
    expect(now).toHaveLength(old.length);
    for (const o of old) {
      const u = byId.get(unit(o.unit))!;
      expect([o.unit, u.state, u.leaders]).toEqual([o.unit, o.state, o.leaders]);
      // Each leader's training as before, plus the meeting and the contract once for the unit.
      expect(u.total).toBe(o.total - 2 * (o.leaders - 1));
    }
    expect(now.map((u) => [u.unitId, u.done])).toEqual([
      [unit("Biblioteket"), 2],
      [unit("Hjemmetjenesten sør"), 2],
      [unit("Nordby skole"), 2],
      [unit("Legevakta"), 2],
      [unit("Vann og avløp"), 0],
    ]);
  });
});
