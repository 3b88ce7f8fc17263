import * as z from "zod/mini";
import { LOCALES } from "~/i18n/locales";
import { ROLES } from "../../db/schema";
import { checkbox, email, optionalNearDate, optionalText, requiredText } from "./fields";
import { holdReason } from "./retention";

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

/** Holding back the anonymisation of someone who has left, from their page. */
export const personHoldSchema = z.object({ reason: holdReason });

/** Everything a person's admin page posts: the edit form, anonymisation (which must be confirmed), holding it back or releasing the hold. */
export const personActionSchema = z.discriminatedUnion("intent", [
  z.extend(personSchema, { intent: z.literal("update") }),
  z.object({ intent: z.literal("anonymise"), confirm: z.literal("on", "validation.confirm") }),
  z.extend(personHoldSchema, { intent: z.literal("hold") }),
  z.object({ intent: z.literal("release") }),
]);
