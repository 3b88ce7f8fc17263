import { translate, type Locale } from "../app/i18n/catalog";
import { formatDate } from "../app/utils/dates";
import { renderEmail, type EmailMessage } from "./layout";

export interface WelcomeData {
  name: string;
  position: string;
  /** Null when the person has no unit yet (provisioned from a department Lederløp does not know). */
  unit: string | null;
  firstDue: string;
  signInUrl: string;
}

export function welcomeEmail(data: WelcomeData, locale: Locale): EmailMessage {
  return renderEmail({
    locale,
    subject: translate(locale, "email.welcome.subject"),
    name: data.name,
    paragraphs: [
      data.unit === null
        ? translate(locale, "email.welcome.bodyNoUnit", { position: data.position, firstDue: formatDate(data.firstDue, locale) })
        : translate(locale, "email.welcome.body", { position: data.position, unit: data.unit, firstDue: formatDate(data.firstDue, locale) }),
      translate(locale, "email.welcome.how"),
    ],
    action: { label: translate(locale, "email.welcome.action"), url: data.signInUrl },
  });
}
