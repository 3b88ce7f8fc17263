import type { Kysely } from "kysely";

/**
 * SCIM's userName (Entra ID sends the user principal name): what the provisioning service looks a
 * person up by. Kept lower-cased, so the unique index is case-insensitive on both engines, as
 * RFC 7643 says userName is.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("person").addColumn("user_name", "text").execute();
  await db.schema.createIndex("person_user_name_uq").on("person").column("user_name").unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("person_user_name_uq").execute();
  await db.schema.alterTable("person").dropColumn("user_name").execute();
}
