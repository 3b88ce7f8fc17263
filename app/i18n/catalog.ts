import { accessibility } from "./accessibility";
import { arshjul } from "./arshjul";
import { audit } from "./audit";
import { courses } from "./courses";
import { email } from "./email.server";
import { errors } from "./errors";
import { format, type Vars } from "./format";
import { hrSync } from "./hr-sync";
import { importLeaders } from "./import";
import { integrations } from "./integrations";
import { leaders } from "./leaders";
import type { Catalog, Locale } from "./locales";
import { nav } from "./nav";
import { organisation } from "./organisation";
import { outbox } from "./outbox";
import { path } from "./path";
import { periodReports } from "./period-reports";
import { people } from "./people";
import { profile } from "./profile";
import { readiness } from "./readiness";
import { recurring } from "./recurring";
import { recurringEmail } from "./recurring-email.server";
import { reports } from "./reports";
import { retention } from "./retention";
import { rollouts } from "./rollouts";
import { signIn } from "./sign-in";
import { templates } from "./templates";
import { unitCycle } from "./unit-cycle";
import { validation } from "./validation";

export { LOCALES, isLocale, type Locale } from "./locales";
export type { Vars } from "./format";

/**
 * The whole catalog, one file per feature, for the server: emails, refusal pages and the root
 * loader (which sends the browser only the reader's locale, and only what the page needs; see
 * messages.server.ts). Browser code imports types from here, never values.
 */
export const FEATURES = {
  nav, signIn, path, leaders, people, profile, readiness, rollouts, courses, templates, organisation, audit, outbox,
  reports, periodReports, importLeaders, unitCycle, hrSync, integrations, validation, errors, email, retention, accessibility, arshjul, recurring, recurringEmail,
} satisfies Record<string, Catalog>;

const catalog = { ...nav, ...signIn, ...path, ...leaders, ...people, ...profile, ...readiness, ...rollouts, ...courses, ...templates,
  ...organisation, ...audit, ...outbox, ...reports, ...periodReports, ...importLeaders, ...unitCycle, ...hrSync, ...integrations, ...validation, ...errors, ...email,
  ...retention, ...accessibility, ...arshjul, ...recurring, ...recurringEmail };

export type MessageKey = keyof typeof catalog;
export const MESSAGE_KEYS = Object.keys(catalog) as MessageKey[];

export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  return format(locale, catalog[key][locale], vars);
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === "string" && Object.hasOwn(catalog, value);
}
