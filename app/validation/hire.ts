import * as z from "zod/mini";
import { email, idField, nearDate, requiredText } from "./fields";

export const hireSchema = z.object({
  name: requiredText(120, 2, "validation.nameTooShort"),
  email,
  unitId: idField("validation.unit"),
  position: requiredText(120),
  startDate: nearDate,
  templateId: idField("validation.template"),
});

export type HireInput = z.output<typeof hireSchema>;
