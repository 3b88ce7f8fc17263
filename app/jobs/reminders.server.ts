import { getDb, type DB } from "../../db/client.server";
import type { Responsible } from "../../db/schema";
import { stepListEmail } from "../../emails/digest";
import { reminderEmail } from "../../emails/reminder";
import type { EmailMessage } from "../../emails/layout";
import { isLocale, translate, type Locale } from "~/i18n/catalog";
import { addDaysToDate, osloDate } from "~/utils/dates";
import { appUrl } from "~/utils/env.server";
import { DEFAULT_POLICY, dueEvents, remindableDueDates, type ReminderEvent } from "./reminder-schedule";
import { isWorkingDay, osloMorning } from "./workdays";
import { currentCompletion } from "~/models/queries.server";
import { dutyPolicies } from "~/models/unit-duty-policy.server";
import { dutyUrl, openDuties, type OpenDuty } from "./unit-duties.server";
import { agreementUrl, openAgreements } from "./recurring.server";
import { agreementReminderEmail } from "../../emails/agreement";
import { agreementRemindBefore } from "~/utils/agreement-season";
import { seasonOf } from "~/models/recurring-queries.server";


/**
 * Times one stage of a pass under its name. The benchmark passes one to see where a pass's time
 * goes; a pass on its own just runs the stage.
 */
export type Stopwatch = <T>(stage: string, work: () => Promise<T>) => Promise<T>;
export const untimed: Stopwatch = (_stage, work) => work();

export interface Recipient {
  id: number;
  name: string;
  email: string;
  locale: string;
  reminder_mode: string;
}

export interface PlannedMail {
  key: string;
  kind: string;
  to: Recipient;
  pathStepId: number | null;
  sendAfter: Date;
  render: () => EmailMessage;
}

export const localeOf = (r: Recipient): Locale => (isLocale(r.locale) ? r.locale : "nb");

/** Where a recipient does the step: the leader on «Mitt løp», everyone else on the leader's page. */
export const stepUrl = (recipientId: number, personId: number, stepId: number) =>
  recipientId === personId ? `${appUrl()}/mitt-lop#steg-${stepId}` : `${appUrl()}/ledere/${personId}#steg-${stepId}`;

/**
 * Open steps with everything planning needs, in one query (bounded to due dates that can still
 * remind). `remindable` keeps only those whose policy can send something today (see
 * `remindableDueDates`): the reminder pass needs those, the weekly digest every open step.
 */
export async function openSteps(db: DB, today: string, { remindable = false }: { remindable?: boolean } = {}) {
  const windows = new Map<string, { from: string; to: string; ids: number[] }>();
  if (remindable) {
    const policies = await db
      .selectFrom("template_step")
      .select(["id", "remind_before_days", "remind_on_due", "overdue_every_days", "overdue_max", "escalate_after_days"])
      .where("retired_at", "is", null)
      .execute();
    for (const p of policies) {
      const w = remindableDueDates(p, today);
      if (!w) continue;
      const same = windows.get(`${w.from}:${w.to}`) ?? { ...w, ids: [] };
      same.ids.push(p.id);
      windows.set(`${w.from}:${w.to}`, same);
    }
    if (windows.size === 0) return [];
  }
  return db
    .selectFrom("path_step as s")
    .innerJoin("path", "path.id", "s.path_id")
    .innerJoin("person", "person.id", "path.person_id")
    .innerJoin("template_step as ts", "ts.id", "s.template_step_id")
    .leftJoin("unit", "unit.id", "person.unit_id")
    .leftJoin("service_area as area", "area.id", "unit.service_area_id")
    .leftJoin("step_completion as c", currentCompletion("s.id"))
    .select([
      "s.id",
      "s.title",
      "s.due_date",
      "s.responsible",
      "person.id as personId",
      "person.name as personName",
      "person.email as personEmail",
      "person.locale as personLocale",
      "person.reminder_mode as personMode",
      "area.tol_person_id as tolId",
      "area.id as areaId",
      "area.name as areaName",
      "ts.remind_before_days",
      "ts.remind_on_due",
      "ts.overdue_every_days",
      "ts.overdue_max",
      "ts.escalate_after_days",
    ])
    .where("s.removed_at", "is", null)
    .where("c.id", "is", null)
    .where("person.active", "=", 1)
    .where("ts.retired_at", "is", null)
    .where("s.due_date", "<=", addDaysToDate(today, 90))
    .$if(remindable, (q) =>
      q.where((eb) => eb.or([...windows.values()].map((w) => eb.and([eb("s.template_step_id", "in", w.ids), eb("s.due_date", ">=", w.from), eb("s.due_date", "<=", w.to)])))),
    )
    .execute();
}

const STAFF_ROLES = ["hr", "development_unit", "tol", "rlg"] as const;

/** Active people who hold a staff role (HR, development unit, TOL, RLG), by role and by id: the possible recipients besides the leader. */
export async function staff(db: DB) {
  const rows = await db
    .selectFrom("person")
    .leftJoin("person_role as r", "r.person_id", "person.id")
    .select(["person.id", "person.name", "person.email", "person.locale", "person.reminder_mode", "r.role"])
    .where("person.active", "=", 1)
    .where("r.role", "in", STAFF_ROLES)
    .execute();
  const byRole = new Map<string, Recipient[]>();
  const byId = new Map<number, Recipient>();
  for (const r of rows) {
    const recipient = { id: r.id, name: r.name, email: r.email, locale: r.locale, reminder_mode: r.reminder_mode };
    byId.set(r.id, recipient);
    if (r.role) byRole.set(r.role, [...(byRole.get(r.role) ?? []), recipient]);
  }
  return { byRole, byId };
}

/**
 * Works out today's reminders and escalations for every open step, and daily summaries for those
 * who chose them. Returns what should exist; `planReminders` writes what does not yet.
 */
export async function reminderPlan(db: DB, now: Date, time: Stopwatch = untimed): Promise<PlannedMail[]> {
  const today = osloDate(now);
  if (!isWorkingDay(today)) return [];
  const sendAfter = osloMorning(today);
  const [people, policies] = await Promise.all([staff(db), dutyPolicies(db)]);
  const planned: PlannedMail[] = [];
  const daily = new Map<number, { to: Recipient; items: { leader: string; step: string; due: string; url: string }[] }>();

  type Step = Awaited<ReturnType<typeof openSteps>>[number];
  const recipientsFor = (responsible: Responsible, s: Step): Recipient[] => {
    const leader = { id: s.personId, name: s.personName, email: s.personEmail, locale: s.personLocale, reminder_mode: s.personMode };
    switch (responsible) {
      // The rådmann's office has no accounts: the leader arranges the visit.
      case "leader":
      case "radmann":
        return [leader];
      case "hr":
      case "development_unit":
        return people.byRole.get(responsible) ?? [];
      case "tol": {
        const tol = s.tolId === null ? undefined : people.byId.get(s.tolId);
        return tol ? [tol] : [];
      }
    }
  };

  type Item = { leader: string; step: string; due: string; url: string };
  /** One reminder: a line in the recipient's daily summary if they chose one (an escalation always goes alone), else a mail of its own. */
  const remind = (to: Recipient, event: ReminderEvent, item: Item, mail: Pick<PlannedMail, "key" | "pathStepId" | "render">) => {
    if (to.reminder_mode === "daily" && event.kind !== "escalation") {
      const entry = daily.get(to.id) ?? { to, items: [] };
      entry.items.push(item);
      daily.set(to.id, entry);
      return;
    }
    planned.push({ ...mail, kind: `reminder_${event.kind}`, to, sendAfter });
  };

  const add = (to: Recipient, s: Step, event: ReminderEvent) => {
    const url = stepUrl(to.id, s.personId, s.id);
    remind(to, event, { leader: s.personName, step: s.title, due: s.due_date, url }, {
      key: `r:${to.id}:${s.id}:${event.kind}:${event.date}`,
      pathStepId: s.id,
      render: () =>
        reminderEmail(
          { recipientName: to.name, leaderName: s.personName, own: to.id === s.personId, stepTitle: s.title, dueDate: s.due_date, today, kind: event.kind, url },
          localeOf(to),
        ),
    });
  };

  await time("step reminders", async () => {
    for (const s of await openSteps(db, today, { remindable: true })) {
      const { reminder, escalation } = dueEvents(s.due_date, s, today);
      if (reminder) for (const to of recipientsFor(s.responsible, s)) add(to, s, reminder);
      // The TOL hears about a leader's overdue step; a TOL's own step is already theirs.
      if (escalation && s.responsible !== "tol") for (const to of recipientsFor("tol", s)) add(to, s, escalation);
    }
  });

  // The units' own duties, on the same working days as a step, each kind on its own policy (set
  // under «Programmaler», else the default):
  // the party responsible is reminded; an overdue duty of the development unit or a measure's
  // owner escalates to the area's TOL, an overdue duty of the TOL's own to the executive group.
  await time("unit duties", async () => {
    const duties = await openDuties(db, today);
    const ownerIds = [...new Set(duties.map((d) => d.ownerId).filter((id): id is number => id !== null && !people.byId.has(id)))];
    const owners = new Map(
      (ownerIds.length ? await db.selectFrom("person").select(["id", "name", "email", "locale", "reminder_mode"]).where("id", "in", ownerIds).where("active", "=", 1).execute() : []).map((p) => [p.id, p as Recipient]),
    );
    const tolOf = (d: OpenDuty) => (d.tolId === null ? [] : [people.byId.get(d.tolId)].filter((r): r is Recipient => !!r));
    for (const d of duties) {
      const { reminder, escalation } = dueEvents(d.due, policies[d.kind], today);
      const responsible =
        d.responsible === "tol" ? tolOf(d) : d.responsible === "development_unit" ? (people.byRole.get("development_unit") ?? []) : [people.byId.get(d.ownerId!) ?? owners.get(d.ownerId!)].filter((r): r is Recipient => !!r);
      const escalateTo = d.responsible === "tol" ? (people.byRole.get("rlg") ?? []) : tolOf(d);
      const url = dutyUrl(d.unitId);
      const send = (to: Recipient, event: ReminderEvent) => {
        const title = d.title(localeOf(to));
        remind(to, event, { leader: d.unitName, step: title, due: d.due, url }, {
          key: `u:${to.id}:${d.key}:${event.kind}:${event.date}`,
          pathStepId: null,
          render: () => reminderEmail({ recipientName: to.name, leaderName: d.unitName, own: false, unit: true, stepTitle: title, dueDate: d.due, today, kind: event.kind, url }, localeOf(to)),
        });
      };
      if (reminder) for (const to of responsible) send(to, reminder);
      if (escalation) for (const to of escalateTo) send(to, escalation);
    }
  });

  // Each leader's yearly agreement is a duty of whoever records it (the area's TOL, or the executive
  // group for a TOL): reminded from the season's first day, on its last and weekly after; two weeks
  // overdue, a TOL's escalates to the executive group, as their unit duties do.
  await time("agreements", async () => {
    // Every open agreement is the season's, with one due date and one policy: on most days none of
    // them has a reminder, and then the leaders need not be read at all.
    const season = seasonOf(today);
    const { reminder, escalation } = dueEvents(season.due, { ...DEFAULT_POLICY, remind_before_days: agreementRemindBefore(season) }, today);
    if (!reminder && !escalation) return;
    const rlg = people.byRole.get("rlg") ?? [];
    for (const a of await openAgreements(db, today)) {
      const tol = a.byRlg || a.tolId === null ? undefined : people.byId.get(a.tolId);
      const responsible = (a.byRlg ? rlg : tol ? [tol] : []).filter((r) => r.id !== a.personId);
      const escalateTo = a.byRlg ? [] : rlg.filter((r) => r.id !== a.personId);
      const url = agreementUrl(a.personId);
      const send = (to: Recipient, event: ReminderEvent) =>
        remind(to, event, { leader: a.personName, step: translate(localeOf(to), "agreement.duty", { year: a.year }), due: a.due, url }, {
          key: `a:${to.id}:${a.key}:${event.kind}:${event.date}`,
          pathStepId: null,
          render: () => agreementReminderEmail({ recipientName: to.name, leaderName: a.personName, year: a.year, dueDate: a.due, today, kind: event.kind, url }, localeOf(to)),
        });
      if (reminder) for (const to of responsible) send(to, reminder);
      if (escalation) for (const to of escalateTo) send(to, escalation);
    }
  });

  for (const { to, items } of daily.values()) {
    planned.push({
      key: `daily:${to.id}:${today}`,
      kind: "daily_summary",
      to,
      pathStepId: null,
      sendAfter,
      render: () => stepListEmail("daily", { name: to.name, steps: items, url: `${appUrl()}/`, today }, localeOf(to)),
    });
  }
  return planned;
}

/**
 * Writes the planned mail that is not in the outbox yet. The unique dedupe key makes this
 * idempotent: a second pass, or a second process at the same time, inserts nothing.
 */
export async function writePlanned(db: DB, plan: PlannedMail[], now: Date): Promise<number> {
  // The same order in every process, so two instances inserting the same keys at once wait for
  // each other in turn instead of deadlocking (PostgreSQL).
  const planned = [...plan].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let created = 0;
  for (let i = 0; i < planned.length; i += 500) {
    const chunk = planned.slice(i, i + 500);
    const existing = new Set(
      (await db.selectFrom("outbox").select("dedupe_key").where("dedupe_key", "in", chunk.map((p) => p.key)).execute()).map((r) => r.dedupe_key),
    );
    const fresh = chunk.filter((p) => !existing.has(p.key));
    if (fresh.length === 0) continue;
    const rows = fresh.map((p) => {
      const m = p.render();
      return {
        kind: p.kind,
        to_address: p.to.email,
        to_person_id: p.to.id,
        subject: m.subject,
        text_body: m.text,
        html_body: m.html,
        created_at: now.toISOString(),
        send_after: p.sendAfter.toISOString(),
        status: "pending" as const,
        dedupe_key: p.key,
        path_step_id: p.pathStepId,
      };
    });
    const result = await db
      .insertInto("outbox")
      .values(rows)
      .onConflict((oc) => oc.column("dedupe_key").doNothing())
      .executeTakeFirst();
    created += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return created;
}

export async function planReminders({ now = new Date(), db = getDb() }: { now?: Date; db?: DB } = {}): Promise<{ planned: number }> {
  return { planned: await writePlanned(db, await reminderPlan(db, now), now) };
}
