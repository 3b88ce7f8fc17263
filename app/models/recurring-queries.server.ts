import type { DB } from "../../db/client.server";
import { agreementSeason } from "~/utils/agreement-season";
import { osloDate } from "~/utils/dates";
import { agreementMonth, repeatForumMonths, repeatThemeHourMonths } from "~/utils/env.server";
import { REPEAT_KINDS, repetitionLapse, type RepeatKind } from "~/utils/repetition-lapse";

/**
 * The queries the recurring obligations share between the pages (agreement.server,
 * repetition.server) and the reminder engine (jobs/recurring.server): who holds an agreement, the
 * season in force, who records it, and each leader's repetition. Nothing here knows who is asking.
 */

/**
 * The season in force on `today`: the latest that has begun (the month is AGREEMENT_MONTH). Until
 * next year's season begins, this year's stays current, so an agreement overdue at a December
 * season's end is still overdue in January.
 */
export function seasonOf(today: string) {
  const year = Number(today.slice(0, 4));
  const season = agreementSeason(year, agreementMonth());
  return season.start <= today ? season : agreementSeason(year - 1, agreementMonth());
}

/** Everyone who holds an agreement: active leaders and TOLs (the executive group records the TOLs'). */
export function agreementLeaders(db: DB) {
  return db
    .selectFrom("person")
    .leftJoin("unit", "unit.id", "person.unit_id")
    .leftJoin("service_area as area", "area.id", "unit.service_area_id")
    .select((eb) => [
      "person.id",
      "person.name",
      "person.email",
      "person.locale",
      "person.reminder_mode",
      "person.start_date",
      "person.created_at",
      "unit.name as unitName",
      "area.id as areaId",
      "area.name as areaName",
      "area.tol_person_id as tolId",
      eb.exists(eb.selectFrom("service_area as led").select("led.id").whereRef("led.tol_person_id", "=", "person.id")).as("isTol"),
    ])
    .where("person.active", "=", 1)
    .where("person.anonymised_at", "is", null)
    .where((eb) => eb.exists(eb.selectFrom("person_role as r").select("r.person_id").whereRef("r.person_id", "=", "person.id").where("r.role", "in", ["leader", "tol"])));
}

/** When a leader's obligations count from: their start date, else when they were registered. */
export const startedOn = (p: { start_date: string | null; created_at: string }) => p.start_date ?? p.created_at.slice(0, 10);

/**
 * Who records a leader's agreement: their service area's TOL, or the executive group for a TOL (and
 * for a leader whose area has no TOL).
 */
export const recordedByRlg = (p: { isTol: unknown; tolId: number | null; id: number }) => !!p.isTol || p.tolId === null || p.tolId === p.id;

export const repeatMonths = (kind: RepeatKind) => (kind === "leader_forum" ? repeatForumMonths() : repeatThemeHourMonths());

export interface RepetitionRow {
  personId: number;
  name: string;
  email: string;
  locale: string;
  reminderMode: string;
  unitName: string | null;
  areaName: string | null;
  kind: RepeatKind;
  /** The Oslo date of the last session of the kind attended; null when never. */
  lastAttended: string | null;
  /** What the months count from: the last attendance, else the leader's start. */
  since: string;
  lapse: number;
  lapsedOn: string | null;
}

/** Every active leader's repetition per kind, as of `today`. */
export async function repetitionStatus(db: DB, today: string, personIds?: number[]): Promise<RepetitionRow[]> {
  let leaders = agreementLeaders(db);
  let attendance = db
    .selectFrom("session_signup as su")
    .innerJoin("training_session as s", "s.id", "su.session_id")
    .select((eb) => ["su.person_id", "s.kind", eb.fn.max("s.starts_at").as("last")])
    .where("su.attended_at", "is not", null)
    .where("s.kind", "in", [...REPEAT_KINDS])
    .groupBy(["su.person_id", "s.kind"]);
  if (personIds) {
    const ids = personIds.length ? personIds : [-1];
    leaders = leaders.where("person.id", "in", ids);
    attendance = attendance.where("su.person_id", "in", ids);
  }
  const [people, last] = await Promise.all([leaders.execute(), attendance.execute()]);
  const lastOf = new Map(last.map((r) => [`${r.person_id}:${r.kind}`, osloDate(new Date(String(r.last)))]));
  const rows: RepetitionRow[] = [];
  for (const p of people) {
    for (const kind of REPEAT_KINDS) {
      const lastAttended = lastOf.get(`${p.id}:${kind}`) ?? null;
      const since = lastAttended ?? startedOn(p);
      rows.push({
        personId: p.id,
        name: p.name,
        email: p.email,
        locale: p.locale,
        reminderMode: p.reminder_mode,
        unitName: p.unitName,
        areaName: p.areaName,
        kind,
        lastAttended,
        since,
        ...repetitionLapse(since, repeatMonths(kind), today),
      });
    }
  }
  return rows;
}

/** The coming sessions of a kind (not cancelled), soonest first: what a nudge and «Mitt løp» offer. */
export function comingSessions(db: DB, kind: RepeatKind, now: Date, limit = 5) {
  return db
    .selectFrom("training_session")
    .select(["id", "title", "starts_at", "location"])
    .where("kind", "=", kind)
    .where("cancelled_at", "is", null)
    .where("starts_at", ">", now.toISOString())
    .orderBy("starts_at")
    .limit(limit)
    .execute();
}

