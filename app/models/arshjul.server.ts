import { getDb } from "../../db/client.server";
import { areaScope, can } from "~/access/policy";
import { YEAR_ITEM_KINDS, type YearItem, type YearItemKind } from "~/types/arshjul";
import { agreementSeason } from "~/utils/agreement-season";
import { addDaysToDate, osloDate } from "~/utils/dates";
import { agreementMonth, reportDueDays } from "~/utils/env.server";
import { dueWhileLean, fbaDue, revisionsUntil } from "~/utils/lean-cycle";
import { osloInstant } from "~/utils/oslo-instant";
import { quartersOf, reportDeadline, yearPeriod } from "~/utils/periods";
import { HttpError } from "./http-error";
import type { SessionUser } from "./sign-in.server";
export type { YearItem, YearItemKind };

/** The days an item may fall on, as Oslo dates, both ends included. */
export interface DateWindow {
  from: string;
  to: string;
}

export const yearWindow = (year: number): DateWindow => ({ from: `${year}-01-01`, to: `${year}-12-31` });

/** An item with only the fields its kind uses; the rest null. */
export function yearItem(fields: Pick<YearItem, "key" | "kind" | "date"> & Partial<YearItem>): YearItem {
  return {
    lastDate: null,
    startsAt: null,
    endsAt: null,
    areaId: null,
    areaName: null,
    unitId: null,
    unitName: null,
    number: null,
    title: null,
    location: null,
    period: null,
    variant: null,
    doneOn: null,
    names: null,
    ...fields,
  };
}

const inWindow = (date: string, w: DateWindow) => date >= w.from && date <= w.to;

/**
 * The half-year revisions of a unit that fall in the window. The one place the årshjul and the
 * feed generate revision dates, so a rule about when a unit's revisions stop applies to both.
 */
function revisionDates(rollout: string, endedOn: string | null, w: DateWindow) {
  return revisionsUntil(rollout, w.to, endedOn).filter((r) => inWindow(r.due, w));
}

/**
 * The Lean units' dates in the window: rollouts, fishbone analyses due (with the day one was held)
 * and half-year revisions. `areaIds` null means every area; `unitIds` narrows to those units.
 */
export async function unitItems({
  window,
  areaIds,
  unitIds,
  kinds = YEAR_ITEM_KINDS,
}: {
  window: DateWindow;
  areaIds: readonly number[] | null;
  unitIds?: readonly number[];
  kinds?: readonly YearItemKind[];
}): Promise<YearItem[]> {
  if (!kinds.some((k) => k === "rollout" || k === "fba" || k === "revision")) return [];
  if ((areaIds && areaIds.length === 0) || (unitIds && unitIds.length === 0)) return [];
  const db = getDb();
  let q = db
    .selectFrom("rollout")
    .innerJoin("unit", "unit.id", "rollout.unit_id")
    .innerJoin("service_area as area", "area.id", "unit.service_area_id")
    .leftJoin("lean_end", "lean_end.unit_id", "unit.id")
    .select(["unit.id", "unit.name", "area.id as areaId", "area.name as areaName", "rollout.start_date", "lean_end.ended_on"])
    // A rollout after the window has nothing in it; one before may still have revisions in it.
    .where("rollout.start_date", "<=", window.to);
  if (areaIds) q = q.where("area.id", "in", [...areaIds]);
  if (unitIds) q = q.where("unit.id", "in", [...unitIds]);
  const units = await q.execute();
  if (units.length === 0) return [];
  const ids = units.map((u) => u.id);
  const [analyses, revisions] = await Promise.all([
    db.selectFrom("fishbone_analysis").select(["unit_id", "held_on"]).where("unit_id", "in", ids).execute(),
    db.selectFrom("unit_revision").select(["unit_id", "number", "held_on"]).where("unit_id", "in", ids).execute(),
  ]);
  const analysed = new Map(analyses.map((a) => [a.unit_id, a.held_on]));
  const held = new Map(revisions.map((r) => [`${r.unit_id}:${r.number}`, r.held_on]));
  const items: YearItem[] = [];
  for (const u of units) {
    const where = { areaId: u.areaId, areaName: u.areaName, unitId: u.id, unitName: u.name };
    if (kinds.includes("rollout") && inWindow(u.start_date, window)) items.push(yearItem({ key: `rollout-${u.id}`, kind: "rollout", date: u.start_date, ...where }));
    const fba = fbaDue(u.start_date);
    if (kinds.includes("fba") && inWindow(fba, window) && (dueWhileLean(fba, u.ended_on) || analysed.has(u.id))) items.push(yearItem({ key: `fba-${u.id}`, kind: "fba", date: fba, doneOn: analysed.get(u.id) ?? null, ...where }));
    if (kinds.includes("revision"))
      for (const r of revisionDates(u.start_date, u.ended_on, window))
        items.push(yearItem({ key: `revision-${u.id}-${r.number}`, kind: "revision", date: r.due, number: r.number, doneOn: held.get(`${u.id}:${r.number}`) ?? null, ...where }));
  }
  return items;
}

/** The start of an Oslo date, as a UTC instant (for comparing with sessions' `starts_at`). */
const dayStarts = (date: string) => osloInstant(date, "00:00").toISOString();

/** Lean leader forums and theme hours in the window (not cancelled). */
async function forumItems(window: DateWindow, kinds: readonly YearItemKind[]): Promise<YearItem[]> {
  const wanted = (["leader_forum", "theme_hour"] as const).filter((k) => kinds.includes(k));
  if (wanted.length === 0) return [];
  const rows = await getDb()
    .selectFrom("training_session")
    .select(["id", "kind", "title", "location", "starts_at", "ends_at"])
    .where("kind", "in", wanted)
    .where("cancelled_at", "is", null)
    .where("starts_at", ">=", dayStarts(window.from))
    .where("starts_at", "<", dayStarts(addDaysToDate(window.to, 1)))
    .execute();
  return rows.map((s) =>
    yearItem({ key: `session-${s.id}`, kind: s.kind as YearItemKind, date: osloDate(new Date(s.starts_at)), startsAt: s.starts_at, endsAt: s.ends_at, title: s.title, location: s.location }),
  );
}

/**
 * What the calendar alone decides: the leader-agreement season (`AGREEMENT_MONTH`) and, per quarter
 * and year, the snapshot on the period's last day and the report deadline `REPORT_DUE_DAYS` later
 * (so the last quarter's and the year's deadlines fall in the next year's wheel).
 */
export function calendarItems(window: DateWindow, kinds: readonly YearItemKind[] = YEAR_ITEM_KINDS): YearItem[] {
  const items: YearItem[] = [];
  const first = Number(window.from.slice(0, 4));
  const last = Number(window.to.slice(0, 4));
  for (let year = first - 1; year <= last; year++) {
    const season = agreementSeason(year, agreementMonth());
    if (kinds.includes("agreement") && inWindow(season.start, window))
      items.push(yearItem({ key: `agreement-season-${year}`, kind: "agreement", date: season.start, lastDate: season.due, period: String(year) }));
    if (!kinds.includes("report")) continue;
    for (const p of [...quartersOf(year), yearPeriod(year)]) {
      // A year's snapshot is its fourth quarter's: one item for that day.
      if (p.kind === "quarter" && inWindow(p.end, window)) items.push(yearItem({ key: `snapshot-${p.key}`, kind: "report", date: p.end, period: p.key, variant: "snapshot" }));
      const due = reportDeadline(p, reportDueDays());
      if (inWindow(due, window)) items.push(yearItem({ key: `report-${p.key}`, kind: "report", date: due, period: p.key, variant: "deadline" }));
    }
  }
  return items;
}

const ORDER = new Map<string, number>([...YEAR_ITEM_KINDS, "session", "step", "own_agreement", "agreements"].map((k, i) => [k, i]));

/** By day, then time, then kind, then area and unit: the order of the table and of each month. */
export function sortItems(items: YearItem[]): YearItem[] {
  return items.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.startsAt ?? "").localeCompare(b.startsAt ?? "") ||
      ORDER.get(a.kind)! - ORDER.get(b.kind)! ||
      (a.areaName ?? "").localeCompare(b.areaName ?? "", "nb") ||
      (a.unitName ?? "").localeCompare(b.unitName ?? "", "nb") ||
      (a.number ?? 0) - (b.number ?? 0) ||
      a.key.localeCompare(b.key),
  );
}

/** The whole årshjul in a window for these areas (null: every area): the RLG's year. */
export async function wheelItems({ window, areaIds, kinds = YEAR_ITEM_KINDS }: { window: DateWindow; areaIds: readonly number[] | null; kinds?: readonly YearItemKind[] }) {
  const [units, forums] = await Promise.all([unitItems({ window, areaIds, kinds }), forumItems(window, kinds)]);
  return [...units, ...forums, ...calendarItems(window, kinds)];
}

/**
 * «Årshjul» for a year: what this user may see (a TOL their own areas' units; the municipality's
 * forums, season and deadlines for everyone), narrowed to one area and some kinds if asked. An
 * area out of reach is not found.
 */
export async function yearWheel({ user, year, areaId, kinds }: { user: SessionUser; year: number; areaId?: number; kinds?: readonly YearItemKind[] }) {
  if (!can(user, "read:arshjul")) throw new HttpError(403);
  const scope = areaScope(user, "read:arshjul");
  let areasQuery = getDb().selectFrom("service_area").select(["id", "name"]).orderBy("name");
  if (scope) areasQuery = areasQuery.where("id", "in", scope.length ? [...scope] : [-1]);
  const areas = await areasQuery.execute();
  if (areaId !== undefined && !areas.some((a) => a.id === areaId)) throw new HttpError(404);
  const chosen = kinds && kinds.length ? kinds : YEAR_ITEM_KINDS;
  const items = await wheelItems({ window: yearWindow(year), areaIds: areaId !== undefined ? [areaId] : (scope ?? null), kinds: chosen });
  return { year, areas, areaId: areaId ?? null, kinds: chosen, items: sortItems(items) };
}
