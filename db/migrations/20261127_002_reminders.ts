import type { Kysely } from "kysely";
import { oneOf } from "./helpers";

/** Reminder policy per template step, reminder preference per person, and outbox idempotency. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("template_step").addColumn("remind_before_days", "integer", (c) => c.notNull().defaultTo(7)).execute();
  await db.schema.alterTable("template_step").addColumn("remind_on_due", "integer", (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable("template_step").addColumn("overdue_every_days", "integer", (c) => c.notNull().defaultTo(7)).execute();
  await db.schema.alterTable("template_step").addColumn("overdue_max", "integer", (c) => c.notNull().defaultTo(3)).execute();
  // Null: never escalate.
  await db.schema.alterTable("template_step").addColumn("escalate_after_days", "integer", (c) => c.defaultTo(14)).execute();

  await db.schema
    .alterTable("person")
    .addColumn("reminder_mode", "text", (c) => c.notNull().defaultTo("individual").check(oneOf("reminder_mode", ["individual", "daily"])))
    .execute();

  // One row per (recipient, step, kind, date): planning twice, or in two processes, adds nothing.
  await db.schema.alterTable("outbox").addColumn("dedupe_key", "text").execute();
  await db.schema.alterTable("outbox").addColumn("path_step_id", "integer", (c) => c.references("path_step.id").onDelete("set null")).execute();
  await db.schema.createIndex("outbox_dedupe_uq").on("outbox").column("dedupe_key").unique().execute();
  await db.schema.createIndex("outbox_created_ix").on("outbox").column("created_at").execute();

  // Open-step lookups for planning: steps by path, completions by step.
  await db.schema.createIndex("path_step_path_ix").on("path_step").column("path_id").execute();
  await db.schema.createIndex("path_person_ix").on("path").column("person_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const ix of ["path_person_ix", "path_step_path_ix", "outbox_created_ix", "outbox_dedupe_uq"]) await db.schema.dropIndex(ix).execute();
  for (const c of ["path_step_id", "dedupe_key"]) await db.schema.alterTable("outbox").dropColumn(c).execute();
  await db.schema.alterTable("person").dropColumn("reminder_mode").execute();
  for (const c of ["escalate_after_days", "overdue_max", "overdue_every_days", "remind_on_due", "remind_before_days"]) {
    await db.schema.alterTable("template_step").dropColumn(c).execute();
  }
}
