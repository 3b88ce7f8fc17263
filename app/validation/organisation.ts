import * as z from "zod/mini";
import { idField, optionalText, requiredText } from "./fields";

/** A service area: its name and (optionally) its TOL. */
export const areaSchema = z.object({
  name: requiredText(120, 2),
  tolId: z.pipe(
    z.transform((v: unknown) => (v === "" || v === undefined || v === null ? null : Number(v))),
    z.nullable(z.number("validation.choice").check(z.int("validation.choice"), z.positive("validation.choice"))),
  ),
});

/** The code the HR system and SCIM know a unit by: optional (empty is none), trimmed, one line. */
const unitCode = z.pipe(
  optionalText(40),
  z.transform((v: string) => (v === "" ? null : v)),
);

/** A unit inside a service area. */
export const unitSchema = z.object({
  areaId: idField("validation.area"),
  name: requiredText(120, 2),
  code: unitCode,
});

/** A unit's code, set or cleared. */
export const unitCodeSchema = z.object({
  unitId: idField("validation.unitUnknown"),
  code: unitCode,
});

export type AreaInput = z.output<typeof areaSchema>;
export type UnitInput = z.output<typeof unitSchema>;
export type UnitCodeInput = z.output<typeof unitCodeSchema>;

/** Everything «Organisasjon» posts: a new area, a change to one, a new unit, a unit's code. */
export const organisationActionSchema = z.discriminatedUnion("intent", [
  z.extend(areaSchema, { intent: z.literal("add_area") }),
  z.extend(areaSchema, { intent: z.literal("update_area"), areaId: idField("validation.area") }),
  z.extend(unitSchema, { intent: z.literal("add_unit") }),
  z.extend(unitCodeSchema, { intent: z.literal("update_unit") }),
]);
