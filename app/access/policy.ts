import type { Responsible, Role } from "../../db/schema";

/**
 * The access policy: every permission Lederløp knows, and which role holds it with what reach.
 * Route guards (`requirePermission`), the menu, and the models' checks and query scopes all ask
 * this one table, so a rule is changed in one place. Pure: safe to import from components.
 *
 * Reach: `any` is the whole municipality; `area` the service areas a TOL leads (their
 * `tolAreaIds`); `own` the person's own records.
 */
export type Reach = "any" | "area" | "own";

const TABLE = {
  /** «Mitt løp»: one's own paths. */
  "read:own-path": { leader: "own" },
  /** The leader list, a leader's page and their paths. */
  "read:leader": { hr: "any", development_unit: "any", admin: "any", rlg: "any", tol: "area" },
  /** Register new hires, one at a time or from a CSV file. */
  "create:leader": { hr: "any", admin: "any" },
  /** «Synk fra HR»: apply the HR system's export of employees (new, changed, moved, left). */
  "sync:hr": { hr: "any", admin: "any" },
  /** Change a person's details and roles, export or anonymise them («Personer»). */
  "manage:person": { admin: "any" },
  /** «Beredskap»: a service area's leaders against the introduction path. */
  "read:team-readiness": { hr: "any", development_unit: "any", admin: "any", tol: "area" },
  /** «Innføring»: rollouts and their readiness. */
  "read:rollout": { hr: "any", development_unit: "any", admin: "any", rlg: "any", tol: "area" },
  /** Set or move a unit's rollout. */
  "manage:rollout": { admin: "any", tol: "area" },
  /** The courses page: a leader sees what fits their open steps, an organiser every course. */
  "read:course": { leader: "own", development_unit: "any", admin: "any" },
  /** Create, change and cancel courses; record attendance. */
  "organise:course": { development_unit: "any", admin: "any" },
  /** «Rapporter» and its CSV. */
  "read:report": { hr: "any", development_unit: "any", admin: "any", rlg: "any", tol: "area" },
  /** Reconstruct past periods' report packs from the history (they are marked as reconstructed). */
  "reconstruct:report": { admin: "any" },
  /** «Programmaler»: read the templates, and roll template changes out to running paths. */
  "read:template": { hr: "any", admin: "any" },
  "sync:template": { hr: "any", admin: "any" },
  /** Change a template's steps and reminder policies. */
  "edit:template": { admin: "any" },
  /** «Organisasjon»: service areas, their TOLs, units. */
  "manage:organisation": { admin: "any" },
  /** «Integrasjoner»: the bearer tokens of SCIM provisioning (create, revoke). */
  "manage:integration": { admin: "any" },
  /** «Revisjonslogg». */
  "read:audit": { admin: "any" },
  /** «Sendte e-poster», and sending a failed one again. */
  "read:outbox": { hr: "any", admin: "any" },
  "resend:outbox": { hr: "any", admin: "any" },
  /** «Min profil»: reminder mode, language and one's own calendar feed. */
  "edit:profile": { leader: "own", hr: "own", tol: "own", development_unit: "own", admin: "own", rlg: "own" },
  /** Record the steps a party is responsible for (the rådmann's office has no accounts: HR records those). */
  "record:hr-step": { hr: "any", admin: "any" },
  "record:development-step": { development_unit: "any", admin: "any" },
  "record:tol-step": { tol: "area", admin: "any" },
  /** Record any step at all, the leader's own too (an administrator's correction). */
  "record:any-step": { admin: "any" },
  /** A unit's Lean cycle (its page): TOLs their own areas' units, a leader their own unit. */
  "read:unit-cycle": { hr: "any", development_unit: "any", admin: "any", rlg: "any", tol: "area", leader: "own" },
  /** «Enheter»: the units' Lean work at a glance (a TOL their areas, the executive group by area). */
  "read:unit-overview": { hr: "any", development_unit: "any", admin: "any", rlg: "any", tol: "area" },
  /** Record the TOL's unit duties: the information meeting and the fishbone analysis. */
  "record:unit-cycle": { tol: "area", admin: "any" },
  /** Record a half-year revision: the TOL goes to Gemba, the development unit takes part. */
  "record:revision": { tol: "area", development_unit: "any", admin: "any" },
  /** The guidance contract, its extensions and the decision after the fishbone analysis. */
  "record:guidance": { development_unit: "any", admin: "any" },
  /** The fishbone analysis's categories (add, rename, reorder, retire): the development unit runs the analyses with the TOLs. */
  "edit:fishbone-category": { development_unit: "any", admin: "any" },
  /** Close or reopen a measure or follow-up: its owner, the area's TOL, an admin. */
  "update:measure": { leader: "own", hr: "own", development_unit: "own", rlg: "own", tol: "area", admin: "any" },
  /** «Årshjul»: the executive group's year (revisions, forums, rollouts, seasons, report deadlines); a TOL their areas'. */
  "read:arshjul": { rlg: "any", hr: "any", development_unit: "any", admin: "any", tol: "area" },
  /** Confirm attendance at a course (completes the linked steps as confirmed). */
  "record:attendance": { development_unit: "any", admin: "any" },
  /** «Kompetansetema»: the competence topics that leader agreements and sessions share. */
  "manage:competence-topic": { development_unit: "any", admin: "any" },
  /** Leader agreements on a leader's page and «Lederavtaler»; HR sees them for the suggestions. */
  "read:agreement": { hr: "any", rlg: "any", tol: "area", admin: "any" },
  /** Record or correct the yearly leader agreement of a leader in the TOL's areas (not of a TOL). */
  "record:agreement": { tol: "area", admin: "any" },
  /** Record or correct the agreement of a leader who is a TOL: the executive group's. */
  "record:tol-agreement": { rlg: "any", admin: "any" },
  /** «Repetisjon»: who has not attended a leader forum or theme hour for a while. */
  "read:repetition": { development_unit: "any", admin: "any" },
} as const satisfies Record<string, Partial<Record<Role, Reach>>>;

export type Permission = keyof typeof TABLE;

/** Who is asking, as far as the policy needs to know. */
export interface Actor {
  roles: readonly Role[];
  tolAreaIds?: readonly number[];
}

const WIDTH: Record<Reach, number> = { own: 1, area: 2, any: 3 };

/** The widest reach any of the actor's roles gives for this permission; null when none does. */
export function reach(actor: Actor | null | undefined, permission: Permission): Reach | null {
  let best: Reach | null = null;
  const grants: Partial<Record<Role, Reach>> = TABLE[permission];
  for (const role of actor?.roles ?? []) {
    const r = grants[role];
    if (r && (!best || WIDTH[r] > WIDTH[best])) best = r;
  }
  return best;
}

/** May the actor do this at all (somewhere)? */
export const can = (actor: Actor | null | undefined, permission: Permission) => reach(actor, permission) !== null;

/** May the actor do this for the whole municipality? */
export const canEverywhere = (actor: Actor | null | undefined, permission: Permission) => reach(actor, permission) === "any";

/** May the actor do this in this service area? */
export function canInArea(actor: Actor | null | undefined, permission: Permission, areaId: number | null): boolean {
  const r = reach(actor, permission);
  return r === "any" || (r === "area" && areaId !== null && (actor?.tolAreaIds ?? []).includes(areaId));
}

/**
 * The service areas this permission reaches, for a query's WHERE: null for all of them, else the
 * actor's own areas (empty when they have none).
 */
export function areaScope(actor: Actor, permission: Permission): readonly number[] | null {
  const r = reach(actor, permission);
  return r === "any" ? null : r === "area" ? (actor.tolAreaIds ?? []) : [];
}

/** The permission to record a step, by who is responsible for it (attendance is the organiser's). */
export function stepPermission(step: { responsible: Responsible; evidence: string }): Permission | "self" | "self-or-hr" {
  if (step.evidence === "attendance") return "record:attendance";
  switch (step.responsible) {
    case "leader":
      return "self";
    case "radmann":
      return "self-or-hr";
    case "hr":
      return "record:hr-step";
    case "development_unit":
      return "record:development-step";
    case "tol":
      return "record:tol-step";
  }
}
