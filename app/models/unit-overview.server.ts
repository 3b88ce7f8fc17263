import { getDb } from "../../db/client.server";
import { areaScope } from "~/access/policy";
import { groupBy } from "~/utils/collections";
import { addDaysToDate, daysBetween, osloDate } from "~/utils/dates";
import { dueWhileLean, fbaDue, revisionsUntil } from "~/utils/lean-cycle";
import type { AreaCycle, Hestehode, OwnerLoad, UnitStage, UnitCycleRow } from "~/types/unit-cycle";
import { cachedFigures } from "./cache.server";
import { HttpError } from "./http-error";
import { currentCompletion } from "./queries.server";
import { PRE_ROLLOUT_KEY } from "./rollout.server";
import type { SessionUser } from "./sign-in.server";
export type { AreaCycle, Hestehode, OwnerLoad, UnitStage, UnitCycleRow };

/** A fishbone analysis due within this many days puts the unit in its analysis stage. */
const FBA_SOON_DAYS = 60;

/** The middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * «Et hestehode foran»: days between a leader finishing the pre-rollout training and the unit's
 * rollout (negative = after it); the median and the share who finished before the date. The
 * forecast counts, for leaders not done yet, the date of the session they are booked on.
 */
export function hestehode(done: number[], booked: number[]): Hestehode {
  const share = (xs: number[]) => (xs.length ? xs.filter((d) => d > 0).length / xs.length : null);
  return { n: done.length, median: median(done), shareAhead: share(done), forecastN: booked.length, forecastMedian: median(booked), forecastShareAhead: share(booked) };
}

/** Every unit with a rollout: its stage, what is overdue, its measures, and its leaders' lead. */
async function municipalityCycle(now: Date) {
  const db = getDb();
  const today = osloDate(now);
  const [units, meetings, analyses, revisions, measures, training, bookings] = await Promise.all([
    db
      .selectFrom("rollout")
      .innerJoin("unit", "unit.id", "rollout.unit_id")
      .innerJoin("service_area as area", "area.id", "unit.service_area_id")
      .leftJoin("lean_end", "lean_end.unit_id", "unit.id")
      .select(["unit.id", "unit.name", "area.id as areaId", "area.name as areaName", "rollout.start_date", "lean_end.ended_on"])
      .orderBy("area.name")
      .orderBy("rollout.start_date")
      .orderBy("unit.name")
      .execute(),
    db.selectFrom("unit_meeting").select("unit_id").execute(),
    db.selectFrom("fishbone_analysis").select("unit_id").execute(),
    db.selectFrom("unit_revision").select(["unit_id", "number"]).execute(),
    db
      .selectFrom("unit_measure as m")
      .leftJoin("person as owner", "owner.id", "m.owner_id")
      .select(["m.unit_id", "m.owner_id", "owner.name as ownerName", "m.due_date"])
      .where("m.status", "=", "open")
      .execute(),
    // Each active leader's pre-rollout training in a unit with a rollout, and when it was done.
    db
      .selectFrom("path_step as s")
      .innerJoin("path", "path.id", "s.path_id")
      .innerJoin("programme_template as t", "t.id", "path.template_id")
      .innerJoin("person", "person.id", "path.person_id")
      .innerJoin("rollout", "rollout.unit_id", "person.unit_id")
      .leftJoin("step_completion as c", currentCompletion("s.id"))
      .select(["s.id", "s.template_step_id", "person.id as personId", "person.unit_id as unitId", "c.evidence_date", "c.completed_at"])
      .where("t.key", "=", PRE_ROLLOUT_KEY)
      .where("s.evidence", "=", "attendance")
      .where("s.removed_at", "is", null)
      .where("person.active", "=", 1)
      .execute(),
    // Coming sessions the leaders are booked on, with the steps they fulfil: the forecast.
    db
      .selectFrom("session_signup as su")
      .innerJoin("training_session as ts", "ts.id", "su.session_id")
      .innerJoin("session_step as ss", "ss.session_id", "ts.id")
      .select(["su.person_id", "ss.template_step_id", "ts.starts_at"])
      .where("su.status", "=", "confirmed")
      .where("ts.cancelled_at", "is", null)
      .where("ts.starts_at", ">", now.toISOString())
      .execute(),
  ]);
  const met = new Set(meetings.map((m) => m.unit_id));
  const analysed = new Set(analyses.map((a) => a.unit_id));
  const held = new Set(revisions.map((r) => `${r.unit_id}:${r.number}`));
  const measuresOf = new Map(groupBy(measures, (m) => m.unit_id));
  const trainingOf = new Map(groupBy(training, (t) => t.unitId!));
  const bookedOn = new Map<string, string>();
  for (const b of bookings) {
    const key = `${b.person_id}:${b.template_step_id}`;
    const day = osloDate(new Date(b.starts_at));
    if (!bookedOn.has(key) || day < bookedOn.get(key)!) bookedOn.set(key, day);
  }
  const soon = addDaysToDate(today, FBA_SOON_DAYS);

  const rows: (UnitCycleRow & { lead: number[]; forecast: number[] })[] = units.map((u) => {
    // After a unit ended its Lean work nothing more falls due: no analysis, no later revisions.
    const fba = analysed.has(u.id) || !dueWhileLean(fbaDue(u.start_date), u.ended_on) ? null : fbaDue(u.start_date);
    const due = revisionsUntil(u.start_date, today, u.ended_on);
    const overdueRevisions = due.filter((r) => r.due < today && !held.has(`${u.id}:${r.number}`)).length;
    const next = due.find((r) => !held.has(`${u.id}:${r.number}`));
    const stage: UnitStage = u.ended_on !== null ? "ended" : today < u.start_date ? "new" : fba === null ? "revisions" : fba <= soon ? "fba" : "guidance";
    const open = measuresOf.get(u.id) ?? [];
    const lead: number[] = [];
    const forecast: number[] = [];
    for (const t of trainingOf.get(u.id) ?? []) {
      const doneOn = t.evidence_date ?? (t.completed_at ? osloDate(new Date(t.completed_at)) : null);
      if (doneOn) lead.push(daysBetween(doneOn, u.start_date));
      else {
        const booked = bookedOn.get(`${t.personId}:${t.template_step_id}`);
        if (booked) forecast.push(daysBetween(booked, u.start_date));
      }
    }
    return {
      unitId: u.id,
      unitName: u.name,
      areaId: u.areaId,
      areaName: u.areaName,
      startDate: u.start_date,
      stage,
      endedOn: u.ended_on,
      meetingMissing: !met.has(u.id) && today >= u.start_date,
      fbaDue: fba,
      fbaOverdue: fba !== null && fba < today,
      overdueRevisions,
      nextRevision: today >= u.start_date && next ? next : null,
      openMeasures: open.length,
      overdueMeasures: open.filter((m) => m.due_date < today).length,
      hestehode: hestehode(lead, forecast),
      lead,
      forecast,
    };
  });
  // Open measures per owner and area, so each reader counts only their areas' measures.
  const owners = new Map<string, OwnerLoad & { areaId: number }>();
  const areaOf = new Map(units.map((u) => [u.id, u.areaId]));
  for (const m of measures) {
    const areaId = areaOf.get(m.unit_id);
    if (areaId === undefined) continue;
    const key = `${m.owner_id ?? "none"}:${areaId}`;
    const o = owners.get(key) ?? { ownerId: m.owner_id, name: m.ownerName, open: 0, overdue: 0, areaId };
    o.open++;
    if (m.due_date < today) o.overdue++;
    owners.set(key, o);
  }
  return { rows, owners: [...owners.values()] };
}

const withoutLeads = (r: UnitCycleRow & { lead: number[]; forecast: number[] }): UnitCycleRow => {
  const { lead, forecast, ...row } = r;
  void lead;
  void forecast;
  return row;
};

/** The figures for one area's units, or for areas in a list, from the unit rows. */
function byArea(rows: (UnitCycleRow & { lead: number[]; forecast: number[] })[], areas: { id: number; name: string }[]): AreaCycle[] {
  const grouped = new Map(groupBy(rows, (r) => r.areaId));
  return areas.map((a) => {
    const mine = grouped.get(a.id) ?? [];
    const sum = (f: (r: UnitCycleRow) => number) => mine.reduce((n, r) => n + f(r), 0);
    return {
      id: a.id,
      name: a.name,
      units: mine.length,
      overdueRevisions: sum((r) => r.overdueRevisions),
      fbaOverdue: sum((r) => (r.fbaOverdue ? 1 : 0)),
      fbaDueSoon: sum((r) => (r.stage === "fba" && !r.fbaOverdue ? 1 : 0)),
      openMeasures: sum((r) => r.openMeasures),
      overdueMeasures: sum((r) => r.overdueMeasures),
      hestehode: hestehode(
        mine.flatMap((r) => r.lead),
        mine.flatMap((r) => r.forecast),
      ),
    };
  });
}

/**
 * The TOL's overview of their units' Lean work (overdue revisions, analyses due, open measures by
 * owner, the leaders' lead on the rollout), or one area's for those who see every area; for them,
 * without an area, the municipality by service area.
 */
export async function unitCycleOverview({ user, areaId, areas, now = new Date() }: { user: SessionUser; areaId?: number; areas: { id: number; name: string }[]; now?: Date }) {
  const scope = areaScope(user, "read:unit-overview");
  if (areaId !== undefined && ((scope && !scope.includes(areaId)) || !areas.some((a) => a.id === areaId))) throw new HttpError(404);
  const all = await cachedFigures(`unit-cycle:${osloDate(now)}`, now, () => municipalityCycle(now));
  const visible = (id: number) => (areaId !== undefined ? id === areaId : !scope || scope.includes(id));
  const rows = all.rows.filter((r) => visible(r.areaId));
  if (scope === null && areaId === undefined) {
    // The municipality by area is the same for every reader who sees it all: worked out once per data version.
    const figures = await cachedFigures(`unit-cycle:areas:${osloDate(now)}:${areas.map((a) => a.id).join(",")}`, now, async () => byArea(all.rows, areas));
    return { byArea: true, areas: figures, units: [], owners: [] };
  }
  const shown = areas.filter((a) => visible(a.id));
  return {
    byArea: false,
    areas: byArea(rows, shown),
    units: rows.map(withoutLeads),
    owners: [
      ...all.owners
        .filter((o) => visible(o.areaId))
        .reduce((byOwner, o) => {
          const sum = byOwner.get(o.ownerId) ?? { ownerId: o.ownerId, name: o.name, open: 0, overdue: 0 };
          sum.open += o.open;
          sum.overdue += o.overdue;
          return byOwner.set(o.ownerId, sum);
        }, new Map<number | null, OwnerLoad>())
        .values(),
    ].sort((a, b) => b.overdue - a.overdue || b.open - a.open),
  };
}
