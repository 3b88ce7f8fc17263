import { randomUUID } from "node:crypto";
import nodemailer, { type Transporter } from "nodemailer";
import { appUrl, mailFrom, smtpUrl } from "./env.server";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** An iCalendar REQUEST or CANCEL, sent as the text/calendar part Outlook and others act on. */
  calendar?: { method: string; content: string } | null;
}

export type SendResult = { messageId: string };

let pooled: { url: string; transport: Transporter } | undefined;

/** One pooled transport per SMTP_URL; null when no SMTP server is configured (built-in outbox). */
export function mailTransport(url = smtpUrl()): Transporter | null {
  if (!url) return null;
  if (pooled?.url !== url) {
    pooled?.transport.close();
    pooled = {
      url,
      transport: nodemailer.createTransport({
        url,
        pool: true,
        maxConnections: 3,
        // Short timeouts: a hanging server must fail the attempt, not hold the worker.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      }),
    };
  }
  return pooled.transport;
}

export function closeMailTransport(): void {
  pooled?.transport.close();
  pooled = undefined;
}

/** The only place that talks SMTP. Never call it inside a database transaction. */
export async function sendMail(mail: OutgoingMail, transport: Transporter): Promise<SendResult> {
  const host = new URL(appUrl()).hostname || "lederlop.local";
  const info = await transport.sendMail({
    from: mailFrom(),
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    messageId: `<${randomUUID()}@${host}>`,
    headers: { "Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All" },
    ...(mail.calendar ? { icalEvent: { method: mail.calendar.method, filename: "invitation.ics", content: mail.calendar.content } } : {}),
  });
  return { messageId: info.messageId };
}

/** 5xx replies and rejected addresses will not improve by retrying; everything else might. */
export function isPermanentFailure(error: unknown): boolean {
  const e = error as { responseCode?: number; code?: string };
  if (typeof e?.responseCode === "number") return e.responseCode >= 500;
  return e?.code === "EENVELOPE";
}
