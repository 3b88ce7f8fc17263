import { translate, type Locale } from "../app/i18n/catalog";

export interface EmailMessage {
  subject: string;
  text: string;
  html: string;
}

/** The HTML escaping every email uses (privacy.server.ts relies on it to find names in sent mail). */
export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export interface EmailParts {
  locale: Locale;
  subject: string;
  name: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  after?: string[];
}

/**
 * Every email has the same frame: greeting, paragraphs, one call to action, sign-off.
 * The plain-text part carries the same words and the bare URL, for clients that show text.
 */
export function renderEmail({ locale, subject, name, paragraphs, action, after = [] }: EmailParts): EmailMessage {
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string>) => translate(locale, key, vars);
  const greeting = t("email.greeting", { name });
  const text = [
    greeting,
    "",
    ...paragraphs.flatMap((p) => [p, ""]),
    ...(action ? [`${action.label}: ${action.url}`, ""] : []),
    ...after.flatMap((p) => [p, ""]),
    t("email.signoff"),
    "",
    "-- ",
    t("email.footer"),
  ].join("\n");

  const p = (s: string) => `<p style="margin:0 0 16px">${escapeHtml(s)}</p>`;
  const button = action
    ? `<p style="margin:0 0 16px"><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#0062ba;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:600">${escapeHtml(action.label)}</a></p>` +
      `<p style="margin:0 0 16px;font-size:14px;color:#444">${escapeHtml(action.url)}</p>`
    : "";
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;padding:24px;background:#f4f5f6;font-family:Inter,Arial,sans-serif;color:#1e2b3c;line-height:1.5">
<div style="max-width:560px;margin:0 auto;background:#ffffff;padding:24px;border-radius:8px">
${p(greeting)}${paragraphs.map(p).join("")}${button}${after.map(p).join("")}${p(t("email.signoff"))}
<hr style="border:none;border-top:1px solid #d9dde3;margin:24px 0 12px"><p style="margin:0;font-size:13px;color:#555">${escapeHtml(t("email.footer"))}</p>
</div></body></html>`;
  return { subject, text, html };
}
