/** The languages of the UI and of every email; bokmål is the default. Safe to import anywhere. */
export const LOCALES = ["nb", "nn", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The shape every feature's catalog file has: each key holds its text in every locale side by
 * side, so a key missing a language (or with one too many) fails the type check.
 */
export type Catalog = Record<string, Record<Locale, string>>;

/** One locale's UI messages (no email text): the server holds all three, a browser its reader's. */
export interface UiText {
  locale: Locale;
  /** A hash of the messages: the text script's URL changes with them, so browsers may cache it for good. */
  version: string;
  messages: Record<string, string>;
}
