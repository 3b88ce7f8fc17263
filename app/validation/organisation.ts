import * as z from "zod/mini";
import { idField, requiredText } from "./fields";

/** A service area: its name and (optionally) its TOL. */
export const areaSchema = z.object({
  name: requiredText(120, 2),
  tolId: z.pipe(
    z.transform((v: unknown) => (v === "" || v === undefined || v === null ? null : Number(v))),
    z.nullable(z.number("validation.choice").check(z.int("validation.choice"), z.positive("validation.choice"))),
  ),
});

/** A unit inside a service area. */
export const unitSchema = z.object({
  areaId: idField("validation.area"),
  name: requiredText(120, 2),
});

export type AreaInput = z.output<typeof areaSchema>;
export type UnitInput = z.output<typeof unitSchema>;

/** Everything «Organisasjon» posts: a new area, a change to one, a new unit. */
export const organisationActionSchema = z.discriminatedUnion("intent", [
  z.extend(areaSchema, { intent: z.literal("add_area") }),
  z.extend(areaSchema, { intent: z.literal("update_area"), areaId: idField("validation.area") }),
  z.extend(unitSchema, { intent: z.literal("add_unit") }),
]);
