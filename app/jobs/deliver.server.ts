import type { Kysely } from "kysely";
import type { Transporter } from "nodemailer";
import { getDb, isPostgres } from "../../db/client.server";
import type { Database } from "../../db/schema";
import { isPermanentFailure, mailTransport, sendMail } from "~/utils/mail.server";

/** How long a claimed row is a worker's before another may take it over (a crash mid-send). */
export const leaseMs = () => Number(process.env.OUTBOX_LEASE_SECONDS || 120) * 1000;
export const MAX_ATTEMPTS = 8;

/** Capped exponential backoff with jitter: ~1, 2, 4 … minutes, at most an hour. */
export function retryDelayMs(attempt: number, random = Math.random): number {
  const base = Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

export interface DeliveryCounts {
  claimed: number;
  sent: number;
  retried: number;
  failed: number;
  cancelled: number;
}

/**
 * Claims due rows with a lease (so two workers never take the same row), sends them outside any
 * transaction, and records the outcome. A crash after the SMTP server accepted a message but
 * before `sent` is written repeats that one message once the lease runs out; none is lost.
 * A reminder whose step was completed (or whose person left) meanwhile is cancelled, not sent.
 */
export async function deliverOutbox({
  now = new Date(),
  transport = mailTransport(),
  db = getDb(),
  batch = 50,
}: { now?: Date; transport?: Transporter | null; db?: Kysely<Database>; batch?: number } = {}): Promise<DeliveryCounts> {
  const counts: DeliveryCounts = { claimed: 0, sent: 0, retried: 0, failed: 0, cancelled: 0 };
  if (!transport) return counts;
  const nowIso = now.toISOString();

  // One statement claims the batch. SQLite serialises writers; on PostgreSQL, workers running at
  // the same moment skip each other's locked rows instead of waiting and then claiming them too.
  const claimed = await db
    .updateTable("outbox")
    .set((eb) => ({
      status: "sending",
      lease_until: new Date(now.getTime() + leaseMs()).toISOString(),
      attempts: eb("attempts", "+", 1),
    }))
    .where("id", "in", (eb) =>
      eb
        .selectFrom("outbox")
        .select("id")
        .where((w) =>
          w.or([
            w.and([w("status", "=", "pending"), w("send_after", "<=", nowIso)]),
            w.and([w("status", "=", "sending"), w("lease_until", "<", nowIso)]),
          ]),
        )
        .orderBy("id")
        .limit(batch)
        .$if(isPostgres(db), (q) => q.forUpdate().skipLocked()),
    )
    .returning(["id", "to_address", "to_person_id", "subject", "text_body", "html_body", "attempts", "path_step_id", "calendar_method", "calendar"])
    .execute();
  counts.claimed = claimed.length;
  const stale = await closedReminders(db, claimed);

  const deliver = async (row: (typeof claimed)[number]) => {
    if (stale.has(row.id)) {
      await db.updateTable("outbox").set({ status: "cancelled", lease_until: null }).where("id", "=", row.id).execute();
      counts.cancelled++;
      return;
    }
    try {
      const calendar = row.calendar_method && row.calendar ? { method: row.calendar_method, content: row.calendar } : null;
      const { messageId } = await sendMail({ to: row.to_address, subject: row.subject, text: row.text_body, html: row.html_body, calendar }, transport);
      await db
        .updateTable("outbox")
        .set({ status: "sent", sent_at: nowIso, message_id: messageId, lease_until: null, last_error: null })
        .where("id", "=", row.id)
        .execute();
      counts.sent++;
    } catch (error) {
      const permanent = isPermanentFailure(error) || row.attempts >= MAX_ATTEMPTS;
      await db
        .updateTable("outbox")
        .set({
          status: permanent ? "failed" : "pending",
          lease_until: null,
          last_error: String((error as Error)?.message ?? error).slice(0, 500),
          send_after: new Date(now.getTime() + (permanent ? 0 : retryDelayMs(row.attempts))).toISOString(),
        })
        .where("id", "=", row.id)
        .execute();
      if (permanent) counts.failed++;
      else counts.retried++;
    }
  };

  // One send at a time, each marked before the next: a crash can then repeat at most one message.
  // (Three in flight measured ~2.6× the throughput, at the price of up to three repeats.)
  for (const row of claimed) await deliver(row);
  return counts;
}

/** Of the claimed reminders, those whose step is done, removed or retired, or whose recipient is inactive. */
async function closedReminders(db: Kysely<Database>, rows: { id: number; path_step_id: number | null; to_person_id: number | null }[]) {
  const stale = new Set<number>();
  const stepIds = [...new Set(rows.map((r) => r.path_step_id).filter((id): id is number => id !== null))];
  const personIds = [...new Set(rows.map((r) => r.to_person_id).filter((id): id is number => id !== null))];
  if (stepIds.length > 0) {
    const open = await db
      .selectFrom("path_step as s")
      .innerJoin("path", "path.id", "s.path_id")
      .innerJoin("person", "person.id", "path.person_id")
      .innerJoin("template_step as ts", "ts.id", "s.template_step_id")
      .leftJoin("step_completion as c", (j) => j.onRef("c.path_step_id", "=", "s.id").on("c.undone_at", "is", null))
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

let running: Promise<unknown> | null = null;

/** Starts a delivery pass after a commit without making the request wait for SMTP. */
export function kickDelivery(): void {
  if (running || !mailTransport()) return;
  running = deliverOutbox()
    .catch((error) => console.error("[outbox] delivery pass failed:", error))
    .finally(() => {
      running = null;
    });
}
