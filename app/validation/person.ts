import { z } from "zod";
import { ROLES } from "../../db/schema";
import { checkbox, email, nearDate, requiredText } from "./fields";

export const personSchema = z.object({
  name: requiredText(120, 2, "validation.nameTooShort"),
  email,
  unitId: z.preprocess(
    (v) => (v === "" || v === undefined || v === null ? null : Number(v)),
    z.number("validation.unit").int("validation.unit").positive("validation.unit").nullable(),
  ),
  position: z.string().trim().max(120, "validation.tooLong"),
  startDate: z.preprocess((v) => (v === "" ? null : v), nearDate.nullable()),
  active: checkbox,
  locale: z.enum(["nb", "en"], "validation.choice"),
  roles: z.array(z.enum(ROLES, "validation.role")).min(1, "validation.role"),
});

export type PersonInput = z.output<typeof personSchema>;
