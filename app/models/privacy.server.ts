import { sql } from "kysely";
import { getDb, transaction, type DB } from "../../db/client.server";
import { escapeHtml } from "../../emails/layout";
import { translate } from "~/i18n/catalog";
import { audit } from "./audit.server";
import type { SessionUser } from "./sign-in.server";
import { HttpError } from "./http-error";
import { escapeLike } from "./queries.server";

/** Everything Lederløp stores about one person, for a data subject access request (GDPR art. 15). */
export async function exportPerson(personId: number) {
  const db = getDb();
  const person = await db.selectFrom("person").selectAll().where("id", "=", personId).executeTakeFirst();
  if (!person) throw new HttpError(404);
  const [roles, unit, paths, steps, completions, signups, mail, auditRows, sessions, feeds] = await Promise.all([
    db.selectFrom("person_role").select("role").where("person_id", "=", personId).execute(),
    person.unit_id === null
      ? null
      : db.selectFrom("unit").innerJoin("service_area as a", "a.id", "unit.service_area_id").select(["unit.name as unit", "a.name as serviceArea"]).where("unit.id", "=", person.unit_id).executeTakeFirst(),
    db.selectFrom("path").innerJoin("programme_template as t", "t.id", "path.template_id").select(["path.id", "t.name as programme", "path.template_version", "path.anchor_date", "path.created_at"]).where("path.person_id", "=", personId).execute(),
    db.selectFrom("path_step as s").innerJoin("path", "path.id", "s.path_id").select(["s.id", "s.path_id", "s.title", "s.responsible", "s.due_date", "s.removed_at"]).where("path.person_id", "=", personId).execute(),
    db
      .selectFrom("step_completion as c")
      .innerJoin("path_step as s", "s.id", "c.path_step_id")
      .innerJoin("path", "path.id", "s.path_id")
      .select(["c.id", "c.path_step_id", "c.completed_at", "c.completed_by", "c.evidence_date", "c.evidence_note", "c.confirmed", "c.undone_at", "c.undone_by"])
      .where((eb) => eb.or([eb("path.person_id", "=", personId), eb("c.completed_by", "=", personId)]))
      .execute(),
    db.selectFrom("session_signup as su").innerJoin("training_session as ts", "ts.id", "su.session_id").select(["ts.title", "ts.starts_at", "su.status", "su.created_at", "su.attended_at"]).where("su.person_id", "=", personId).execute(),
    db.selectFrom("outbox").select(["id", "kind", "to_address", "subject", "text_body", "created_at", "status", "sent_at"]).where("to_person_id", "=", personId).execute(),
    db
      .selectFrom("audit_log")
      .selectAll()
      .where((eb) => eb.or([eb("actor_id", "=", personId), eb.and([eb("entity", "=", "person"), eb("entity_id", "=", String(personId))])]))
      .execute(),
    db.selectFrom("session").select(["created_at", "expires_at"]).where("person_id", "=", personId).execute(),
    db.selectFrom("calendar_feed").select(["created_at", "last_used_at", "revoked_at"]).where("person_id", "=", personId).execute(),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    person,
    roles: roles.map((r) => r.role),
    unit,
    paths: paths.map((p) => ({ ...p, steps: steps.filter((s) => s.path_id === p.id) })),
    completions,
    trainingSessions: signups,
    email: mail,
    auditLog: auditRows,
    signInSessions: sessions,
    calendarFeeds: feeds,
  };
}

/**
 * Anonymises someone who has left: their name, email and position are replaced, their notes
 * removed, and every copy of name and address in mail and the audit log rewritten; the numbers
 * (paths, completions, attendance) stay for statistics. Sessions, sign-in links and calendar feeds end.
 *
 * The admin's «Anonymiser» passes an `actor`; the scheduled retention pass passes none, and
 * `leftBefore`: then only someone who left before that instant and is not held. The first
 * statement claims the person (sets `anonymised_at` where it is still null), so of two passes at
 * once the second waits for the first's row lock and then finds nothing to do. Returns whether
 * this call anonymised them; 404 when there is no such person.
 */
export async function anonymisePerson({
  actor = null,
  personId,
  now = new Date(),
  leftBefore,
  tx,
}: {
  actor?: SessionUser | null;
  personId: number;
  now?: Date;
  leftBefore?: string;
  tx?: DB;
}): Promise<boolean> {
  if (!tx) return transaction((t) => anonymisePerson({ actor, personId, now, leftBefore, tx: t }));
  const stamp = now.toISOString();
  let claim = tx.updateTable("person").set({ anonymised_at: stamp, retention_hold: null }).where("id", "=", personId).where("anonymised_at", "is", null);
  if (leftBefore !== undefined) claim = claim.where("retention_hold", "is", null).where("active", "=", 0).where("left_at", "<", leftBefore);
  if (Number((await claim.executeTakeFirst()).numUpdatedRows) === 0) {
    if (!(await tx.selectFrom("person").select("id").where("id", "=", personId).executeTakeFirst())) throw new HttpError(404);
    return false;
  }
  const p = await tx.selectFrom("person").select(["id", "name", "email", "employee_number", "external_id", "user_name"]).where("id", "=", personId).executeTakeFirstOrThrow();
  const name = translate("nb", "privacy.anonymisedName", { id: p.id });
  const email = `anonymisert-${p.id}@anonymisert.invalid`;
  // An admin may anonymise someone still active: from now they have left, too.
  await tx
    .updateTable("person")
    // The keys other systems know them by go too: a number or object id points at a person as well as a name does.
    .set({ name, email, position: "", active: 0, employee_number: null, external_id: null, user_name: null, department: null, left_at: sql<string>`coalesce(left_at, ${stamp})`, updated_at: stamp })
    .where("id", "=", personId)
    .execute();
  await tx.deleteFrom("person_identity").where("person_id", "=", personId).execute();
  await tx.deleteFrom("session").where("person_id", "=", personId).execute();
  await tx.deleteFrom("login_token").where("person_id", "=", personId).execute();
  await tx.deleteFrom("calendar_feed").where("person_id", "=", personId).execute();
  const notes = await tx
    .selectFrom("step_completion as c")
    .innerJoin("path_step as s", "s.id", "c.path_step_id")
    .innerJoin("path", "path.id", "s.path_id")
    .select("c.evidence_note")
    .where("path.person_id", "=", personId)
    .where("c.evidence_note", "is not", null)
    .execute();
  await tx
    .updateTable("step_completion")
    .set({ evidence_note: null })
    .where("path_step_id", "in", (eb) => eb.selectFrom("path_step as s").innerJoin("path", "path.id", "s.path_id").select("s.id").where("path.person_id", "=", personId))
    .execute();
  // Mail to them is theirs alone: its content goes. Mail to others keeps its text, without them.
  const removed = "[fjernet ved anonymisering]";
  await tx.updateTable("outbox").set({ to_address: email, subject: removed, text_body: removed, html_body: removed }).where("to_person_id", "=", personId).execute();
  // The audit rows about the person keep what changed, not who they were.
  const rows = await tx.selectFrom("audit_log").select(["id", "before", "after"]).where("entity", "=", "person").where("entity_id", "=", String(personId)).execute();
  const redact = (json: string | null) => {
    if (!json) return json;
    const value = JSON.parse(json) as Record<string, unknown>;
    for (const key of ["name", "email", "position", "employeeNumber", "externalId", "userName"]) if (key in value) value[key] = removed;
    return JSON.stringify(value);
  };
  for (const r of rows) await tx.updateTable("audit_log").set({ before: redact(r.before), after: redact(r.after) }).where("id", "=", r.id).execute();
  // Copies of the name, address and notes anywhere else (also URL-encoded and HTML-escaped).
  const pairs: [string, string][] = [
    [p.email, email],
    [encodeURIComponent(p.email), encodeURIComponent(email)],
    [p.name, name],
    [escapeHtml(p.name), name],
    ...[p.user_name, p.external_id].filter((v): v is string => !!v && v !== p.email).map((v): [string, string] => [v, removed]),
    ...notes.map((n): [string, string] => [n.evidence_note!, removed]),
    ...notes.map((n): [string, string] => [JSON.stringify(n.evidence_note).slice(1, -1), removed]),
  ];
  for (const [from, to] of pairs) {
    const like = `%${escapeLike(from)}%`;
    for (const column of ["to_address", "subject", "text_body", "html_body"] as const) {
      await tx
        .updateTable("outbox")
        .set({ [column]: sql<string>`replace(${sql.ref(column)}, ${from}, ${to})` })
        .where(sql.ref(column), "like", sql<string>`${like} escape '\\'`)
        .execute();
    }
    for (const column of ["before", "after"] as const) {
      await tx
        .updateTable("audit_log")
        .set({ [column]: sql<string>`replace(${sql.ref(column)}, ${from}, ${to})` })
        .where(sql.ref(column), "like", sql<string>`${like} escape '\\'`)
        .execute();
    }
  }
  await audit(tx, { actorId: actor?.id ?? null, action: "person.anonymise", entity: "person", entityId: personId, after: { reason: actor ? "admin" : "retention" }, now });
  return true;
}
