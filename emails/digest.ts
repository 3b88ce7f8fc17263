import { translate, type Locale, type MessageKey } from "../app/i18n/catalog";
import { formatDate } from "../app/utils/dates";
import { renderEmail, type EmailMessage } from "./layout";


interface Section {
  title: string;
  lines: string[];
}

function sections(list: Section[]): string[] {
  return list.filter((s) => s.lines.length > 0).map((s) => `${s.title}\n${s.lines.map((l) => `• ${l}`).join("\n")}`);
}

export interface TolDigestData {
  name: string;
  area: string;
  behind: { leader: string; overdue: number }[];
  fellOverdue: { leader: string; step: string; due: string }[];
  completed: { leader: string; step: string }[];
  unitDuties: { unit: string; duty: string; due: string }[];
  /** Leaders whose yearly agreement the TOL has yet to record this season. */
  agreements?: { leader: string; due: string }[];
  url: string;
}

/** Monday's overview for a TOL: who is behind, what fell overdue, what was completed, which units' duties are overdue. */
export function tolDigestEmail(d: TolDigestData, locale: Locale): EmailMessage {
  const t = (key: MessageKey, vars?: Record<string, string | number>) => translate(locale, key, vars);
  return renderEmail({
    locale,
    subject: t("email.digest.tol.subject", { area: d.area }),
    name: d.name,
    paragraphs: [
      t("email.digest.tol.intro", { area: d.area }),
      ...sections([
        { title: t("email.digest.tol.behind"), lines: d.behind.map((b) => t("email.digest.tol.behindLine", { leader: b.leader, count: b.overdue })) },
        { title: t("email.digest.tol.fellOverdue"), lines: d.fellOverdue.map((f) => `${f.leader}: ${f.step} (${formatDate(f.due, locale)})`) },
        { title: t("email.digest.tol.completed"), lines: d.completed.map((c) => `${c.leader}: ${c.step}`) },
        { title: t("email.digest.tol.unitDuties"), lines: d.unitDuties.map((u) => `${u.unit}: ${u.duty} (${formatDate(u.due, locale)})`) },
        { title: t("email.digest.tol.agreements"), lines: (d.agreements ?? []).map((a) => t("email.digest.tol.agreementLine", { leader: a.leader, date: formatDate(a.due, locale) })) },
      ]),
    ],
    action: { label: t("email.digest.tol.action"), url: d.url },
  });
}

export interface StepListData {
  name: string;
  steps: { leader: string; step: string; due: string; url: string }[];
  url: string;
  today: string;
}

/** HR's weekly list of its own open steps, or anyone's daily summary of their due steps. */
export function stepListEmail(kind: "hr" | "daily", d: StepListData, locale: Locale): EmailMessage {
  const t = (key: MessageKey, vars?: Record<string, string | number>) => translate(locale, key, vars);
  const line = (s: StepListData["steps"][number]) =>
    `${s.leader}: ${s.step} – ${t(s.due < d.today ? "email.digest.overdueSince" : "email.digest.dueOn", { date: formatDate(s.due, locale) })}\n  ${s.url}`;
  return renderEmail({
    locale,
    subject: t(kind === "hr" ? "email.digest.hr.subject" : "email.digest.daily.subject", { count: d.steps.length }),
    name: d.name,
    paragraphs: [t(kind === "hr" ? "email.digest.hr.intro" : "email.digest.daily.intro"), d.steps.map(line).join("\n")],
    action: { label: t("email.digest.action"), url: d.url },
    after: kind === "daily" ? [t("email.reminder.settings")] : [],
  });
}
