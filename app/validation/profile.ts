import * as z from "zod/mini";
import { REMINDER_MODES } from "../../db/schema";

export const profileSchema = z.object({
  reminderMode: z.enum(REMINDER_MODES, "validation.choice"),
  locale: z.enum(["nb", "en"], "validation.choice"),
});

export type ProfileInput = z.output<typeof profileSchema>;
