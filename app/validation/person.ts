import * as z from "zod/mini";
import { LOCALES } from "~/i18n/locales";
import { ROLES } from "../../db/schema";
import { checkbox, email, optionalNearDate, optionalText, requiredText } from "./fields";

export const personSchema = z.object({
  name: requiredText(120, 2, "validation.nameTooShort"),
  email,
  unitId: z.pipe(
    z.transform((v: unknown) => (v === "" || v === undefined || v === null ? null : Number(v))),
    z.nullable(z.number("validation.unit").check(z.int("validation.unit"), z.positive("validation.unit"))),
  ),
  position: optionalText(120),
  startDate: optionalNearDate,
  active: checkbox,
  locale: z.enum(LOCALES, "validation.choice"),
  roles: z.pipe(
    z.array(z.enum(ROLES, "validation.role")).check(z.minLength(1, "validation.role")),
    z.transform((roles) => [...new Set(roles)]),
  ),
});

export type PersonInput = z.output<typeof personSchema>;

/** Everything a person's admin page posts: the edit form, and anonymisation (which must be confirmed). */
export const personActionSchema = z.discriminatedUnion("intent", [
  z.extend(personSchema, { intent: z.literal("update") }),
  z.object({ intent: z.literal("anonymise"), confirm: z.literal("on", "validation.confirm") }),
]);
