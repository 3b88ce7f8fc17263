import { translate, type Locale, type MessageKey } from "../app/i18n/catalog";
import { daysBetween, formatDate } from "../app/utils/dates";
import { renderEmail, type EmailMessage } from "./layout";

export interface ReminderData {
  recipientName: string;
  /** The leader whose path the step is in; the same as the recipient for the leader's own steps. */
  leaderName: string;
  own: boolean;
  /** A unit's duty (meeting, analysis, revision, measure) rather than a step in a leader's path: `leaderName` is then the unit. */
  unit?: boolean;
  stepTitle: string;
  dueDate: string;
  today: string;
  kind: "before" | "due" | "overdue" | "escalation";
  url: string;
}

/** One reminder about one step: before, on or after its due date, or the escalation to the TOL. */
export function reminderEmail(d: ReminderData, locale: Locale): EmailMessage {
  const t = (key: MessageKey, vars?: Record<string, string | number>) => translate(locale, key, vars);
  const vars = { step: d.stepTitle, leader: d.leaderName, date: formatDate(d.dueDate, locale), days: Math.abs(daysBetween(d.today, d.dueDate)) };
  const who = d.unit ? "unit" : d.own ? "own" : "other";
  const subjectKey = `email.reminder.${d.kind}.subject` as MessageKey;
  const bodyKey = (d.kind === "escalation" ? (d.unit ? "email.reminder.escalation.unit" : "email.reminder.escalation.body") : `email.reminder.${d.kind}.${who}`) as MessageKey;
  return renderEmail({
    locale,
    subject: t(subjectKey, vars),
    name: d.recipientName,
    paragraphs: [t(bodyKey, vars)],
    action: { label: t(d.unit ? "email.reminder.action.unit" : d.own ? "email.reminder.action.own" : "email.reminder.action.other"), url: d.url },
    after: [t("email.reminder.settings")],
  });
}
