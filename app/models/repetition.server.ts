import { getDb } from "../../db/client.server";
import { can } from "~/access/policy";
import { osloDate } from "~/utils/dates";
import { REPEAT_KINDS } from "~/utils/repetition-lapse";
import { comingSessions, repeatMonths, repetitionStatus } from "./recurring-queries.server";
import { HttpError } from "./http-error";
import type { SessionUser } from "./sign-in.server";

/**
 * Repetition as the pages show it: who has gone longer than the setting for a kind
 * (REPEAT_FORUM_MONTHS, REPEAT_THEME_HOUR_MONTHS) without it, and a leader's own record.
 */

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
