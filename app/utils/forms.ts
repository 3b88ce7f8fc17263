import type { $ZodError } from "zod/v4/core";
import { isMessageKey, type MessageKey } from "~/i18n/catalog";

export type FieldErrors = Partial<Record<string, MessageKey>>;

/** The first message per field, as catalog keys (shared by client and server). */
export function fieldErrors(error: $ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (!out[field]) out[field] = isMessageKey(issue.message) ? issue.message : "validation.required";
  }
  return out;
}
