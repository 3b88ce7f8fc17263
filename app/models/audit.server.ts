import { getDb, type DB } from "../../db/client.server";
import { contains, pageCount, pageOffset, startsWith } from "./queries.server";


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
export async function audit(tx: DB, e: AuditEntry): Promise<void> {
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

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  entity?: string;
  action?: string;
  actor?: string;
  from?: string;
  to?: string;
  page?: number;
}

/** The audit log for admins, newest first, filtered by entity, action, actor (name or email) and dates. */
export async function listAudit(f: AuditFilters) {
  let q = getDb().selectFrom("audit_log").leftJoin("person as actor", "actor.id", "audit_log.actor_id");
  if (f.entity) q = q.where("audit_log.entity", "=", f.entity);
  const { action, actor } = f;
  if (action) q = q.where((eb) => startsWith(eb, "audit_log.action", action));
  if (actor) q = q.where((eb) => eb.or([contains(eb, "actor.name", actor), contains(eb, "actor.email", actor)]));
  if (f.from) q = q.where("audit_log.at", ">=", `${f.from}T00:00:00.000Z`);
  if (f.to) q = q.where("audit_log.at", "<=", `${f.to}T23:59:59.999Z`);
  const page = Math.max(1, f.page ?? 1);
  const [rows, count] = await Promise.all([
    q
      .select(["audit_log.id", "audit_log.at", "audit_log.action", "audit_log.entity", "audit_log.entity_id", "audit_log.before", "audit_log.after", "actor.name as actorName"])
      .orderBy("audit_log.id", "desc")
      .limit(AUDIT_PAGE_SIZE)
      .offset(pageOffset(page, AUDIT_PAGE_SIZE))
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  return { rows, page, pages: pageCount(Number(count.n), AUDIT_PAGE_SIZE), total: Number(count.n) };
}

export async function auditEntities() {
  return (await getDb().selectFrom("audit_log").select("entity").distinct().orderBy("entity").execute()).map((r) => r.entity);
}
