import * as z from "zod/mini";
import { UNIT_DUTIES } from "../../db/schema";
import { policyShape } from "./template-step";

/** One unit duty's reminder policy: the same fields and rules as a template step's. */
export const unitDutyPolicySchema = z.object({
  duty: z.enum(UNIT_DUTIES, "validation.choice"),
  ...policyShape,
});

export type UnitDutyPolicyInput = z.output<typeof unitDutyPolicySchema>;
