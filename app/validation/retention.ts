import * as z from "zod/mini";
import { idField, requiredText } from "./fields";

/** Why someone's anonymisation is held back: required, it is what the next admin reads. */
export const holdReason = requiredText(300, 1, "retention.reason.required");

/** Holding back one person on «Sletting». */
export const holdSchema = z.object({ personId: idField("validation.required"), reason: holdReason });

/** Everything «Sletting» posts: hold one, or release a hold. */
export const retentionActionSchema = z.discriminatedUnion("intent", [
  z.extend(holdSchema, { intent: z.literal("hold") }),
  z.object({ intent: z.literal("release"), personId: idField("validation.required") }),
]);
