import * as z from "zod/mini";
import { idField, requiredText } from "./fields";

/** The fishbone categories' page: add and rename are forms with a field; the rest are buttons. */
const name = requiredText(80);
const id = idField("validation.choice");

const add = z.object({ intent: z.literal("add"), name });
const rename = z.object({ intent: z.literal("rename"), id, name });
const move = z.object({ intent: z.literal("move"), id, direction: z.enum(["up", "down"], "validation.choice") });
const retire = z.object({ intent: z.literal("retire"), id });
const restore = z.object({ intent: z.literal("restore"), id });

export const fishboneCategorySchema = z.discriminatedUnion("intent", [add, rename, move, retire, restore]);
export type FishboneCategoryChange = z.output<typeof fishboneCategorySchema>;

/** The forms with fields, for their react-hook-form. */
export const categoryForms = { add, rename };
