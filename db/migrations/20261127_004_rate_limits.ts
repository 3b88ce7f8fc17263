import type { Kysely } from "kysely";
import { notNull } from "./helpers";

/**
 * Rate-limit counters in the database, so every web instance behind a load balancer counts into
 * the same window. Keys are hashed (they contain addresses and email addresses).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("rate_limit")
    .addColumn("key_hash", "text", (c) => c.primaryKey())
    .addColumn("count", "integer", notNull)
    .addColumn("reset_at", "text", notNull)
    .execute();
  await db.schema.createIndex("rate_limit_reset_ix").on("rate_limit").column("reset_at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("rate_limit").execute();
}
