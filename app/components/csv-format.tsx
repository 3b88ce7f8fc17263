import type { MessageKey } from "~/i18n/catalog";
import { useT } from "~/utils/i18n";

/** «Slik skal filen se ut», folded away on a page that takes a CSV file: its rules and an example. */
export function CsvFormat({ rules, example }: { rules: MessageKey[]; example: string }) {
  const t = useT();
  return (
    <details>
      <summary>{t("import.format")}</summary>
      <ul className="ds-list">
        {rules.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <p className="ds-paragraph">{t("import.format.example")}:</p>
      <pre className="import-example">{example}</pre>
    </details>
  );
}
