import { describe, expect, test } from "vitest";
import { FEATURES, LOCALES, MESSAGE_KEYS, translate } from "~/i18n/catalog";
import { signInEmail } from "../emails/sign-in";
import { welcomeEmail } from "../emails/welcome";

describe("plurals come from Intl.PluralRules through the catalog", () => {
  test("one leader, one person, one step in nynorsk too", () => {
    expect(translate("nn", "org.people", { count: 1 })).toBe("1 person");
    expect(translate("nn", "org.people", { count: 3 })).toBe("3 personar");
    expect(translate("nn", "readiness.unitSummary", { leaders: 1, percent: 50, overdue: 1 })).toBe("1 leiar · 50 % fullført · 1 steg på overtid");
    expect(translate("nn", "readiness.unitSummary", { leaders: 2, percent: 50, overdue: 0 })).toBe("2 leiarar · 50 % fullført · 0 steg på overtid");
    expect(translate("nn", "import.done", { count: 1 })).toBe("1 leiar er importert.");
    expect(translate("nn", "import.done", { count: 3 })).toBe("3 leiarar er importerte.");
  });

  test("one leader, one person, one step in bokmål and English", () => {
    expect(translate("nb", "org.people", { count: 1 })).toBe("1 person");
    expect(translate("nb", "org.people", { count: 3 })).toBe("3 personer");
    expect(translate("en", "org.people", { count: 1 })).toBe("1 person");
    expect(translate("en", "org.people", { count: 0 })).toBe("0 people");
    expect(translate("nb", "readiness.unitSummary", { leaders: 1, percent: 50, overdue: 1 })).toBe("1 leder · 50 % fullført · 1 forfalt steg");
    expect(translate("nb", "readiness.unitSummary", { leaders: 2, percent: 50, overdue: 0 })).toBe("2 ledere · 50 % fullført · 0 forfalte steg");
    expect(translate("en", "readiness.unitSummary", { leaders: 1, percent: 50, overdue: 2 })).toBe("1 leader · 50 % done · 2 overdue steps");
    expect(translate("nb", "reports.byLeader.count", { count: 1 })).toMatch(/^1 leder, /);
    expect(translate("nb", "import.submit", { count: 1 })).toBe("Importer 1 gyldig rad");
    expect(translate("en", "path.progress", { done: 0, total: 1 })).toBe("0 of 1 step done");
  });

  test("every message in every locale resolves with numbers (no plural syntax left over)", () => {
    for (const locale of LOCALES) {
      for (const key of MESSAGE_KEYS) {
        const names = [...translate(locale, key).matchAll(/\{(\w+)/g)].map((m) => m[1]!);
        for (const n of [0, 1, 2, 5]) {
          const text = translate(locale, key, Object.fromEntries(names.map((name) => [name, n])));
          expect(text, `${locale} ${key}`).not.toMatch(/plural|[{}]/);
        }
      }
    }
  });
});

describe("the catalog, one file per feature", () => {
  test("no key is defined by two features (the later would silently win)", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const [feature, messages] of Object.entries(FEATURES))
      for (const key of Object.keys(messages)) {
        if (seen.has(key)) twice.push(`${key} in ${seen.get(key)} and ${feature}`);
        seen.set(key, feature);
      }
    expect(twice).toEqual([]);
    expect(seen.size).toBe(MESSAGE_KEYS.length);
  });

  test("every language has text for every key, with the same placeholders as bokmål", () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort().join();
    for (const key of MESSAGE_KEYS) {
      for (const locale of LOCALES) {
        expect(translate(locale, key).trim(), `${locale} ${key}`).not.toBe("");
        expect(names(translate(locale, key)), `${locale} ${key}`).toBe(names(translate("nb", key)));
      }
    }
  });
});

describe("emails in nynorsk", () => {
  test("a sign-in and a welcome mail render in nynorsk, with lang=nn in their HTML", () => {
    const signIn = signInEmail({ name: "Kari", url: "https://lederlop.example/logg-inn/abc" }, "nn");
    expect(signIn.subject).toBe(translate("nn", "email.signin.subject"));
    expect(signIn.text).toContain(translate("nn", "email.signin.ignore"));
    expect(signIn.html).toContain('<html lang="nn">');
    const welcome = welcomeEmail({ name: "Kari", position: "rektor", unit: "Skulen", firstDue: "2026-12-01", signInUrl: "https://lederlop.example/" }, "nn");
    expect(welcome.html).toContain('<html lang="nn">');
    expect(welcome.text).toContain(translate("nn", "email.welcome.how"));
  });
});
