import { randomUUID } from "node:crypto";
import type { Updateable } from "kysely";
import type { Transporter } from "nodemailer";
import { getDb, isPostgres, type DB } from "../../db/client.server";
import type { OutboxTable } from "../../db/schema";
import { isPermanentFailure, mailTransport, sendMail } from "~/utils/mail.server";
import { osloDate } from "~/utils/dates";
import { openDuties } from "./unit-duties.server";
import { staleRecurring } from "./recurring.server";
import { currentCompletion } from "~/models/queries.server";
import { outboxLeaseMs } from "~/utils/env.server";

/** How long a claimed row is a worker's before another may take it over (a crash mid-send). */
export const leaseMs = outboxLeaseMs;
export const MAX_ATTEMPTS = 8;

/** Capped exponential backoff with jitter: ~1, 2, 4 … minutes, at most an hour. */
export function retryDelayMs(attempt: number, random = Math.random): number {
  const base = Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

/**
 * A clock that reads `start` now and runs at real speed from there: tests pin the start of a pass,
 * and leases still see the seconds a slow SMTP server takes.
 */
export function clockFrom(start?: Date): () => Date {
  if (!start) return () => new Date();
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

export interface DeliveryCounts {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  cancelled: number;
  /** Claimed, then taken over by another worker after the lease ran out before this one got to it. */
  overtaken: number;
}

// How long one message takes the relay, as seen lately: a batch is sized so that it is sent well
// within one lease (a slow relay gets small batches, a fast one up to `batch`).
let sendMs = 100;

/**
 * Claims due rows with a lease and a fresh claim token (so two workers never hold the same row),
 * sends them outside any transaction, and records the outcome. Before each send the worker renews
 * that row's lease, and every write is fenced by the token: a worker whose lease was taken over
 * can neither send the message again nor mark it. A crash after the SMTP server accepted a
 * message but before `sent` is written repeats that one message once the lease runs out; none is
 * lost. A reminder whose step was completed (or whose person left) meanwhile is cancelled.
 */
export async function deliverOutbox({
  now,
  clock = clockFrom(now),
  transport = mailTransport(),
  db = getDb(),
  batch = 50,
}: { now?: Date; clock?: () => Date; transport?: Transporter | null; db?: DB; batch?: number } = {}): Promise<DeliveryCounts> {
  const counts: DeliveryCounts = { claimed: 0, sent: 0, retried: 0, failed: 0, cancelled: 0, overtaken: 0 };
  if (!transport) return counts;
  const lease = leaseMs();
  const token = randomUUID();
  const claimedAt = clock();
  const size = Math.max(1, Math.min(batch, Math.floor(lease / 2 / Math.max(1, sendMs))));

  // One statement claims the batch. SQLite serialises writers; on PostgreSQL, workers running at
  // the same moment skip each other's locked rows instead of waiting and then claiming them too.
  const claimed = await db
    .updateTable("outbox")
    .set((eb) => ({
      status: "sending",
      lease_until: new Date(claimedAt.getTime() + lease).toISOString(),
      claim_token: token,
      attempts: eb("attempts", "+", 1),
    }))
    .where("id", "in", (eb) =>
      eb
        .selectFrom("outbox")
        .select("id")
        .where((w) =>
          w.or([
            w.and([w("status", "=", "pending"), w("send_after", "<=", claimedAt.toISOString())]),
            w.and([w("status", "=", "sending"), w("lease_until", "<", claimedAt.toISOString())]),
          ]),
        )
        .orderBy("id")
        .limit(size)
        .$if(isPostgres(db), (q) => q.forUpdate().skipLocked()),
    )
    .returning(["id", "to_address", "to_person_id", "subject", "text_body", "html_body", "attempts", "path_step_id", "dedupe_key", "calendar_method", "calendar"])
    .execute();
  counts.claimed = claimed.length;
  const stale = await closedReminders(db, claimed, claimedAt);

  /** Writes to the row only while this claim still holds it; false when another worker has taken it over. */
  const whileHeld = async (id: number, values: Updateable<OutboxTable>) => {
    const r = await db.updateTable("outbox").set(values).where("id", "=", id).where("claim_token", "=", token).where("status", "=", "sending").executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  };

  const deliver = async (row: (typeof claimed)[number]) => {
    if (stale.has(row.id)) {
      if (await whileHeld(row.id, { status: "cancelled", lease_until: null, claim_token: null })) counts.cancelled++;
      return;
    }
    // A full lease for this send, or nothing: the row may have waited in the batch past its lease.
    if (!(await whileHeld(row.id, { lease_until: new Date(clock().getTime() + lease).toISOString() }))) {
      counts.overtaken++;
      return;
    }
    const started = Date.now();
    try {
      const calendar = row.calendar_method && row.calendar ? { method: row.calendar_method, content: row.calendar } : null;
      const { messageId } = await sendMail({ to: row.to_address, subject: row.subject, text: row.text_body, html: row.html_body, calendar }, transport);
      sendMs = (sendMs * 3 + (Date.now() - started)) / 4;
      if (await whileHeld(row.id, { status: "sent", sent_at: clock().toISOString(), message_id: messageId, lease_until: null, claim_token: null, last_error: null })) counts.sent++;
      else counts.overtaken++;
    } catch (error) {
      const permanent = isPermanentFailure(error) || row.attempts >= MAX_ATTEMPTS;
      const recorded = await whileHeld(row.id, {
        status: permanent ? "failed" : "pending",
        lease_until: null,
        claim_token: null,
        last_error: String((error as Error)?.message ?? error).slice(0, 500),
        send_after: new Date(clock().getTime() + (permanent ? 0 : retryDelayMs(row.attempts))).toISOString(),
      });
      if (!recorded) counts.overtaken++;
      else if (permanent) counts.failed++;
      else counts.retried++;
    }
  };

  // One send at a time, each marked before the next: a crash can then repeat at most one message.
  // (Three in flight measured ~2.6× the throughput, at the price of up to three repeats.)
  for (const row of claimed) await deliver(row);
  return counts;
}

/** Of the claimed reminders, those whose step or unit duty is done, removed or retired, or whose recipient is inactive. */
async function closedReminders(db: DB, rows: { id: number; path_step_id: number | null; to_person_id: number | null; dedupe_key: string | null }[], now: Date) {
  const stale = new Set<number>();
  // A unit duty's reminder (key `u:<recipient>:<duty>:<kind>:<date>`) goes only while the duty is open.
  const duties = rows.filter((r) => r.dedupe_key?.startsWith("u:"));
  if (duties.length > 0) {
    const open = new Set((await openDuties(db, osloDate(now))).map((d) => d.key));
    for (const r of duties) if (!open.has(r.dedupe_key!.split(":").slice(2, -2).join(":"))) stale.add(r.id);
  }
  // A leader agreement's reminder goes only while it is unrecorded; a repetition nudge only while the lapse stands.
  const recurring = rows.filter((r) => r.dedupe_key?.startsWith("a:") || r.dedupe_key?.startsWith("rep:"));
  if (recurring.length > 0) {
    const closed = await staleRecurring(db, recurring.map((r) => r.dedupe_key!), now);
    for (const r of recurring) if (closed.has(r.dedupe_key!)) stale.add(r.id);
  }
  const stepIds = [...new Set(rows.map((r) => r.path_step_id).filter((id): id is number => id !== null))];
  const personIds = [...new Set(rows.map((r) => r.to_person_id).filter((id): id is number => id !== null))];
  if (stepIds.length > 0) {
    const open = await db
      .selectFrom("path_step as s")
      .innerJoin("path", "path.id", "s.path_id")
      .innerJoin("person", "person.id", "path.person_id")
      .innerJoin("template_step as ts", "ts.id", "s.template_step_id")
      .leftJoin("step_completion as c", currentCompletion("s.id"))
      .select("s.id")
      .where("s.id", "in", stepIds)
      .where("s.removed_at", "is", null)
      .where("c.id", "is", null)
      .where("person.active", "=", 1)
      .where("ts.retired_at", "is", null)
      .execute();
    const openIds = new Set(open.map((o) => o.id));
    for (const r of rows) if (r.path_step_id !== null && !openIds.has(r.path_step_id)) stale.add(r.id);
  }
  if (personIds.length > 0) {
    const active = new Set(
      (await db.selectFrom("person").select("id").where("id", "in", personIds).where("active", "=", 1).execute()).map((p) => p.id),
    );
    for (const r of rows) if (r.path_step_id !== null && r.to_person_id !== null && !active.has(r.to_person_id)) stale.add(r.id);
  }
  return stale;
}

let running: Promise<void> | null = null;
let again = false;

/**
 * Starts delivery after a commit without making the request wait for SMTP. A kick while a
 * delivery is running makes it go round once more, so mail enqueued meanwhile is not left for
 * the next scheduled pass (or for ever, with REMINDERS=off and no worker).
 */
export function kickDelivery(): void {
  if (!mailTransport()) return;
  again = true;
  if (running) return;
  running = (async () => {
    while (again) {
      again = false;
      while ((await deliverOutbox()).claimed > 0);
    }
  })()
    .catch((error) => console.error("[outbox] delivery pass failed:", error))
    .finally(() => {
      running = null;
    });
}

/** Resolves once the delivery `kickDelivery` started has finished: a command-line run waits for it before closing the database. */
export const deliveryDone = (): Promise<void> => running ?? Promise.resolve();
