import { translate, type Locale } from "../app/i18n/catalog";
import { renderEmail, type EmailMessage } from "./layout";

export function signInEmail(data: { name: string; url: string }, locale: Locale): EmailMessage {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  return renderEmail({
    locale,
    subject: t("email.signin.subject"),
    name: data.name,
    paragraphs: [t("email.signin.body")],
    action: { label: t("email.signin.action"), url: data.url },
    after: [t("email.signin.ignore")],
  });
}
