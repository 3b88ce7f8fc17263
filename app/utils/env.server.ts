import { randomBytes } from "node:crypto";
import { isLocale, type Locale } from "~/i18n/locales";

// Read on each call (cheap) so tests and the CLI can set variables before use.

export const isProduction = () => process.env.NODE_ENV === "production";
export const isDemo = () => process.env.DEMO === "1" || process.env.DEMO === "true";
/** The installation's language for readers who have not chosen one (`DEFAULT_LOCALE=nb|nn|en`). */
export const defaultLocale = (): Locale => (isLocale(process.env.DEFAULT_LOCALE?.trim()) ? (process.env.DEFAULT_LOCALE!.trim() as Locale) : "nb");

export function appUrl(): string {
  return (process.env.APP_URL?.trim() || `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, "");
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
