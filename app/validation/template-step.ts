import * as z from "zod/mini";
import { EVIDENCE, RESPONSIBLE } from "../../db/schema";
import { checkbox, idField, multilineText, requiredText } from "./fields";

const policyDays = z.coerce.number("validation.policy").check(z.int("validation.policy"), z.minimum(0, "validation.policy"), z.maximum(90, "validation.policy"));

/** A reminder policy's fields: a template step's, and a unit duty's («Påminnelser for enhetenes plikter»). */
export const policyShape = {
  remindBeforeDays: policyDays,
  remindOnDue: checkbox,
  overdueEveryDays: policyDays,
  overdueMax: z.coerce.number("validation.policy").check(z.int("validation.policy"), z.minimum(0, "validation.policy"), z.maximum(10, "validation.policy")),
  // Empty means «never escalate».
  escalateAfterDays: z.pipe(
    z.transform((v: unknown) => (v === "" || v === undefined || v === null ? null : Number(v))),
    z.nullable(z.number("validation.policy").check(z.int("validation.policy"), z.minimum(1, "validation.policy"), z.maximum(90, "validation.policy"))),
  ),
};

export const templateStepSchema = z.object({
  title: requiredText(160, 2),
  description: multilineText(2000),
  responsible: z.enum(RESPONSIBLE, "validation.choice"),
  offsetDays: z.coerce.number("validation.offset").check(z.int("validation.offset"), z.minimum(-730, "validation.offset"), z.maximum(730, "validation.offset")),
  evidence: z.enum(EVIDENCE, "validation.choice"),
  required: checkbox,
  ...policyShape,
});

export type TemplateStepInput = z.output<typeof templateStepSchema>;

/** Everything the template page posts: the step form (add or edit), the step buttons, and «sync». */
export const templateActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("sync") }),
  z.object({ intent: z.enum(["up", "down", "retire"]), stepId: idField("validation.required") }),
  z.extend(templateStepSchema, { intent: z.literal("add") }),
  z.extend(templateStepSchema, { intent: z.literal("edit"), stepId: idField("validation.required") }),
]);
