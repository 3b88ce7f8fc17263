import type { Kysely } from "kysely";

/**
 * Each claim of an outbox row gets its own token. Sending, extending the lease and recording the
 * outcome all require the token still to be the row's: a worker whose lease ran out and was taken
 * over can then neither send the message again nor overwrite the new owner's result.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("outbox").addColumn("claim_token", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("outbox").dropColumn("claim_token").execute();
}
