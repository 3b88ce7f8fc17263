import type { Role } from "../../db/schema";
import type { MessageKey } from "~/i18n/catalog";

/**
 * The main menu: which roles see which page. The shell draws it, `homeFor` picks a landing page
 * from it, and the browser tests walk it, so a role can never land on a page outside its menu.
 */
export const NAV: { to: string; label: MessageKey; roles: Role[] }[] = [
  { to: "/mitt-lop", label: "nav.myPath", roles: ["leader"] },
  { to: "/ledere", label: "nav.leaders", roles: ["hr", "development_unit", "admin", "tol", "rlg"] },
  { to: "/ledere/ny", label: "nav.register", roles: ["hr", "admin"] },
  { to: "/ledere/import", label: "nav.import", roles: ["hr", "admin"] },
  { to: "/beredskap", label: "nav.readiness", roles: ["tol", "hr", "development_unit", "admin"] },
  { to: "/innforing", label: "nav.rollouts", roles: ["tol", "hr", "development_unit", "admin", "rlg"] },
  { to: "/kurs", label: "nav.sessions", roles: ["leader", "development_unit", "admin"] },
  { to: "/rapporter", label: "nav.reports", roles: ["hr", "tol", "development_unit", "admin", "rlg"] },
  { to: "/maler", label: "nav.templates", roles: ["admin", "hr"] },
  { to: "/personer", label: "nav.people", roles: ["admin"] },
  { to: "/organisasjon", label: "nav.organisation", roles: ["admin"] },
  { to: "/revisjon", label: "nav.audit", roles: ["admin"] },
  { to: "/postkasse", label: "nav.sentMail", roles: ["admin", "hr"] },
  { to: "/profil", label: "nav.profile", roles: ["leader", "hr", "tol", "development_unit", "admin"] },
];

/** The menu for these roles; in demo mode the mailbox is open to everyone. */
export function navFor(roles: readonly Role[], demo = false) {
  return NAV.filter((n) => n.roles.some((r) => roles.includes(r)) || (demo && n.to === "/postkasse"));
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
