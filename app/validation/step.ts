import * as z from "zod/mini";
import { idField, multilineText, pastDate } from "./fields";

/** Ticking a step off (with its evidence) or taking the tick back. */
export const stepActionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("complete"),
    stepId: idField("validation.required"),
    evidenceDate: pastDate,
    note: z.optional(multilineText(2000, "validation.noteTooLong")),
  }),
  z.object({ intent: z.literal("undo"), stepId: idField("validation.required") }),
]);

export type StepActionInput = z.output<typeof stepActionSchema>;
