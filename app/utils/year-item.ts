import type { MessageKey } from "~/i18n/catalog";
import type { Vars } from "~/i18n/format";
import type { YearItem } from "~/types/arshjul";

/** A translator in either form: the page's `t` or the server's `translate` bound to a locale. */
type Text = (key: MessageKey, vars?: Vars) => string;

/** `2026-Q3` as «3. kvartal 2026»; a year stays a year. */
export function periodLabel(text: Text, key: string): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(key);
  return m ? text("arshjul.quarter", { quarter: m[2]!, year: m[1]! }) : key;
}

/** What an årshjul item is called, the same on the page and in the calendar feed. */
export function itemLabel(text: Text, item: YearItem): string {
  switch (item.kind) {
    case "revision":
      return text("arshjul.item.revision", { number: item.number ?? 0, unit: item.unitName ?? "" });
    case "fba":
      return text("arshjul.item.fba", { unit: item.unitName ?? "" });
    case "rollout":
      return text("arshjul.item.rollout", { unit: item.unitName ?? "" });
    case "agreement":
      return text("arshjul.item.agreement", { year: item.period ?? "" });
    case "report": {
      const period = periodLabel(text, item.period ?? "");
      if (item.variant === "snapshot") return text("arshjul.item.snapshot", { period });
      return text(item.period?.includes("Q") ? "arshjul.item.quarterDeadline" : "arshjul.item.yearDeadline", { period });
    }
    case "step":
      return text("arshjul.item.step", { title: item.title ?? "" });
    case "own_agreement":
      return text("arshjul.item.ownAgreement", { year: item.period ?? "" });
    case "agreements":
      return text("arshjul.item.agreements", { area: item.areaName ?? "", year: item.period ?? "", count: item.names?.length ?? 0 });
    case "leader_forum":
    case "theme_hour":
    case "session":
      return item.title ?? "";
  }
}
