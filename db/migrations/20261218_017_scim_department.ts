import type { Kysely } from "kysely";

/**
 * SCIM's department as the directory sent it. Lederløp matches it to a unit, but answers with the
 * text it was given: answering with the unit's code instead made Entra ID see a difference, and
 * PATCH the user again, on every provisioning cycle.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("person").addColumn("department", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("person").dropColumn("department").execute();
}
