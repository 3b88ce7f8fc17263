import * as z from "zod/mini";
import { idField } from "./fields";
import { addDaysToDate, isIsoDate, osloDate } from "~/utils/dates";

/**
 * A rollout date: up to two years ahead, or back to the action plan's adoption (28.05.18), so a
 * unit that rolled out before Lederløp was installed gets its real date and its history.
 */
const rolloutDate = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, "validation.required"),
    z.refine(isIsoDate, "validation.date"),
    z.refine((d) => !isIsoDate(d) || (d >= "2018-05-28" && d <= addDaysToDate(osloDate(), 731)), "validation.rolloutRange"),
  );

export const rolloutSchema = z.object({
  unitId: idField("validation.unit"),
  startDate: rolloutDate,
  guidanceMonths: z.coerce.number("validation.guidance").check(z.int("validation.guidance"), z.minimum(0, "validation.guidance"), z.maximum(36, "validation.guidance")),
});

export type RolloutInput = z.output<typeof rolloutSchema>;
