import { getDb, transaction, type DB } from "../../db/client.server";
import { addDaysToDate, addMonthsToDate, osloDate } from "~/utils/dates";
import { retentionMonths } from "~/utils/env.server";
import { osloInstant } from "~/utils/oslo-instant";
import { audit } from "./audit.server";
import { HttpError } from "./http-error";
import { anonymisePerson } from "./privacy.server";
import type { SessionUser } from "./sign-in.server";
import { pageCount, pageOffset } from "./queries.server";

/**
 * Retention: someone who has left is anonymised `RETENTION_MONTHS` calendar months after the day
 * they left (Oslo dates), unless an administrator holds it back with a reason. The scheduled pass
 * does it; «Sletting» under «Personer» shows who is due soon and who is held.
 */

/** The date someone who left on `leftAt` (an instant) is anonymised: the same day `months` later in Oslo. */
export const retentionDueDate = (leftAt: string, months: number) => addMonthsToDate(osloDate(new Date(leftAt)), months);

/**
 * The instant before which someone must have left to be due on or before `date`: the start (in
 * Oslo) of the day after the last leaving day whose due date is still `date` or earlier. Month
 * ends make that day later than `date` minus the months (leaving on 29 Feb 2024 is due 28 Feb 2026).
 */
export function leftBeforeForDue(date: string, months: number): string {
  let last = addMonthsToDate(date, -months);
  while (addMonthsToDate(addDaysToDate(last, 1), months) <= date) last = addDaysToDate(last, 1);
  return osloInstant(addDaysToDate(last, 1), "00:00").toISOString();
}

/** Each pass anonymises at most this many, one transaction each; a backlog goes over the next passes. */
export const RETENTION_BATCH = 100;

/**
 * The scheduled pass's part: anonymises everyone due today who is not held and not yet anonymised.
 * Safe to run in several processes at once (each person is claimed in their own transaction).
 * Returns how many this call anonymised.
 */
export async function anonymiseDue({ now, db = getDb(), months = retentionMonths(), limit = RETENTION_BATCH }: { now: Date; db?: DB; months?: number; limit?: number }): Promise<number> {
  const leftBefore = leftBeforeForDue(osloDate(now), months);
  const due = await db
    .selectFrom("person")
    .select("id")
    .where("anonymised_at", "is", null)
    .where("retention_hold", "is", null)
    .where("active", "=", 0)
    .where("left_at", "<", leftBefore)
    .orderBy("left_at")
    .orderBy("id")
    .limit(limit)
    .execute();
  let anonymised = 0;
  for (const { id } of due) {
    try {
      if (await transaction((tx) => anonymisePerson({ personId: id, now, leftBefore, tx }), db)) anonymised++;
    } catch (error) {
      // One person's failure (rolled back, tried again next pass) must not stop the others.
      console.error(`[retention] anonymising person ${id} failed:`, error);
    }
  }
  return anonymised;
}

/** How far ahead «Sletting» looks. */
export const RETENTION_LOOKAHEAD_DAYS = 30;
const PAGE_SIZE = 50;

/**
 * For «Sletting»: those due within the next 30 days (and any the pass has not reached yet), by
 * due date, a page at a time; and everyone held, with the reason.
 */
export async function retentionOverview({ now = new Date(), page = 1, months = retentionMonths() }: { now?: Date; page?: number; months?: number } = {}) {
  const db = getDb();
  const today = osloDate(now);
  const until = addDaysToDate(today, RETENTION_LOOKAHEAD_DAYS);
  const leavers = db
    .selectFrom("person")
    .leftJoin("unit", "unit.id", "person.unit_id")
    .where("person.anonymised_at", "is", null)
    .where("person.active", "=", 0)
    .where("person.left_at", "is not", null);
  const due = leavers.where("person.retention_hold", "is", null).where("person.left_at", "<", leftBeforeForDue(until, months));
  const columns = ["person.id", "person.name", "unit.name as unitName", "person.left_at as leftAt", "person.retention_hold as hold"] as const;
  const [rows, count, held] = await Promise.all([
    due.select(columns).orderBy("person.left_at").orderBy("person.id").limit(PAGE_SIZE).offset(pageOffset(page, PAGE_SIZE)).execute(),
    due.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
    leavers.where("person.retention_hold", "is not", null).select(columns).orderBy("person.left_at").orderBy("person.id").execute(),
  ]);
  const view = (r: (typeof rows)[number]) => ({
    id: r.id,
    name: r.name,
    unitName: r.unitName,
    leftDate: osloDate(new Date(r.leftAt!)),
    dueDate: retentionDueDate(r.leftAt!, months),
    reason: r.hold,
  });
  const total = Number(count.n);
  return { today, until, months, due: rows.map(view), held: held.map(view), page, pages: pageCount(total, PAGE_SIZE), total };
}

/** For a person's admin page: when they left and are due, and any hold; null while they work here or once anonymised. */
export async function retentionOf({ personId, months = retentionMonths() }: { personId: number; months?: number }) {
  const p = await getDb().selectFrom("person").select(["left_at", "anonymised_at", "retention_hold"]).where("id", "=", personId).executeTakeFirst();
  if (!p?.left_at || p.anonymised_at) return null;
  return { leftDate: osloDate(new Date(p.left_at)), dueDate: retentionDueDate(p.left_at, months), reason: p.retention_hold };
}

/**
 * Holds back someone's anonymisation (a dispute, a legal hold) with the reason, or with `reason`
 * null releases the hold so the pass anonymises them when due; audited. Only for someone who has
 * left and is not anonymised yet (409 otherwise: the pass may just have done it).
 */
export async function setRetentionHold({ actor, personId, reason, now = new Date() }: { actor: SessionUser; personId: number; reason: string | null; now?: Date }) {
  await transaction(async (tx) => {
    const before = await tx.selectFrom("person").select(["retention_hold", "left_at", "anonymised_at"]).where("id", "=", personId).executeTakeFirst();
    if (!before) throw new HttpError(404);
    if (before.anonymised_at !== null || before.left_at === null) throw new HttpError(409);
    // Releasing what is not held (a form sent twice) changes nothing and is not audited.
    if (reason === null && before.retention_hold === null) return;
    // Re-checked in the update itself: the pass may claim the person between the read and here.
    const changed = await tx.updateTable("person").set({ retention_hold: reason }).where("id", "=", personId).where("anonymised_at", "is", null).executeTakeFirst();
    if (Number(changed.numUpdatedRows) === 0) throw new HttpError(409);
    await audit(tx, {
      actorId: actor.id,
      action: reason === null ? "person.retention.release" : "person.retention.hold",
      entity: "person",
      entityId: personId,
      before: { hold: before.retention_hold },
      after: { hold: reason },
      now,
    });
  });
}
