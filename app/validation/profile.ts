import * as z from "zod/mini";
import { LOCALES } from "~/i18n/locales";
import { REMINDER_MODES } from "../../db/schema";

export const profileSchema = z.object({
  reminderMode: z.enum(REMINDER_MODES, "validation.choice"),
  locale: z.enum(LOCALES, "validation.choice"),
});

export type ProfileInput = z.output<typeof profileSchema>;

/** Everything «Min profil» posts: the settings, a new calendar feed address (or a replacement), or none. */
export const profileActionSchema = z.discriminatedUnion("intent", [
  z.extend(profileSchema, { intent: z.literal("save") }),
  z.object({ intent: z.literal("feed") }),
  z.object({ intent: z.literal("unsubscribe") }),
]);
