import type { Kysely } from "kysely";
import { notNull, oneOf, withId } from "./helpers";

/**
 * Obligations that recur for every leader, not only new ones: the yearly leader agreement
 * (lederavtale) with the competence needs discussed, and repetition through the Lean leader forum
 * and theme hours. The development unit keeps the list of competence topics; a course session may
 * be a leader forum or a theme hour and may carry a topic, which is how needs become suggestions.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable("competence_topic"))
    .addColumn("name", "text", (c) => c.notNull().unique())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("position", "integer", notNull)
    .addColumn("retired_at", "text")
    .addColumn("created_at", "text", notNull)
    .execute();

  // 'course' is what every session was until now: the training programme's steps.
  await db.schema
    .alterTable("training_session")
    .addColumn("kind", "text", (c) => c.notNull().defaultTo("course").check(oneOf("kind", ["course", "leader_forum", "theme_hour"])))
    .execute();
  await db.schema
    .alterTable("training_session")
    .addColumn("topic_id", "integer", (c) => c.references("competence_topic.id").onDelete("set null"))
    .execute();

  // One agreement per leader and year; `year` is the agreement year (the season it belongs to),
  // which need not be the calendar year of `held_on` when a season's agreement is held late.
  await withId(db, db.schema.createTable("leader_agreement"))
    .addColumn("person_id", "integer", (c) => c.notNull().references("person.id").onDelete("cascade"))
    .addColumn("year", "integer", notNull)
    .addColumn("held_on", "text", notNull)
    .addColumn("needs", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("recorded_by", "integer", (c) => c.references("person.id").onDelete("set null"))
    .addColumn("recorded_at", "text", notNull)
    .addColumn("updated_at", "text", notNull)
    .addUniqueConstraint("leader_agreement_person_year_uq", ["person_id", "year"])
    .execute();
  await db.schema.createIndex("leader_agreement_held_ix").on("leader_agreement").column("held_on").execute();

  await db.schema
    .createTable("leader_agreement_topic")
    .addColumn("agreement_id", "integer", (c) => c.notNull().references("leader_agreement.id").onDelete("cascade"))
    .addColumn("topic_id", "integer", (c) => c.notNull().references("competence_topic.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("leader_agreement_topic_pk", ["agreement_id", "topic_id"])
    .execute();
  await db.schema.createIndex("training_session_kind_ix").on("training_session").columns(["kind", "starts_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("training_session_kind_ix").execute();
  await db.schema.dropTable("leader_agreement_topic").execute();
  await db.schema.dropTable("leader_agreement").execute();
  await db.schema.alterTable("training_session").dropColumn("topic_id").execute();
  await db.schema.alterTable("training_session").dropColumn("kind").execute();
  await db.schema.dropTable("competence_topic").execute();
}
