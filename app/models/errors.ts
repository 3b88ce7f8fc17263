import type { MessageKey } from "~/i18n/catalog";

/** A rule the input broke, tied to one form field; actions turn it into a 400 with the message. */
export class FieldError extends Error {
  constructor(
    readonly field: string,
    readonly messageKey: MessageKey,
  ) {
    super(`${field}: ${messageKey}`);
  }
}
