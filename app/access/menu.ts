import type { Role } from "../../db/schema";
import type { MessageKey } from "~/i18n/catalog";
import { can, type Permission } from "./policy";

/**
 * The main menu: each page and the permission that shows it, so the menu and the page's guard ask
 * the same policy. The shell draws it, `homeFor` picks a landing page from it, and the browser
 * tests walk it, so a role can never land on a page outside its menu.
 */
export const NAV: { to: string; label: MessageKey; permission: Permission }[] = [
  { to: "/mitt-lop", label: "nav.myPath", permission: "read:own-path" },
  { to: "/ledere", label: "nav.leaders", permission: "read:leader" },
  { to: "/ledere/ny", label: "nav.register", permission: "create:leader" },
  { to: "/ledere/import", label: "nav.import", permission: "create:leader" },
  { to: "/ledere/synk", label: "nav.hrSync", permission: "sync:hr" },
  { to: "/beredskap", label: "nav.readiness", permission: "read:team-readiness" },
  { to: "/innforing", label: "nav.rollouts", permission: "read:rollout" },
  { to: "/enheter", label: "nav.units", permission: "read:unit-overview" },
  { to: "/lederavtaler", label: "nav.agreements", permission: "read:agreement" },
  { to: "/kurs", label: "nav.sessions", permission: "read:course" },
  { to: "/kompetanse", label: "nav.topics", permission: "manage:competence-topic" },
  { to: "/repetisjon", label: "nav.repetition", permission: "read:repetition" },
  { to: "/arshjul", label: "nav.arshjul", permission: "read:arshjul" },
  { to: "/rapporter", label: "nav.reports", permission: "read:report" },
  { to: "/maler", label: "nav.templates", permission: "read:template" },
  { to: "/personer", label: "nav.people", permission: "manage:person" },
  { to: "/organisasjon", label: "nav.organisation", permission: "manage:organisation" },
  { to: "/integrasjoner", label: "nav.integrations", permission: "manage:integration" },
  { to: "/revisjon", label: "nav.audit", permission: "read:audit" },
  { to: "/postkasse", label: "nav.sentMail", permission: "read:outbox" },
  { to: "/profil", label: "nav.profile", permission: "edit:profile" },
];

/** The menu for these roles; in demo mode the mailbox is open to everyone. */
export function navFor(roles: readonly Role[], demo = false) {
  return NAV.filter((n) => can({ roles }, n.permission) || (demo && n.to === "/postkasse"));
}

/** Each role's home, in order of precedence for people with several roles. */
const HOMES: [Role, string][] = [
  ["hr", "/ledere"],
  ["development_unit", "/ledere"],
  ["tol", "/beredskap"],
  ["admin", "/ledere"],
  ["rlg", "/innforing"],
  ["leader", "/mitt-lop"],
];

/** Where a user lands after signing in: the page their main role works on (always in their menu). */
export function homeFor(user: { roles: readonly Role[] }): string {
  return HOMES.find(([role]) => user.roles.includes(role))?.[1] ?? "/mitt-lop";
}
