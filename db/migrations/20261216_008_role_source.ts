import { sql, type Kysely } from "kysely";

/**
 * Sign-in through Entra ID: where a role came from, so a role mapped from the person's groups can be
 * taken away at a later sign-in while a role granted in Lederløp stays; and the ID token of a
 * session opened through the provider, kept with the session (server-side) for its end-session
 * request at sign-out.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("person_role")
    .addColumn("source", "text", (c) => c.notNull().defaultTo("lederlop").check(sql`source in ('lederlop', 'groups')`))
    .execute();
  await db.schema.alterTable("session").addColumn("id_token", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("session").dropColumn("id_token").execute();
  await db.schema.alterTable("person_role").dropColumn("source").execute();
}
