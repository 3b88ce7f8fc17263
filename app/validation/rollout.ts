import * as z from "zod/mini";
import { idField, nearDate } from "./fields";

export const rolloutSchema = z.object({
  unitId: idField("validation.unit"),
  startDate: nearDate,
  guidanceMonths: z.coerce.number("validation.guidance").check(z.int("validation.guidance"), z.minimum(0, "validation.guidance"), z.maximum(36, "validation.guidance")),
});

export type RolloutInput = z.output<typeof rolloutSchema>;
