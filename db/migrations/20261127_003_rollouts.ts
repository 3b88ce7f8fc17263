import { sql, type Kysely } from "kysely";
import { notNull, oneOf, withId } from "./helpers";

/** Unit rollouts, training sessions with sign-up and waiting list, and calendar parts on mail. */
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable("rollout"))
    .addColumn("unit_id", "integer", (c) => c.notNull().unique().references("unit.id").onDelete("cascade"))
    .addColumn("start_date", "text", notNull)
    // The guidance period agreed in the guidance contract, in months from the start.
    .addColumn("guidance_months", "integer", (c) => c.notNull().defaultTo(6))
    .addColumn("created_at", "text", notNull)
    .addColumn("updated_at", "text", notNull)
    .addCheckConstraint("rollout_guidance_ck", sql`guidance_months between 0 and 36`)
    .execute();

  await withId(db, db.schema.createTable("training_session"))
    .addColumn("title", "text", notNull)
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("starts_at", "text", notNull)
    .addColumn("ends_at", "text", notNull)
    .addColumn("location", "text", notNull)
    .addColumn("capacity", "integer", notNull)
    .addColumn("organiser_id", "integer", (c) => c.references("person.id").onDelete("set null"))
    // Bumped on every change, so calendars replace the event (iCalendar SEQUENCE).
    .addColumn("sequence", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("cancelled_at", "text")
    .addColumn("created_at", "text", notNull)
    .addColumn("updated_at", "text", notNull)
    .addCheckConstraint("session_capacity_ck", sql`capacity between 1 and 1000`)
    .addCheckConstraint("session_time_ck", sql`ends_at > starts_at`)
    .execute();
  await db.schema.createIndex("training_session_start_ix").on("training_session").column("starts_at").execute();

  await db.schema
    .createTable("session_step")
    .addColumn("session_id", "integer", (c) => c.notNull().references("training_session.id").onDelete("cascade"))
    .addColumn("template_step_id", "integer", (c) => c.notNull().references("template_step.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("session_step_pk", ["session_id", "template_step_id"])
    .execute();
  await db.schema.createIndex("session_step_step_ix").on("session_step").column("template_step_id").execute();

  await withId(db, db.schema.createTable("session_signup"))
    .addColumn("session_id", "integer", (c) => c.notNull().references("training_session.id").onDelete("cascade"))
    .addColumn("person_id", "integer", (c) => c.notNull().references("person.id").onDelete("cascade"))
    .addColumn("status", "text", notNull)
    .addColumn("created_at", "text", notNull)
    .addColumn("updated_at", "text", notNull)
    .addColumn("attended_at", "text")
    .addUniqueConstraint("session_signup_uq", ["session_id", "person_id"])
    .addCheckConstraint("session_signup_status_ck", oneOf("status", ["confirmed", "waitlist", "cancelled"]))
    .execute();
  await db.schema.createIndex("session_signup_person_ix").on("session_signup").column("person_id").execute();

  await db.schema.alterTable("outbox").addColumn("calendar_method", "text").execute();
  await db.schema.alterTable("outbox").addColumn("calendar", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const c of ["calendar", "calendar_method"]) await db.schema.alterTable("outbox").dropColumn(c).execute();
  for (const t of ["session_signup", "session_step", "training_session", "rollout"]) await db.schema.dropTable(t).execute();
}
