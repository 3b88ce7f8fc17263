import type { EmailMessage } from "../../emails/layout";
import { getDb, onCommit, type DB } from "../../db/client.server";
import { kickDelivery } from "~/jobs/deliver.server";
import type { OutboxStatus } from "../../db/schema";
import { audit } from "./audit.server";
import { HttpError } from "./http-error";
import { contains, pageOffset } from "./queries.server";

/**
 * Writes a message to the outbox inside the caller's transaction (the transactional outbox):
 * the mail exists exactly when the change that caused it was committed. Delivery starts as soon
 * as that transaction commits (so no caller can forget it), outside any transaction.
 */
export async function enqueueMail(
  tx: DB,
  m: {
    kind: string;
    to: { id: number | null; email: string };
    message: EmailMessage;
    now: Date;
    sendAfter?: Date;
    calendar?: { method: "REQUEST" | "CANCEL"; content: string };
  },
): Promise<number> {
  const row = await tx
    .insertInto("outbox")
    .values({
      kind: m.kind,
      to_address: m.to.email,
      to_person_id: m.to.id,
      subject: m.message.subject,
      text_body: m.message.text,
      html_body: m.message.html,
      created_at: m.now.toISOString(),
      send_after: (m.sendAfter ?? m.now).toISOString(),
      status: "pending",
      calendar_method: m.calendar?.method ?? null,
      calendar: m.calendar?.content ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  onCommit(tx, kickDelivery);
  return row.id;
}

export const OUTBOX_PAGE_SIZE = 50;

export async function listOutbox({ to, status, page = 1 }: { to?: string; status?: OutboxStatus; page?: number }) {
  let q = getDb().selectFrom("outbox");
  if (to) q = q.where((eb) => contains(eb, "to_address", to));
  if (status) q = q.where("status", "=", status);
  const [rows, count] = await Promise.all([
    q
      .select(["id", "kind", "to_address", "subject", "created_at", "status", "sent_at", "attempts", "last_error", "send_after"])
      .orderBy("id", "desc")
      .limit(OUTBOX_PAGE_SIZE)
      .offset(pageOffset(page, OUTBOX_PAGE_SIZE))
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function getOutboxMessage(id: number) {
  return getDb().selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Puts a failed (or cancelled) message back in the queue; the next delivery pass sends it. */
export async function resendMail({ actorId, id, now = new Date() }: { actorId: number | null; id: number; now?: Date }) {
  return getDb()
    .transaction()
    .execute(async (tx) => {
      const row = await tx.selectFrom("outbox").select(["id", "status", "attempts"]).where("id", "=", id).executeTakeFirst();
      if (!row) throw new HttpError(404);
      if (row.status !== "failed" && row.status !== "cancelled") throw new HttpError(409);
      await tx
        .updateTable("outbox")
        .set({ status: "pending", send_after: now.toISOString(), lease_until: null, attempts: 0 })
        .where("id", "=", id)
        .execute();
      await audit(tx, { actorId, action: "outbox.resend", entity: "outbox", entityId: id, before: row, now });
    });
}

export type { OutboxStatus };
