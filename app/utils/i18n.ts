import { createContext, useContext, useMemo } from "react";
import type { MessageKey } from "~/i18n/catalog";
import { format, type Vars } from "~/i18n/format";
import type { Locale, UiText } from "~/i18n/locales";

/** A translator: the key's text in the reader's locale with `vars` filled in; `has` tells whether a string is a key. */
export interface T {
  (key: MessageKey, vars?: Vars): string;
  has(key: unknown): key is MessageKey;
}

const texts = new Map<Locale, UiText>();

/** entry.server registers every locale at start; entry.client the one the text script brought. */
export function provideText(text: UiText) {
  texts.set(text.locale, text);
}

// The browser holds one locale: if a caller names another (meta without root data), that one is the reader's.
export const textOf = (locale: Locale): UiText => texts.get(locale) ?? texts.values().next().value ?? { locale, version: "", messages: {} };

/** The reader's locale for this render (entry.server and entry.client provide it). */
export const LocaleContext = createContext<Locale>("nb");

export function translator(wanted: Locale): T {
  const { locale, messages } = textOf(wanted);
  const t = ((key, vars) => {
    const text = messages[key];
    if (text !== undefined) return format(locale, text, vars);
    console.error(`i18n: no "${key}" in the ${locale} messages`);
    return key;
  }) as T;
  t.has = (key): key is MessageKey => typeof key === "string" && Object.hasOwn(messages, key);
  return t;
}

export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** Translations for the current reader; every visible string goes through this. */
export function useT(): T {
  const locale = useLocale();
  return useMemo(() => translator(locale), [locale]);
}

/**
 * A `meta` title in the reader's language (meta runs outside React, so the locale comes from the
 * root match's data): `export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("nav.myPath"))`.
 */
export function title(matches: readonly { id: string; data: unknown }[], text: (t: T) => string) {
  const root = matches.find((m) => m.id === "root")?.data as { locale?: Locale } | undefined;
  const t = translator(root?.locale ?? "nb");
  return [{ title: `${text(t)} – ${t("app.name")}` }];
}
