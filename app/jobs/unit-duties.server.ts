import type { DB } from "../../db/client.server";
import type { DutyKind } from "../../db/schema";
import { translate, type Locale } from "~/i18n/catalog";
import { addDaysToDate } from "~/utils/dates";
import { appUrl } from "~/utils/env.server";
import { contractDue, dueWhileLean, fbaDue, meetingDue, revisionsUntil } from "~/utils/lean-cycle";

/**
 * A unit's open duty with a due date, for the same reminder planning as path steps: the TOL's
 * information meeting, fishbone analysis and half-year revisions; the development unit's guidance
 * contract; and each open measure or follow-up, whose owner is reminded. A unit that ended its Lean
 * work has no duty due after that date: a reminder already queued for one is then cancelled when
 * it comes up for delivery, as for a duty recorded meanwhile.
 */
export interface OpenDuty {
  /** Stable per duty: part of the reminder's dedupe key. */
  key: string;
  /** Which reminder policy applies. */
  kind: DutyKind;
  unitId: number;
  unitName: string;
  areaId: number;
  areaName: string;
  tolId: number | null;
  due: string;
  responsible: "tol" | "development_unit" | "owner";
  ownerId: number | null;
  title: (locale: Locale) => string;
}

export const dutyUrl = (unitId: number) => `${appUrl()}/enheter/${unitId}`;

/** Every open duty of every unit with a rollout, due within 90 days or already past. */
export async function openDuties(db: DB, today: string): Promise<OpenDuty[]> {
  const horizon = addDaysToDate(today, 90);
  const [units, meetings, contracts, analyses, revisions, measures] = await Promise.all([
    db
      .selectFrom("rollout")
      .innerJoin("unit", "unit.id", "rollout.unit_id")
      .innerJoin("service_area as area", "area.id", "unit.service_area_id")
      .leftJoin("lean_end", "lean_end.unit_id", "unit.id")
      .select(["unit.id", "unit.name", "area.id as areaId", "area.name as areaName", "area.tol_person_id as tolId", "rollout.start_date", "lean_end.ended_on"])
      .execute(),
    db.selectFrom("unit_meeting").select("unit_id").execute(),
    db.selectFrom("guidance_contract").select("unit_id").execute(),
    db.selectFrom("fishbone_analysis").select("unit_id").execute(),
    db.selectFrom("unit_revision").select(["unit_id", "number"]).execute(),
    db
      .selectFrom("unit_measure as m")
      .innerJoin("person as owner", "owner.id", "m.owner_id")
      .select(["m.id", "m.unit_id", "m.title", "m.due_date", "m.owner_id"])
      .where("m.status", "=", "open")
      .where("owner.active", "=", 1)
      .where("m.due_date", "<=", horizon)
      .execute(),
  ]);
  const has = (rows: { unit_id: number }[]) => new Set(rows.map((r) => r.unit_id));
  const [met, contracted, analysed] = [has(meetings), has(contracts), has(analyses)];
  const held = new Set(revisions.map((r) => `${r.unit_id}:${r.number}`));
  const byUnit = new Map(units.map((u) => [u.id, u]));
  const out: OpenDuty[] = [];
  const push = (u: (typeof units)[number], d: Pick<OpenDuty, "kind" | "key" | "due" | "responsible" | "title"> & { ownerId?: number | null }) => {
    // Nothing falls due after a unit ended its Lean work; its measures' owners still close theirs.
    if (d.due > horizon || (d.responsible !== "owner" && !dueWhileLean(d.due, u.ended_on))) return;
    out.push({ unitId: u.id, unitName: u.name, areaId: u.areaId, areaName: u.areaName, tolId: u.tolId, ownerId: d.ownerId ?? null, ...d });
  };
  for (const u of units) {
    if (!met.has(u.id)) push(u, { kind: "meeting", key: `meeting:${u.id}`, due: meetingDue(u.start_date), responsible: "tol", title: (l) => translate(l, "cycle.task.meeting") });
    if (!contracted.has(u.id)) push(u, { kind: "contract", key: `contract:${u.id}`, due: contractDue(u.start_date), responsible: "development_unit", title: (l) => translate(l, "cycle.task.contract") });
    if (!analysed.has(u.id)) push(u, { kind: "fba", key: `fba:${u.id}`, due: fbaDue(u.start_date), responsible: "tol", title: (l) => translate(l, "cycle.duty.fba") });
    for (const r of revisionsUntil(u.start_date, horizon, u.ended_on)) {
      if (!held.has(`${u.id}:${r.number}`)) push(u, { kind: "revision", key: `revision:${u.id}:${r.number}`, due: r.due, responsible: "tol", title: (l) => translate(l, "cycle.revision", { number: r.number }) });
    }
  }
  for (const m of measures) {
    const u = byUnit.get(m.unit_id);
    if (u) push(u, { kind: "measure", key: `measure:${m.id}`, due: m.due_date, responsible: "owner", ownerId: m.owner_id, title: () => m.title });
  }
  return out;
}
