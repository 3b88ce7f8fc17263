import type { EmailMessage } from "../../emails/layout";
import { getDb } from "../../db/client.server";
import type { OutboxStatus } from "../../db/schema";
import type { Tx } from "./audit.server";

/**
 * Writes a message to the outbox inside the caller's transaction (the transactional outbox):
 * the mail exists exactly when the change that caused it was committed. Delivery happens later,
 * outside any transaction.
 */
export async function enqueueMail(
  tx: Tx,
  m: { kind: string; to: { id: number | null; email: string }; message: EmailMessage; now: Date; sendAfter?: Date },
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
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export const OUTBOX_PAGE_SIZE = 50;

export async function listOutbox({ to, page = 1 }: { to?: string; page?: number }) {
  let q = getDb().selectFrom("outbox");
  if (to) q = q.where("to_address", "like", `%${to.toLowerCase().replace(/[%_\\]/g, "")}%`);
  const [rows, count] = await Promise.all([
    q
      .select(["id", "kind", "to_address", "subject", "created_at", "status", "sent_at", "attempts"])
      .orderBy("id", "desc")
      .limit(OUTBOX_PAGE_SIZE)
      .offset((page - 1) * OUTBOX_PAGE_SIZE)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function getOutboxMessage(id: number) {
  return getDb().selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirst();
}

export type { OutboxStatus };
