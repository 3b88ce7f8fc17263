import type { Kysely } from "kysely";
import { random } from "./random";
import type { Database, Role } from "../schema";
import { pathStepValues } from "../../app/models/path.server";
import { addDaysToDate, osloDate } from "../../app/utils/dates";

export interface LargeOptions {
  leaders?: number;
  areas?: number;
  unitsPerArea?: number;
  now?: Date;
}

/**
 * A large municipality for benchmarks: areas with a TOL each, units, and leaders whose start
 * dates spread over the past year (and a little ahead), each with an introduction path at a
 * realistic state of completion. Inserts in bulk inside one transaction.
 */
export async function seedLarge(db: Kysely<Database>, { leaders = 5000, areas = 40, unitsPerArea = 10, now = new Date() }: LargeOptions = {}) {
  const rnd = random(42);
  const today = osloDate(now);
  const stamp = now.toISOString();
  return db.transaction().execute(async (tx) => {
    const addPeople = async (rows: { name: string; email: string; unit_id: number | null; start_date: string | null }[], role: Role) => {
      const ids: number[] = [];
      for (let i = 0; i < rows.length; i += 500) {
        const inserted = await tx
          .insertInto("person")
          .values(rows.slice(i, i + 500).map((r) => ({ ...r, position: "leder", active: 1, created_at: stamp, updated_at: stamp })))
          .returning("id")
          .execute();
        ids.push(...inserted.map((r) => r.id));
      }
      for (let i = 0; i < ids.length; i += 500) {
        await tx.insertInto("person_role").values(ids.slice(i, i + 500).map((person_id) => ({ person_id, role }))).execute();
      }
      return ids;
    };

    const tols = await addPeople(Array.from({ length: areas }, (_, a) => ({ name: `TOL ${a + 1}`, email: `tol${a + 1}@bench.example`, unit_id: null, start_date: null })), "tol");
    await addPeople([{ name: "HR Bench", email: "hr@bench.example", unit_id: null, start_date: null }], "hr");
    await addPeople([{ name: "Utvikling Bench", email: "utvikling@bench.example", unit_id: null, start_date: null }], "development_unit");
    const unitIds: number[] = [];
    for (let a = 0; a < areas; a++) {
      const area = await tx.insertInto("service_area").values({ name: `Tjenesteområde ${a + 1}`, tol_person_id: tols[a]!, created_at: stamp }).returning("id").executeTakeFirstOrThrow();
      const units = await tx
        .insertInto("unit")
        .values(Array.from({ length: unitsPerArea }, (_, u) => ({ service_area_id: area.id, name: `Enhet ${a + 1}.${u + 1}`, created_at: stamp })))
        .returning("id")
        .execute();
      unitIds.push(...units.map((u) => u.id));
    }

    // Larger areas first, as in a real municipality: the first area holds the most leaders.
    const leaderRows = Array.from({ length: leaders }, (_, i) => {
      const unit = unitIds[Math.min(unitIds.length - 1, Math.floor(rnd() ** 1.3 * unitIds.length))]!;
      return { name: `Leder ${String(i + 1).padStart(5, "0")}`, email: `leder${i + 1}@bench.example`, unit_id: unit, start_date: addDaysToDate(today, -Math.floor(rnd() * 380) + 20) };
    });
    const leaderIds = await addPeople(leaderRows, "leader");

    const template = await tx.selectFrom("programme_template").select(["id", "version"]).where("key", "=", "intro").executeTakeFirstOrThrow();
    const steps = await tx.selectFrom("template_step").selectAll().where("template_id", "=", template.id).where("retired_at", "is", null).orderBy("position").execute();
    const pathIds: number[] = [];
    for (let i = 0; i < leaderIds.length; i += 500) {
      const rows = await tx
        .insertInto("path")
        .values(leaderIds.slice(i, i + 500).map((person_id, j) => ({ person_id, template_id: template.id, template_version: template.version, anchor_date: leaderRows[i + j]!.start_date!, created_at: stamp })))
        .returning("id")
        .execute();
      pathIds.push(...rows.map((r) => r.id));
    }
    let pathSteps: ReturnType<typeof pathStepValues>[] = [];
    const flush = async () => {
      const inserted = pathSteps.length ? await tx.insertInto("path_step").values(pathSteps).returning(["id", "due_date", "path_id"]).execute() : [];
      pathSteps = [];
      return inserted;
    };
    const completions: { path_step_id: number; completed_by: number; completed_at: string; evidence_date: string | null; confirmed: number }[] = [];
    const diligence = new Map(pathIds.map((id) => [id, rnd()]));
    const complete = (rows: { id: number; due_date: string; path_id: number }[]) => {
      for (const s of rows) {
        const d = diligence.get(s.path_id)!;
        const chance = s.due_date <= today ? 0.35 + d * 0.6 : d * 0.2;
        if (rnd() < chance) completions.push({ path_step_id: s.id, completed_by: leaderIds[0]!, completed_at: stamp, evidence_date: null, confirmed: 1 });
      }
    };
    for (let p = 0; p < pathIds.length; p++) {
      for (const s of steps) pathSteps.push(pathStepValues(pathIds[p]!, s, leaderRows[p]!.start_date!));
      if (pathSteps.length >= 490) complete(await flush());
    }
    complete(await flush());
    for (let i = 0; i < completions.length; i += 500) await tx.insertInto("step_completion").values(completions.slice(i, i + 500)).execute();
    return { leaders: leaderIds.length, areas, units: unitIds.length, steps: leaderIds.length * steps.length, completions: completions.length };
  });
}
