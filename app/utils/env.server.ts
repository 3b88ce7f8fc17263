import { randomBytes } from "node:crypto";
import { isLocale, type Locale } from "~/i18n/locales";

// Every setting Lederløp reads from the environment, and its default: the README's configuration
// table, in code. Read on each call (cheap) so tests and the CLI can set variables before use.

const int = (name: string, fallback: number, min = 0) => {
  const n = Number(process.env[name]?.trim() || fallback);
  return Number.isFinite(n) && n >= min ? Math.trunc(n) : fallback;
};

export const isProduction = () => process.env.NODE_ENV === "production";
export const isDemo = () => process.env.DEMO === "1" || process.env.DEMO === "true";
/** The installation's language for readers who have not chosen one (`DEFAULT_LOCALE=nb|nn|en`). */
export const defaultLocale = (): Locale => (isLocale(process.env.DEFAULT_LOCALE?.trim()) ? (process.env.DEFAULT_LOCALE!.trim() as Locale) : "nb");

export const port = () => int("PORT", 3000, 1);

export function appUrl(): string {
  return (process.env.APP_URL?.trim() || `http://localhost:${port()}`).replace(/\/+$/, "");
}

/** A SQLite file path (the default) or a `postgres://` URL. */
export const databaseUrl = () => process.env.DATABASE_URL?.trim() || undefined;
export const databasePoolSize = () => int("DATABASE_POOL_SIZE", 10, 1);

/** How many reverse proxies' forwarding headers to believe; 0 = none. */
export const trustProxyHops = () => int("TRUST_PROXY", 0);

/** Whether the web server runs the reminder scheduler itself (`REMINDERS=off`: a separate worker does). */
export const remindersInProcess = () => process.env.REMINDERS?.trim() !== "off";
/** When reminder passes run: a cron expression with seconds, in Europe/Oslo. */
export const remindersSchedule = () => process.env.REMINDERS_SCHEDULE?.trim() || "0 * * * * *";
/** How long a worker holds a claimed outbox row before another may take it over. */
export const outboxLeaseMs = () => int("OUTBOX_LEASE_SECONDS", 120, 1) * 1000;

/** The first administrator, created at start when there is none. */
export function initialAdmin(): { email: string; name: string } | null {
  const email = process.env.ADMIN_EMAIL?.trim().toLowerCase();
  return email ? { email, name: process.env.ADMIN_NAME?.trim() || email } : null;
}

let fallbackSecret: string | undefined;

/**
 * Cookie signing secrets, newest first (`SESSION_SECRET=new,old` rotates). Outside production
 * a random per-process secret keeps the demo and tests working; server.js refuses to start
 * production without one.
 */
export function sessionSecrets(): string[] {
  const secrets = (process.env.SESSION_SECRET ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (secrets.length > 0) return secrets;
  if (isProduction() && !isDemo()) throw new Error("SESSION_SECRET must be set in production");
  fallbackSecret ??= randomBytes(32).toString("hex");
  return [fallbackSecret];
}

export const smtpUrl = () => process.env.SMTP_URL?.trim() || undefined;
export const mailFrom = () => process.env.MAIL_FROM?.trim() || "Lederløp <lederlop@kommune.example>";

/** Months after someone has left before the scheduled pass anonymises them. */
export const retentionMonths = () => int("RETENTION_MONTHS", 24, 1);

/**
 * The municipality's own accessibility statement (on uustatus.no); null: the footer links to
 * Lederløp's page at /tilgjengelighet. Only an http(s) address, as it becomes a link on every page.
 */
export const accessibilityStatementUrl = () => {
  const url = process.env.ACCESSIBILITY_STATEMENT_URL?.trim();
  return url && /^https?:\/\/[^\s"<>]+$/i.test(url) ? url : null;
};
/** Where readers send feedback on accessibility: an email address, shown on /tilgjengelighet (a mailto link). */
export const accessibilityContact = () => {
  const email = process.env.ACCESSIBILITY_CONTACT?.trim();
  return email && /^[^\s@"<>]+@[^\s@"<>]+\.[^\s@"<>]+$/.test(email) ? email : null;
};
