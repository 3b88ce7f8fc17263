import type { Kysely } from "kysely";
import { notNull, withId } from "./helpers";

/**
 * Personal calendar feeds (the årshjul as an `.ics` subscription). The token in the feed's address
 * is kept only as its SHA-256, like the integration tokens; a person has at most one live feed, and
 * replacing or revoking one keeps the old row (revoked) for the record.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable("calendar_feed"))
    .addColumn("person_id", "integer", (c) => c.notNull().references("person.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", notNull)
    .addColumn("last_used_at", "text")
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema.createIndex("calendar_feed_person_ix").on("calendar_feed").columns(["person_id", "revoked_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("calendar_feed").execute();
}
