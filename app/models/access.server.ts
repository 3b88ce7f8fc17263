import { sql, type ExpressionBuilder } from "kysely";
import type { Database, Responsible } from "../../db/schema";
import { can, canEverywhere, canInArea, stepPermission } from "~/access/policy";
import type { SessionUser } from "./sign-in.server";

/**
 * The policy's rules that need the database: the scope of leaders a user may see, as a WHERE on
 * `person`, so a record outside the asker's scope is simply not found (404); and who may record a
 * step. The table itself is in `~/access/policy`.
 */

/** A WHERE clause on `person` that keeps only the people this user may see: all, their areas' (and themself), or themself. */
export function visibleLeaders(u: SessionUser) {
  return (eb: ExpressionBuilder<Database, "person">) => {
    if (canEverywhere(u, "read:leader")) return sql<boolean>`1 = 1`;
    const self = eb("person.id", "=", u.id);
    if (!can(u, "read:leader") || u.tolAreaIds.length === 0) return self;
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
  if (can(u, "record:any-step")) return true;
  const needs = stepPermission(s);
  if (needs === "self") return u.id === s.personId;
  if (needs === "self-or-hr") return u.id === s.personId || can(u, "record:hr-step");
  return canInArea(u, needs, s.areaId);
}

/** A completion recorded by anyone but the leader themself counts as confirmed. */
export const isConfirmedBy = (u: SessionUser, personId: number) => u.id !== personId;
