import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";

export type Tx = Kysely<Database>;

export interface AuditEntry {
  actorId: number | null;
  action: string;
  entity: string;
  entityId: number | string;
  before?: unknown;
  after?: unknown;
  now: Date;
}

/** Writes one audit row; call it inside the transaction that makes the change. */
export async function audit(tx: Tx, e: AuditEntry): Promise<void> {
  await tx
    .insertInto("audit_log")
    .values({
      at: e.now.toISOString(),
      actor_id: e.actorId,
      action: e.action,
      entity: e.entity,
      entity_id: String(e.entityId),
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
    })
    .execute();
}
