import { getDb, type DB } from "../../db/client.server";
import { can } from "~/access/policy";
import { osloDate } from "~/utils/dates";
import { repeatForumMonths, repeatThemeHourMonths } from "~/utils/env.server";
import { REPEAT_KINDS, repetitionLapse, type RepeatKind } from "~/utils/repetition";
import { agreementLeaders, startedOn } from "./agreement.server";
import { HttpError } from "./http-error";
import type { SessionUser } from "./sign-in.server";

/**
 * Repetition: when each leader last attended a Lean leader forum and a theme hour, and who has gone
 * longer than the setting for that kind (REPEAT_FORUM_MONTHS, REPEAT_THEME_HOUR_MONTHS) without.
 */
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

/** «Repetisjon»: per kind, the leaders who have not attended for the set number of months, longest first. */
export async function overdueRepetition({ user, now = new Date() }: { user: SessionUser; now?: Date }) {
  if (!can(user, "read:repetition")) throw new HttpError(403);
  const rows = (await repetitionStatus(getDb(), osloDate(now))).filter((r) => r.lapse > 0);
  return REPEAT_KINDS.map((kind) => ({
    kind,
    months: repeatMonths(kind),
    rows: rows.filter((r) => r.kind === kind).sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : a.name.localeCompare(b.name, "nb"))),
  }));
}

/** «Mitt løp»: when the leader last attended each kind, and the coming sessions of it. */
export async function ownRepetition({ user, now = new Date() }: { user: SessionUser; now?: Date }) {
  const db = getDb();
  const rows = await repetitionStatus(db, osloDate(now), [user.id]);
  if (rows.length === 0) return [];
  return Promise.all(
    rows.map(async (r) => ({ kind: r.kind, lastAttended: r.lastAttended, lapsed: r.lapse > 0, months: repeatMonths(r.kind), coming: await comingSessions(db, r.kind, now, 3) })),
  );
}
