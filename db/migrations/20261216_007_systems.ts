import { sql, type Kysely } from "kysely";
import { notNull, withId } from "./helpers";

/**
 * People from the municipality's systems: the identity a person signs in with (Entra ID), the HR
 * system's employee number, SCIM's external id, a unit's code, when someone left and whether their
 * anonymisation is held, and the bearer tokens integrations authenticate with.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("person").addColumn("employee_number", "text").execute();
  await db.schema.alterTable("person").addColumn("external_id", "text").execute();
  await db.schema.alterTable("person").addColumn("left_at", "text").execute();
  await db.schema.alterTable("person").addColumn("anonymised_at", "text").execute();
  await db.schema.alterTable("person").addColumn("retention_hold", "text").execute();
  await db.schema.createIndex("person_employee_number_uq").on("person").column("employee_number").unique().execute();
  await db.schema.createIndex("person_external_id_uq").on("person").column("external_id").unique().execute();
  await db.schema.createIndex("person_left_at_ix").on("person").column("left_at").execute();
  // Someone deactivated before this migration left then, as far as anyone can tell now.
  await sql`update person set left_at = updated_at where active = 0`.execute(db);

  await db.schema.alterTable("unit").addColumn("code", "text").execute();
  await db.schema.createIndex("unit_code_uq").on("unit").column("code").unique().execute();

  // A person is bound to their provider identity once; later sign-ins never look at the address.
  await db.schema
    .createTable("person_identity")
    .addColumn("issuer", "text", notNull)
    .addColumn("subject", "text", notNull)
    .addColumn("person_id", "integer", (c) => c.notNull().references("person.id").onDelete("cascade"))
    .addColumn("created_at", "text", notNull)
    .addColumn("last_sign_in_at", "text")
    .addPrimaryKeyConstraint("person_identity_pk", ["issuer", "subject"])
    .execute();
  await db.schema.createIndex("person_identity_person_ix").on("person_identity").column("person_id").execute();

  await withId(db, db.schema.createTable("integration_token"))
    .addColumn("name", "text", notNull)
    .addColumn("scope", "text", notNull)
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_by", "integer", (c) => c.references("person.id").onDelete("set null"))
    .addColumn("created_at", "text", notNull)
    .addColumn("last_used_at", "text")
    .addColumn("revoked_at", "text")
    .addCheckConstraint("integration_token_scope_ck", sql`scope in ('scim')`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("integration_token").execute();
  await db.schema.dropTable("person_identity").execute();
  await db.schema.dropIndex("unit_code_uq").execute();
  await db.schema.alterTable("unit").dropColumn("code").execute();
  for (const ix of ["person_employee_number_uq", "person_external_id_uq", "person_left_at_ix"]) await db.schema.dropIndex(ix).execute();
  for (const c of ["employee_number", "external_id", "left_at", "anonymised_at", "retention_hold"]) await db.schema.alterTable("person").dropColumn(c).execute();
}
