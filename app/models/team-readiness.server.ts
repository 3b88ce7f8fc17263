import { getDb } from "../../db/client.server";
import { nbCollator } from "~/utils/collections";
import { osloDate } from "~/utils/dates";
import { completionPercent, stepStatus, type StepStatus } from "~/utils/status";
import { canInArea } from "~/access/policy";
import type { SessionUser } from "./sign-in.server";
import { cachedFigures } from "./cache.server";
import { HttpError } from "./http-error";
import { currentCompletion } from "./queries.server";

/**
 * The introduction path. A leader's «Fullført» everywhere (Ledere, Beredskap) is the share of this
 * path's current steps that are done.
 */
export const INTRO_TEMPLATE_KEY = "intro";

export const STATUS_CODE: Record<StepStatus | "none", string> = { done: "d", overdue: "o", due_soon: "s", upcoming: "u", none: "-" };

/**
 * A service area's team readiness: each leader against the introduction path's steps, grouped by
 * unit, the most behind first (most overdue steps, then lowest completion).
 */
export async function teamReadiness({ user, areaId, now = new Date() }: { user: SessionUser; areaId: number; now?: Date }) {
  if (!canInArea(user, "read:team-readiness", areaId)) throw new HttpError(404);
  // The same for everyone allowed to see the area: kept until the data or the day changes.
  return cachedFigures(`team:${areaId}:${osloDate(now)}`, now, () => areaReadiness(areaId, now));
}

async function areaReadiness(areaId: number, now: Date) {
  const db = getDb();
  const area = await db.selectFrom("service_area").select(["id", "name"]).where("id", "=", areaId).executeTakeFirst();
  if (!area) throw new HttpError(404);

  const columns = await db
    .selectFrom("template_step as ts")
    .innerJoin("programme_template as t", "t.id", "ts.template_id")
    .select(["ts.id", "ts.title"])
    .where("t.key", "=", INTRO_TEMPLATE_KEY)
    .where("ts.retired_at", "is", null)
    .orderBy("ts.position")
    .execute();

  const rows = await db
    .selectFrom("person")
    .innerJoin("unit", "unit.id", "person.unit_id")
    .innerJoin("path", "path.person_id", "person.id")
    // The matrix is the introduction path; its figures count only that path's steps.
    .innerJoin("programme_template as t", (j) => j.onRef("t.id", "=", "path.template_id").on("t.key", "=", INTRO_TEMPLATE_KEY))
    .innerJoin("path_step as s", "s.path_id", "path.id")
    .leftJoin("step_completion as c", currentCompletion("s.id"))
    .select(["person.id", "person.name", "unit.id as unitId", "unit.name as unitName", "s.template_step_id", "s.due_date", "c.id as completionId"])
    .where("unit.service_area_id", "=", areaId)
    .where("person.active", "=", 1)
    .where("s.removed_at", "is", null)
    .execute();

  const today = osloDate(now);
  type Leader = { id: number; name: string; cells: Map<number, StepStatus>; done: number; total: number; overdue: number; percent: number };
  const units = new Map<number, { id: number; name: string; leaders: Map<number, Leader> }>();
  for (const r of rows) {
    let unit = units.get(r.unitId);
    if (!unit) units.set(r.unitId, (unit = { id: r.unitId, name: r.unitName, leaders: new Map() }));
    let leader = unit.leaders.get(r.id);
    if (!leader) unit.leaders.set(r.id, (leader = { id: r.id, name: r.name, cells: new Map(), done: 0, total: 0, overdue: 0, percent: 0 }));
    const status = stepStatus({ due_date: r.due_date, done: r.completionId !== null }, today);
    leader.cells.set(r.template_step_id, status);
    leader.total++;
    if (status === "done") leader.done++;
    if (status === "overdue") leader.overdue++;
  }

  const behindFirst = (a: { overdue: number; percent: number; name: string }, b: typeof a) =>
    b.overdue - a.overdue || a.percent - b.percent || nbCollator.compare(a.name, b.name);

  const result = [...units.values()].map((u) => {
    const all = [...u.leaders.values()];
    for (const l of all) l.percent = completionPercent(l.done, l.total);
    all.sort(behindFirst);
    // One character per column keeps a large area's page small: d(one), o(verdue), s(oon), u(pcoming), - (not in the path).
    const leaders = all.map(({ cells, ...l }) => ({ ...l, cells: columns.map((c) => STATUS_CODE[cells.get(c.id) ?? "none"]).join("") }));
    const done = leaders.reduce((n, l) => n + l.done, 0);
    const total = leaders.reduce((n, l) => n + l.total, 0);
    return {
      id: u.id,
      name: u.name,
      leaders,
      overdue: leaders.reduce((n, l) => n + l.overdue, 0),
      percent: completionPercent(done, total),
    };
  });
  result.sort(behindFirst);
  return { area, columns, units: result };
}
