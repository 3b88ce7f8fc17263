import { sql, type ExpressionBuilder } from "kysely";
import type { Database, Responsible } from "../../db/schema";
import type { SessionUser } from "./auth.server";

/**
 * The access rules, in one place. Loaders and actions ask these; queries filter with
 * `visibleLeaders` so a record outside the asker's scope is simply not found (404).
 */

/** HR, the development unit, admins and the executive group (RLG) see the whole municipality. */
export const seesAllLeaders = (u: SessionUser) => u.roles.some((r) => r === "hr" || r === "development_unit" || r === "admin" || r === "rlg");

/** A WHERE clause on `person` that keeps only the people this user may see. */
export function visibleLeaders(u: SessionUser) {
  return (eb: ExpressionBuilder<Database, "person">) => {
    if (seesAllLeaders(u)) return sql<boolean>`1 = 1`;
    const self = eb("person.id", "=", u.id);
    if (!u.roles.includes("tol") || u.tolAreaIds.length === 0) return self;
    return eb.or([
      self,
      eb("person.unit_id", "in", eb.selectFrom("unit").select("unit.id").where("unit.service_area_id", "in", u.tolAreaIds)),
    ]);
  };
}

export interface StepContext {
  responsible: Responsible;
  evidence: string;
  personId: number;
  areaId: number | null;
}

/**
 * May this user record (or undo) this step? The rådmann's office has no accounts: HR records its
 * steps as confirmed, or the leader self-reports them. Attendance is the organiser's to confirm.
 */
export function canRecordStep(u: SessionUser, s: StepContext): boolean {
  if (u.roles.includes("admin")) return true;
  const self = u.id === s.personId;
  if (s.evidence === "attendance") return u.roles.includes("development_unit");
  switch (s.responsible) {
    case "leader":
      return self;
    case "radmann":
      return self || u.roles.includes("hr");
    case "hr":
      return u.roles.includes("hr");
    case "development_unit":
      return u.roles.includes("development_unit");
    case "tol":
      return u.roles.includes("tol") && s.areaId !== null && u.tolAreaIds.includes(s.areaId);
  }
}

/** A completion recorded by anyone but the leader themself counts as confirmed. */
export const isConfirmedBy = (u: SessionUser, personId: number) => u.id !== personId;
