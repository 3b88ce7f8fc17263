import { z } from "zod";
import { addDaysToDate, isIsoDate, osloDate } from "~/utils/dates";

// Messages are catalog keys; the form shows them through `t()` in the reader's language.

export const requiredText = (max: number, min = 1, minKey = "validation.required") =>
  z.string().trim().min(min, minKey).max(max, "validation.tooLong");

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "validation.required")
  .max(254, "validation.tooLong")
  .pipe(z.email("validation.email"));

/** An id from a <select>: empty means «not chosen». */
export const idField = (key: string) => z.coerce.number(key).int(key).positive(key);

/** A `YYYY-MM-DD` date that exists on the calendar and lies within two years of today (Oslo). */
export const nearDate = z
  .string()
  .trim()
  .min(1, "validation.required")
  .refine(isIsoDate, "validation.date")
  .refine((d) => {
    const today = osloDate();
    return d >= addDaysToDate(today, -731) && d <= addDaysToDate(today, 731);
  }, "validation.dateRange");

/** Evidence dates: optional, real, and not in the future. */
export const pastDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => v || undefined)
  .refine((d) => d === undefined || isIsoDate(d), "validation.date")
  .refine((d) => d === undefined || d <= osloDate(), "validation.dateFuture");

export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());
