import * as z from "zod/mini";
import { EVIDENCE, RESPONSIBLE } from "../../db/schema";
import { checkbox, requiredText } from "./fields";

export const templateStepSchema = z.object({
  title: requiredText(160, 2),
  description: z.string().check(z.trim(), z.maxLength(2000, "validation.tooLong")),
  responsible: z.enum(RESPONSIBLE, "validation.choice"),
  offsetDays: z.coerce.number("validation.offset").check(z.int("validation.offset"), z.minimum(-730, "validation.offset"), z.maximum(730, "validation.offset")),
  evidence: z.enum(EVIDENCE, "validation.choice"),
  required: checkbox,
});

export type TemplateStepInput = z.output<typeof templateStepSchema>;
