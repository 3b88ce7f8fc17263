import * as z from "zod/mini";
import { osloInstant } from "~/utils/oslo-instant";
import { idField, listOf, multilineText, nearDate, requiredText } from "./fields";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = z.string().check(z.trim(), z.minLength(1, "validation.required"), z.regex(TIME, "validation.time"));


/** A course of the training programme, a Lean leader forum, or a theme hour (as db/schema's SESSION_KINDS). */
export const SESSION_KIND_OPTIONS = ["course", "leader_forum", "theme_hour"] as const;

const optionalId = z.pipe(
  z.transform((v: unknown): unknown => (typeof v === "string" && v.trim() !== "" ? v.trim() : null)),
  z.nullable(idField("validation.choice")),
);

const sessionFields = {
  kind: z._default(z.enum(SESSION_KIND_OPTIONS, "validation.choice"), "course"),
  topicId: optionalId,
  title: requiredText(160, 2),
  description: multilineText(2000),
  date: nearDate,
  startTime: time,
  endTime: time,
  location: requiredText(160),
  capacity: z.coerce.number("validation.capacity").check(z.int("validation.capacity"), z.minimum(1, "validation.capacity"), z.maximum(1000, "validation.capacity")),
  stepIds: z.pipe(
    z.pipe(listOf, z.array(idField("validation.sessionSteps"))),
    z.transform((ids) => [...new Set(ids)]),
  ),
};

const endAfterStart = z.refine<{ startTime: string; endTime: string }>((v) => !TIME.test(v.startTime) || !TIME.test(v.endTime) || v.endTime > v.startTime, {
  message: "validation.endAfterStart",
  path: ["endTime"],
});

// A course fulfils steps of the training programme; a forum or theme hour may, but need not.
const courseHasSteps = z.refine<{ kind: string; stepIds: number[] }>((v) => v.kind !== "course" || v.stepIds.length > 0, {
  message: "validation.sessionSteps",
  path: ["stepIds"],
});

/** The course's start and end as instants, from its date and Oslo wall-clock times. */
export const withInstants = <T extends { date: string; startTime: string; endTime: string }>(v: T) => ({
  ...v,
  startsAt: osloInstant(v.date, v.startTime),
  endsAt: osloInstant(v.date, v.endTime),
});

/** The course form (new course, or a change to one). */
export const sessionSchema = z.pipe(z.object(sessionFields).check(endAfterStart, courseHasSteps), z.transform(withInstants));

/** Everything a course's page posts: sign up or cancel, the organiser's attendance, change or cancel the course. */
export const courseActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.enum(["signup", "cancel", "cancel_session"]) }),
  z.object({ intent: z.literal("attendance"), attended: z.pipe(listOf, z.array(idField("validation.choice"))) }),
  z.object({ intent: z.literal("update"), ...sessionFields }).check(endAfterStart, courseHasSteps),
]);

/** What the model takes: a caller that names no kind schedules a course without a topic. */
export type SessionInput = Omit<z.output<typeof sessionSchema>, "kind" | "topicId"> & Partial<Pick<z.output<typeof sessionSchema>, "kind" | "topicId">>;
