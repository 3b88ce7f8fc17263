import { translate, type Locale, type MessageKey } from "../app/i18n/catalog";
import { formatDateTime } from "../app/utils/dates";
import { renderEmail, type EmailMessage } from "./layout";

export type SessionMailKind = "confirmed" | "waitlist" | "promoted" | "changed" | "cancelled" | "session_cancelled";

export interface SessionMailData {
  name: string;
  title: string;
  startsAt: string;
  location: string;
  url: string;
}

/** Sign-up, waiting list, move-up, change and cancellation notices for a training session. */
export function sessionEmail(kind: SessionMailKind, d: SessionMailData, locale: Locale): EmailMessage {
  const t = (key: MessageKey, vars?: Record<string, string>) => translate(locale, key, vars);
  const vars = { title: d.title, when: formatDateTime(d.startsAt, locale), location: d.location };
  return renderEmail({
    locale,
    subject: t(`email.session.${kind}.subject` as MessageKey, vars),
    name: d.name,
    paragraphs: [t(`email.session.${kind}.body` as MessageKey, vars)],
    action: { label: t("email.session.action"), url: d.url },
    after: kind === "confirmed" || kind === "promoted" || kind === "changed" ? [t("email.session.calendar")] : [],
  });
}
