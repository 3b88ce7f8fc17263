import { createHash } from "node:crypto";
import { MESSAGE_KEYS, translate } from "./catalog";
import type { Locale, UiText } from "./locales";

// Route modules reach the catalog through this `.server` module, so none of it can end up in their browser build.
export { translate };

const cache = new Map<Locale, UiText>();

export function uiText(locale: Locale): UiText {
  let text = cache.get(locale);
  if (!text) {
    const messages: Record<string, string> = {};
    for (const key of MESSAGE_KEYS) if (!key.startsWith("email.")) messages[key] = translate(locale, key);
    const version = createHash("sha256").update(JSON.stringify(messages)).digest("hex").slice(0, 10);
    cache.set(locale, (text = { locale, version, messages }));
  }
  return text;
}

/** The text script (/tekst/nb-<version>.js): sets the reader's messages before the app hydrates. */
export function textScript(locale: Locale): string {
  return `window.__lederlopText=${JSON.stringify(uiText(locale))};\n`;
}
