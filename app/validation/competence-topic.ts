import * as z from "zod/mini";
import { idField, multilineText, requiredText } from "./fields";

const topicFields = { name: requiredText(120, 2), description: multilineText(1000) };

/** «Kompetansetema»: add, rename or describe, move, retire or restore a topic. */
export const topicActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("create"), ...topicFields }),
  z.object({ intent: z.literal("update"), topicId: idField("validation.choice"), ...topicFields }),
  z.object({ intent: z.enum(["up", "down", "retire", "restore"]), topicId: idField("validation.choice") }),
]);

export const topicSchema = z.object(topicFields);
export type TopicInput = z.output<typeof topicSchema>;
