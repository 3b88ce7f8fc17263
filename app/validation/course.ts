import { TZDate } from "@date-fns/tz";
import * as z from "zod/mini";
import { OSLO, parseIsoDate } from "~/utils/dates";
import { multilineText, nearDate, requiredText } from "./fields";

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = z.string().check(z.trim(), z.minLength(1, "validation.required"), z.regex(TIME, "validation.time"));

/** A wall-clock time on a date in Oslo, as the instant it is (DST-correct). */
export function osloInstant(date: string, hhmm: string): Date {
  const d = parseIsoDate(date)!;
  const [h, m] = hhmm.split(":").map(Number);
  return new Date(new TZDate(d.getFullYear(), d.getMonth(), d.getDate(), h!, m!, 0, OSLO).getTime());
}

export const sessionSchema = z.pipe(
  z
    .object({
      title: requiredText(160, 2),
      description: multilineText(2000),
      date: nearDate,
      startTime: time,
      endTime: time,
      location: requiredText(160),
      capacity: z.coerce.number("validation.capacity").check(z.int("validation.capacity"), z.minimum(1, "validation.capacity"), z.maximum(1000, "validation.capacity")),
      // One ticked box arrives as a string, none as undefined: always check a list.
      stepIds: z.pipe(
        z.pipe(
          z.transform((v: unknown) => (Array.isArray(v) ? v : v === undefined || v === null || v === false || v === "" ? [] : [v])),
          z.array(z.coerce.number("validation.sessionSteps").check(z.int("validation.sessionSteps"), z.positive("validation.sessionSteps"))).check(z.minLength(1, "validation.sessionSteps")),
        ),
        z.transform((ids) => [...new Set(ids)]),
      ),
    })
    .check(
      z.refine((v) => !TIME.test(v.startTime) || !TIME.test(v.endTime) || v.endTime > v.startTime, { message: "validation.endAfterStart", path: ["endTime"] }),
    ),
  z.transform((v) => ({ ...v, startsAt: osloInstant(v.date, v.startTime), endsAt: osloInstant(v.date, v.endTime) })),
);

export type SessionInput = z.output<typeof sessionSchema>;
