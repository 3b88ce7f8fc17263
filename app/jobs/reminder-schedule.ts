import { addDaysToDate, daysBetween } from "~/utils/dates";
import { nextWorkingDay } from "./workdays";

export type ReminderKind = "before" | "due" | "overdue" | "escalation";

export interface ReminderPolicy {
  remind_before_days: number;
  remind_on_due: number;
  overdue_every_days: number;
  overdue_max: number;
  escalate_after_days: number | null;
}

export const DEFAULT_POLICY: ReminderPolicy = {
  remind_before_days: 7,
  remind_on_due: 1,
  overdue_every_days: 7,
  overdue_max: 3,
  escalate_after_days: 14,
};

/** A missed reminder is still sent if the scheduler was down for up to this many days. */
export const GRACE_DAYS = 7;

export interface ReminderEvent {
  kind: ReminderKind;
  /** The working day it is sent on (nominal date moved past weekends and holidays). */
  date: string;
}

// A run of days without work (weekends, Easter's five) moves an event by less than this.
const LONGEST_SHIFT_DAYS = 14;

/**
 * The due dates for which a policy can have a reminder or an escalation today: from the first
 * event (the reminder before) to the last (the last overdue reminder or the escalation), moved to
 * a working day and sent up to GRACE_DAYS late. Wider than exact (`dueEvents` decides), so the
 * planner can leave the other steps in the database; null when the policy sends nothing.
 */
export function remindableDueDates(p: ReminderPolicy, today: string): { from: string; to: string } | null {
  const offsets = [
    ...(p.remind_before_days > 0 ? [-p.remind_before_days] : []),
    ...(p.remind_on_due ? [0] : []),
    ...(p.overdue_every_days > 0 && p.overdue_max > 0 ? [p.overdue_every_days, p.overdue_every_days * p.overdue_max] : []),
    ...(p.escalate_after_days !== null ? [p.escalate_after_days] : []),
  ];
  if (offsets.length === 0) return null;
  return { from: addDaysToDate(today, -Math.max(...offsets) - GRACE_DAYS - LONGEST_SHIFT_DAYS), to: addDaysToDate(today, -Math.min(...offsets)) };
}

/** Every reminder a step's policy asks for, in order, each moved to a working day. */
export function reminderSchedule(due: string, p: ReminderPolicy): ReminderEvent[] {
  const events: ReminderEvent[] = [];
  if (p.remind_before_days > 0) events.push({ kind: "before", date: addDaysToDate(due, -p.remind_before_days) });
  if (p.remind_on_due) events.push({ kind: "due", date: due });
  if (p.overdue_every_days > 0) {
    for (let n = 1; n <= p.overdue_max; n++) events.push({ kind: "overdue", date: addDaysToDate(due, n * p.overdue_every_days) });
  }
  if (p.escalate_after_days !== null) events.push({ kind: "escalation", date: addDaysToDate(due, p.escalate_after_days) });
  return events.map((e) => ({ ...e, date: nextWorkingDay(e.date) }));
}

/**
 * What to send today for one open step: the latest reminder to the responsible party whose day
 * has come (an earlier one that was missed is superseded, never sent late on top of it), and the
 * escalation if its day has come. Nothing older than GRACE_DAYS.
 */
export function dueEvents(due: string, p: ReminderPolicy, today: string): { reminder?: ReminderEvent; escalation?: ReminderEvent } {
  const fresh = (e: ReminderEvent) => e.date <= today && daysBetween(e.date, today) <= GRACE_DAYS;
  const all = reminderSchedule(due, p);
  const reminders = all.filter((e) => e.kind !== "escalation" && e.date <= today);
  const latest = reminders.at(-1);
  const escalation = all.find((e) => e.kind === "escalation");
  return {
    reminder: latest && fresh(latest) ? latest : undefined,
    escalation: escalation && fresh(escalation) ? escalation : undefined,
  };
}
