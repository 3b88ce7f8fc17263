import { randomBytes } from "node:crypto";
import { isLocale, type Locale } from "~/i18n/locales";
import { ROLES, type Role } from "../../db/schema";

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
/** How long PostgreSQL may take to connect, or to answer one statement, before the request fails. */
export const databaseTimeoutMs = () => int("DATABASE_TIMEOUT_SECONDS", 15, 1) * 1000;

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

/** Sign-in through an OpenID provider (Entra ID): null unless issuer, client id and secret are all set. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The Entra ID tenant named in the issuer's path (`…/<tenant-id>/v2.0`); null for another provider. */
  tenantId: string | null;
  /** Which group (object id) gives which role; several groups may give one role. */
  groupRoles: { role: Role; group: string }[];
  /** How long a request to the provider may take before sign-in gives up with a message. */
  timeoutSeconds: number;
}

/** Roles a group may give. A TOL is made by leading a service area under «Organisasjon», not by a group. */
const GROUP_ROLES: readonly Role[] = ROLES.filter((r) => r !== "tol");

export function oidcSettings(): OidcSettings | null {
  const issuer = process.env.OIDC_ISSUER?.trim().replace(/\/+$/, "");
  const clientId = process.env.OIDC_CLIENT_ID?.trim();
  const clientSecret = process.env.OIDC_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  const url = new URL(issuer);
  const tenantId = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.exec(url.pathname.split("/")[1] ?? "")?.[0].toLowerCase() ?? null;
  return { issuer, clientId, clientSecret, tenantId, groupRoles: groupRoles(process.env.OIDC_GROUP_ROLES ?? ""), timeoutSeconds: int("OIDC_TIMEOUT_SECONDS", 5, 1) };
}

/** `hr:<group-id>,admin:<group-id>`; a mistake stops the server at start rather than giving wrong roles. */
function groupRoles(value: string): OidcSettings["groupRoles"] {
  return value
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const [role, group, extra] = entry.split(":").map((s) => s.trim());
      if (!GROUP_ROLES.includes(role as Role) || !group || extra !== undefined) {
        throw new Error(`OIDC_GROUP_ROLES: «${entry}» is not role:group-id with a role among ${GROUP_ROLES.join(", ")}`);
      }
      return { role: role as Role, group: group.toLowerCase() };
    });
}

/** `EMAIL_SIGN_IN=off` hides and refuses sign-in links by email (sign-in through the provider only). */
export const emailSignIn = () => process.env.EMAIL_SIGN_IN?.trim() !== "off";
/** The month (1–12) of the leader-agreement season: each leader's yearly agreement falls due at its end. */
export const agreementMonth = () => {
  const month = int("AGREEMENT_MONTH", 3, 1);
  return month <= 12 ? month : 3;
};
/** Months without a Lean leader forum, and without a theme hour, before a leader is nudged. */
export const repeatForumMonths = () => int("REPEAT_FORUM_MONTHS", 6, 1);
export const repeatThemeHourMonths = () => int("REPEAT_THEME_HOUR_MONTHS", 12, 1);
/** Days after a quarter's (or year's) end that its report is due; shown in the årshjul. */
export const reportDueDays = () => int("REPORT_DUE_DAYS", 20, 0);
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
