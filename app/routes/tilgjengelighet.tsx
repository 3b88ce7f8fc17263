import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { formatDate } from "~/utils/dates";
import { accessibilityContact, accessibilityStatementUrl } from "~/utils/env.server";
import { title, useLocale, useT } from "~/utils/i18n";

/** When the text below was last checked against what Lederløp does; change it with the text. */
const REVIEWED = "2026-12-05";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("a11y.link"));

// Open to everyone, signed in or not: the law requires the statement to be public.
export async function loader(_: LoaderFunctionArgs) {
  return { contact: accessibilityContact(), statementUrl: accessibilityStatementUrl() };
}

export default function AccessibilityStatement() {
  const t = useT();
  const locale = useLocale();
  const { contact, statementUrl } = useLoaderData<typeof loader>();
  return (
    <article className="narrow stack">
      <h1 className="ds-heading" data-size="lg">
        {t("a11y.link")}
      </h1>
      <p className="ds-paragraph lead">{t("a11y.intro")}</p>
      {statementUrl ? (
        <p className="ds-paragraph">
          {t("a11y.official")}{" "}
          <a className="ds-link" href={statementUrl}>
            {statementUrl}
          </a>
        </p>
      ) : null}

      <h2 className="ds-heading" data-size="md">
        {t("a11y.standard.title")}
      </h2>
      <p className="ds-paragraph">{t("a11y.standard.body")}</p>

      <h2 className="ds-heading" data-size="md">
        {t("a11y.testing.title")}
      </h2>
      <ul className="ds-list">
        <li>{t("a11y.testing.axe")}</li>
        <li>{t("a11y.testing.keyboard")}</li>
        <li>{t("a11y.testing.noJs")}</li>
      </ul>
      <p className="ds-paragraph">{t("a11y.testing.limit")}</p>

      <h2 className="ds-heading" data-size="md">
        {t("a11y.limits.title")}
      </h2>
      <ul className="ds-list">
        <li>{t("a11y.limits.chart")}</li>
        <li>{t("a11y.limits.tables")}</li>
        <li>{t("a11y.limits.print")}</li>
        <li>{t("a11y.limits.microsoft")}</li>
        <li>{t("a11y.limits.email")}</li>
      </ul>

      <h2 className="ds-heading" data-size="md">
        {t("a11y.feedback.title")}
      </h2>
      <p className="ds-paragraph">{t("a11y.feedback.body")}</p>
      <p className="ds-paragraph">
        {contact ? (
          <>
            {t("a11y.feedback.email")}{" "}
            <a className="ds-link" href={`mailto:${contact}`}>
              {contact}
            </a>
          </>
        ) : (
          t("a11y.feedback.municipality")
        )}
      </p>
      <p className="ds-paragraph">
        {t("a11y.feedback.authority")}{" "}
        <a className="ds-link" href="https://www.uutilsynet.no/">
          uutilsynet.no
        </a>
      </p>

      <p className="ds-paragraph muted">{t("a11y.reviewed", { date: formatDate(REVIEWED, locale) })}</p>
    </article>
  );
}
