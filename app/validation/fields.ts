// zod/mini: the same validation as classic zod at a fraction of the browser download
// (about 7 KB gzipped with the resolver, against about 60 KB).
import * as z from "zod/mini";
import { addDaysToDate, isIsoDate, osloDate } from "~/utils/dates";

// Messages are catalog keys; the form shows them through `t()` in the reader's language.

// C0 controls and DEL: never meant in a name or a one-line field, and U+0000 is refused by
// PostgreSQL outright (a 500 there before this check).
const CONTROL = /[\u0000-\u001f\u007f]/;
const singleLine = z.refine<string>((s) => !CONTROL.test(s), "validation.controlChars");
/** Whether a value holds what no single-line field may (so no stored one-line value does). */
export const hasControlChars = (s: string) => CONTROL.test(s);

export const requiredText = (max: number, min = 1, minKey = "validation.required") =>
  z.string().check(z.trim(), singleLine, z.minLength(min, minKey), z.maxLength(max, "validation.tooLong"));

export const optionalText = (max: number, key = "validation.tooLong") => z._default(z.string().check(z.trim(), singleLine, z.maxLength(max, key)), "");

/**
 * Free text over several lines (notes, descriptions): line breaks and tabs stay, NUL and the other
 * control characters (which no keyboard types) are removed rather than refused.
 */
export const multilineText = (max: number, key = "validation.tooLong") =>
  z.string().check(
    z.overwrite((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")),
    z.trim(),
    z.maxLength(max, key),
  );

export const email = z.string().check(z.trim(), z.toLowerCase(), z.minLength(1, "validation.required"), z.maxLength(254, "validation.tooLong"), z.email("validation.email"));

/** Ids are 32-bit (PostgreSQL `integer`): anything larger cannot name a row and must not reach SQL. */
export const MAX_ID = 2_147_483_647;
export const isId = (n: number) => Number.isInteger(n) && n > 0 && n <= MAX_ID;

/** A repeated form field (checkboxes): one ticked box arrives as a string, none as nothing; always a list. */
export const listOf = z.transform((v: unknown) => (Array.isArray(v) ? v : v === undefined || v === null || v === false || v === "" ? [] : [v]));

/** An id from a <select>: empty means «not chosen». */
export const idField = (key: string) => z.coerce.number(key).check(z.int(key), z.positive(key), z.lte(MAX_ID, key));

const withinTwoYears = (d: string) => {
  const today = osloDate();
  return d >= addDaysToDate(today, -731) && d <= addDaysToDate(today, 731);
};

/** A `YYYY-MM-DD` date that exists on the calendar and lies within two years of today (Oslo). */
export const nearDate = z
  .string()
  .check(z.trim(), z.minLength(1, "validation.required"), z.refine(isIsoDate, "validation.date"), z.refine((d) => !isIsoDate(d) || withinTwoYears(d), "validation.dateRange"));

/** As `nearDate`, but empty means «not set» (null). */
export const optionalNearDate = z.pipe(
  z.transform((v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null)),
  z.nullable(nearDate),
);

/** Evidence dates: optional, real, and not in the future. */
export const pastDate = z.pipe(
  z.transform((v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined)),
  z.optional(z.string().check(z.refine(isIsoDate, "validation.date"), z.refine((d) => !isIsoDate(d) || d <= osloDate(), "validation.dateFuture"))),
);

/** An HTML checkbox: "on" when ticked, absent when not. */
export const checkbox = z.pipe(
  z.transform((v: unknown) => v === "on" || v === "true" || v === true),
  z.boolean(),
);
