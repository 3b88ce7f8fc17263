import type { Locale } from "./locales";

export type Vars = Record<string, string | number>;

const pluralRules = new Map<Locale, Intl.PluralRules>();

/**
 * Fills a message's `{name}` placeholders. `{count, plural, one {# leder} other {# ledere}}` picks
 * the form `Intl.PluralRules` gives for the number (`#` is the number), so «1 leder» and
 * «2 ledere» come from one message; `other` is the fallback. The forms hold plain text, no
 * placeholders. Shared by the server's `translate` and the browser's `useT`, so both render alike.
 */
const PLURAL = /\{(\w+), plural,((?:\s*[\w=]+ \{[^{}]*\})+)\s*\}/g;
const FORM = /([\w=]+) \{([^{}]*)\}/g;

export function format(locale: Locale, text: string, vars?: Vars): string {
  if (!vars) return text;
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const plural = text.replace(PLURAL, (m, name: string, forms: string) => {
    if (!(name in vars)) return m;
    const n = Number(vars[name]);
    const byForm = new Map([...forms.matchAll(FORM)].map((f) => [f[1]!, f[2]!]));
    const form = byForm.get(`=${n}`) ?? byForm.get(rules.select(n)) ?? byForm.get("other") ?? "";
    return form.replace(/#/g, String(vars[name]));
  });
  return plural.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
