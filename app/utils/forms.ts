import type { $ZodError } from "zod/v4/core";
import type { MessageKey } from "~/i18n/catalog";

export type FieldErrors = Partial<Record<string, MessageKey>>;

// The schemas' messages are catalog keys; zod's own (English sentences) never look like one. A shape
// test, not a lookup, keeps the catalog out of the browser bundle (this module runs there too).
const looksLikeKey = (message: string): message is MessageKey => /^[a-z]+(\.[A-Za-z_]+)+$/.test(message);

/** The first message per field, as catalog keys (shared by client and server). */
export function fieldErrors(error: $ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (!out[field]) out[field] = looksLikeKey(issue.message) ? issue.message : "validation.required";
  }
  return out;
}
