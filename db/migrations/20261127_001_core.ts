import { sql, type Kysely } from "kysely";
import { notNull, oneOf, withId } from "./helpers";

const ROLES = ["hr", "leader", "tol", "development_unit", "admin", "rlg"];
const RESPONSIBLE = ["leader", "hr", "radmann", "development_unit", "tol"];
const EVIDENCE = ["tick", "date", "note", "attendance"];

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable("service_area"))
    .addColumn("name", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", notNull)
    .execute();

  await withId(db, db.schema.createTable("unit"))
    .addColumn("service_area_id", "integer", (c) => c.notNull().references("service_area.id").onDelete("restrict"))
    .addColumn("name", "text", notNull)
    .addColumn("created_at", "text", notNull)
    .addUniqueConstraint("unit_area_name_uq", ["service_area_id", "name"])
    .execute();

  await withId(db, db.schema.createTable("person"))
    .addColumn("name", "text", notNull)
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("unit_id", "integer", (c) => c.references("unit.id").onDelete("set null"))
    .addColumn("position", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("start_date", "text")
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("locale", "text", (c) => c.notNull().defaultTo("nb"))
    .addColumn("created_at", "text", notNull)
    .addColumn("updated_at", "text", notNull)
    .addCheckConstraint("person_active_ck", sql`active in (0, 1)`)
    .addCheckConstraint("person_locale_ck", oneOf("locale", ["nb", "en"]))
    .addCheckConstraint("person_email_lower_ck", sql`email = lower(email)`)
    .execute();
  await db.schema.createIndex("person_unit_ix").on("person").column("unit_id").execute();
  await db.schema.createIndex("person_name_ix").on("person").column("name").execute();

  // The TOL link is added after person exists so PostgreSQL can resolve the reference.
  await db.schema
    .alterTable("service_area")
    .addColumn("tol_person_id", "integer", (c) => c.references("person.id").onDelete("set null"))
    .execute();

  await db.schema
    .createTable("person_role")
    .addColumn("person_id", "integer", (c) => c.notNull().references("person.id").onDelete("cascade"))
    .addColumn("role", "text", notNull)
    .addPrimaryKeyConstraint("person_role_pk", ["person_id", "role"])
    .addCheckConstraint("person_role_ck", oneOf("role", ROLES))
    .execute();

  await withId(db, db.schema.createTable("programme_template"))
    .addColumn("key", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", notNull)
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("anchor", "text", notNull)
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_at", "text", notNull)
    .addCheckConstraint("template_anchor_ck", oneOf("anchor", ["start_date", "rollout_date"]))
    .execute();

  await withId(db, db.schema.createTable("template_step"))
    .addColumn("template_id", "integer", (c) => c.notNull().references("programme_template.id").onDelete("cascade"))
    .addColumn("position", "integer", notNull)
    .addColumn("title", "text", notNull)
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("responsible", "text", notNull)
    .addColumn("offset_days", "integer", notNull)
    .addColumn("evidence", "text", notNull)
    .addColumn("required", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("retired_at", "text")
    .addColumn("created_at", "text", notNull)
    .addColumn("updated_at", "text", notNull)
    .addCheckConstraint("template_step_responsible_ck", oneOf("responsible", RESPONSIBLE))
    .addCheckConstraint("template_step_evidence_ck", oneOf("evidence", EVIDENCE))
    .addCheckConstraint("template_step_offset_ck", sql`offset_days between -730 and 730`)
    .execute();
  await db.schema.createIndex("template_step_template_ix").on("template_step").columns(["template_id", "position"]).execute();

  await withId(db, db.schema.createTable("path"))
    .addColumn("person_id", "integer", (c) => c.notNull().references("person.id").onDelete("cascade"))
    .addColumn("template_id", "integer", (c) => c.notNull().references("programme_template.id").onDelete("restrict"))
    .addColumn("template_version", "integer", notNull)
    .addColumn("anchor_date", "text", notNull)
    .addColumn("created_at", "text", notNull)
    .addUniqueConstraint("path_person_template_uq", ["person_id", "template_id"])
    .execute();

  await withId(db, db.schema.createTable("path_step"))
    .addColumn("path_id", "integer", (c) => c.notNull().references("path.id").onDelete("cascade"))
    .addColumn("template_step_id", "integer", (c) => c.notNull().references("template_step.id").onDelete("restrict"))
    .addColumn("position", "integer", notNull)
    .addColumn("title", "text", notNull)
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("responsible", "text", notNull)
    .addColumn("evidence", "text", notNull)
    .addColumn("required", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("offset_days", "integer", notNull)
    .addColumn("due_date", "text", notNull)
    .addColumn("removed_at", "text")
    .addUniqueConstraint("path_step_uq", ["path_id", "template_step_id"])
    .addCheckConstraint("path_step_responsible_ck", oneOf("responsible", RESPONSIBLE))
    .addCheckConstraint("path_step_evidence_ck", oneOf("evidence", EVIDENCE))
    .execute();
  await db.schema.createIndex("path_step_due_ix").on("path_step").columns(["due_date"]).execute();

  await withId(db, db.schema.createTable("step_completion"))
    .addColumn("path_step_id", "integer", (c) => c.notNull().references("path_step.id").onDelete("cascade"))
    .addColumn("completed_by", "integer", (c) => c.references("person.id").onDelete("set null"))
    .addColumn("completed_at", "text", notNull)
    .addColumn("evidence_date", "text")
    .addColumn("evidence_note", "text")
    .addColumn("confirmed", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("undone_at", "text")
    .addColumn("undone_by", "integer", (c) => c.references("person.id").onDelete("set null"))
    .addCheckConstraint("step_completion_confirmed_ck", sql`confirmed in (0, 1)`)
    .execute();
  // At most one standing completion per step; undone ones stay as history.
  await db.schema
    .createIndex("step_completion_current_uq")
    .on("step_completion")
    .column("path_step_id")
    .unique()
    .where(sql.ref("undone_at"), "is", null)
    .execute();

  await withId(db, db.schema.createTable("audit_log"))
    .addColumn("at", "text", notNull)
    .addColumn("actor_id", "integer", (c) => c.references("person.id").onDelete("set null"))
    .addColumn("action", "text", notNull)
    .addColumn("entity", "text", notNull)
    .addColumn("entity_id", "text", notNull)
    .addColumn("before", "text")
    .addColumn("after", "text")
    .execute();
  await db.schema.createIndex("audit_entity_ix").on("audit_log").columns(["entity", "entity_id"]).execute();
  await db.schema.createIndex("audit_at_ix").on("audit_log").column("at").execute();

  await withId(db, db.schema.createTable("login_token"))
    .addColumn("person_id", "integer", (c) => c.notNull().references("person.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", notNull)
    .addColumn("expires_at", "text", notNull)
    .addColumn("used_at", "text")
    .execute();
  await db.schema.createIndex("login_token_person_ix").on("login_token").column("person_id").execute();

  await db.schema
    .createTable("session")
    .addColumn("id_hash", "text", (c) => c.primaryKey())
    .addColumn("person_id", "integer", (c) => c.notNull().references("person.id").onDelete("cascade"))
    .addColumn("created_at", "text", notNull)
    .addColumn("expires_at", "text", notNull)
    .execute();
  await db.schema.createIndex("session_person_ix").on("session").column("person_id").execute();

  await withId(db, db.schema.createTable("outbox"))
    .addColumn("kind", "text", notNull)
    .addColumn("to_address", "text", notNull)
    .addColumn("to_person_id", "integer", (c) => c.references("person.id").onDelete("set null"))
    .addColumn("subject", "text", notNull)
    .addColumn("text_body", "text", notNull)
    .addColumn("html_body", "text", notNull)
    .addColumn("created_at", "text", notNull)
    .addColumn("send_after", "text", notNull)
    .addColumn("status", "text", (c) => c.notNull().defaultTo("pending"))
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("lease_until", "text")
    .addColumn("sent_at", "text")
    .addColumn("message_id", "text")
    .addColumn("last_error", "text")
    .addCheckConstraint("outbox_status_ck", oneOf("status", ["pending", "sending", "sent", "failed", "cancelled"]))
    .execute();
  await db.schema.createIndex("outbox_due_ix").on("outbox").columns(["status", "send_after"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["outbox", "session", "login_token", "audit_log", "step_completion", "path_step", "path", "template_step", "programme_template", "person_role"]) {
    await db.schema.dropTable(t).execute();
  }
  await db.schema.alterTable("service_area").dropColumn("tol_person_id").execute();
  for (const t of ["person", "unit", "service_area"]) await db.schema.dropTable(t).execute();
}
