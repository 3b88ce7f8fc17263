import * as z from "zod/mini";
import { email, optionalText, requiredText } from "./fields";

/**
 * A SCIM User as Lederløp keeps it, after the SCIM layer has picked the values out of the
 * resource (app/server/scim.server.ts). The same limits as the forms: no control characters (a NUL
 * would be refused by PostgreSQL), nothing longer than a column is meant to hold.
 */
export const scimUserSchema = z.object({
  userName: z.pipe(requiredText(254), z.transform((s: string) => s.toLowerCase())),
  externalId: z.nullable(requiredText(254)),
  active: z.boolean(),
  name: requiredText(120),
  email,
  position: optionalText(120),
  employeeNumber: z.nullable(requiredText(64)),
  /** Absent: the unit is left as it is. */
  department: z.nullable(requiredText(200)),
});

export type ScimUserInput = z.output<typeof scimUserSchema>;
