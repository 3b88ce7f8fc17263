import { translate, type Locale, type MessageKey } from "../app/i18n/catalog";
import { daysBetween, formatDate, formatDateTime } from "../app/utils/dates";
import { renderEmail, type EmailMessage } from "./layout";

export interface AgreementReminderData {
  recipientName: string;
  leaderName: string;
  year: number;
  dueDate: string;
  today: string;
  kind: "before" | "due" | "overdue" | "escalation";
  url: string;
}

/** A leader's yearly agreement to record: to the recorder in the season, on its last day and after; escalated to the executive group. */
export function agreementReminderEmail(d: AgreementReminderData, locale: Locale): EmailMessage {
  const t = (key: MessageKey, vars?: Record<string, string | number>) => translate(locale, key, vars);
  const vars = { leader: d.leaderName, year: d.year, date: formatDate(d.dueDate, locale), days: Math.abs(daysBetween(d.today, d.dueDate)) };
  return renderEmail({
    locale,
    subject: t(`email.agreement.${d.kind}.subject` as MessageKey, vars),
    name: d.recipientName,
    paragraphs: [t(`email.agreement.${d.kind}.body` as MessageKey, vars), t("email.agreement.what")],
    action: { label: t("email.agreement.action"), url: d.url },
    after: d.kind === "escalation" ? [] : [t("email.reminder.settings")],
  });
}

export interface RepetitionNudgeData {
  name: string;
  kind: "leader_forum" | "theme_hour";
  months: number;
  /** The Oslo date last attended; null when never. */
  lastAttended: string | null;
  sessions: { title: string; startsAt: string; location: string; url: string }[];
  url: string;
}

/** A nudge to a leader who has gone `months` without a Lean leader forum (or theme hour), with the coming ones. */
export function repetitionNudgeEmail(d: RepetitionNudgeData, locale: Locale): EmailMessage {
  const t = (key: MessageKey, vars?: Record<string, string | number>) => translate(locale, key, vars);
  const kind = d.kind === "leader_forum" ? "forum" : "themeHour";
  const since = d.lastAttended
    ? t(`email.repetition.${kind}.since` as MessageKey, { date: formatDate(d.lastAttended, locale), months: d.months })
    : t(`email.repetition.${kind}.never` as MessageKey, { months: d.months });
  const coming = d.sessions.length
    ? `${t("email.repetition.coming")}\n${d.sessions.map((s) => `• ${s.title}, ${formatDateTime(s.startsAt, locale)}, ${s.location}\n  ${s.url}`).join("\n")}`
    : t("email.repetition.noneComing");
  return renderEmail({
    locale,
    subject: t(`email.repetition.${kind}.subject` as MessageKey),
    name: d.name,
    paragraphs: [since, coming],
    action: { label: t("email.repetition.action"), url: d.url },
  });
}
