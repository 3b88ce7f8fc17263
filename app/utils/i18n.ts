import { useRouteLoaderData } from "@remix-run/react";
import { useCallback } from "react";
import { translate, type Locale, type MessageKey, type Vars } from "~/i18n/catalog";

export type T = (key: MessageKey, vars?: Vars) => string;

type RootData = { locale: Locale } | undefined;

export function useLocale(): Locale {
  return (useRouteLoaderData("root") as RootData)?.locale ?? "nb";
}

/** Translations for the current reader; every visible string goes through this. */
export function useT(): T {
  const locale = useLocale();
  return useCallback((key, vars) => translate(locale, key, vars), [locale]);
}
