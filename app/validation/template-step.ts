import { z } from "zod";
import { EVIDENCE, RESPONSIBLE } from "../../db/schema";
import { checkbox, requiredText } from "./fields";

export const templateStepSchema = z.object({
  title: requiredText(160, 2),
  description: z.string().trim().max(2000, "validation.tooLong"),
  responsible: z.enum(RESPONSIBLE, "validation.choice"),
  offsetDays: z.coerce.number("validation.offset").int("validation.offset").min(-730, "validation.offset").max(730, "validation.offset"),
  evidence: z.enum(EVIDENCE, "validation.choice"),
  required: checkbox,
});

export type TemplateStepInput = z.output<typeof templateStepSchema>;
