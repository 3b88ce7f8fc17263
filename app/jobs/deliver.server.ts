import type { Transporter } from "nodemailer";
import { getDb } from "../../db/client.server";
import { isPermanentFailure, mailTransport, sendMail } from "~/utils/mail.server";

export const LEASE_MS = 2 * 60 * 1000;
export const MAX_ATTEMPTS = 8;

/** Capped exponential backoff with jitter: ~1, 2, 4 … minutes, at most an hour. */
export function retryDelayMs(attempt: number, random = Math.random): number {
  const base = Math.min(60 * 60_000, 60_000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

/**
 * Claims due rows with a lease (so two workers never take the same row), sends them outside any
 * transaction, and records the outcome. A crash after the SMTP server accepted a message but
 * before `sent` is written repeats that one message once the lease runs out; none is lost.
 */
export async function deliverOutbox({
  now = new Date(),
  transport = mailTransport(),
  batch = 50,
}: { now?: Date; transport?: Transporter | null; batch?: number } = {}): Promise<{ sent: number; retried: number; failed: number }> {
  const counts = { sent: 0, retried: 0, failed: 0 };
  if (!transport) return counts;
  const db = getDb();
  const nowIso = now.toISOString();

  const claimed = await db
    .updateTable("outbox")
    .set((eb) => ({
      status: "sending",
      lease_until: new Date(now.getTime() + LEASE_MS).toISOString(),
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
        .limit(batch),
    )
    .returning(["id", "to_address", "subject", "text_body", "html_body", "attempts"])
    .execute();

  for (const row of claimed) {
    try {
      const { messageId } = await sendMail(
        { to: row.to_address, subject: row.subject, text: row.text_body, html: row.html_body },
        transport,
      );
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
  }
  return counts;
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
