import { Link } from "@remix-run/react";
import type { AgreementView, Suggestion } from "~/types/agreement";
import { formatDate, formatDateTime } from "~/utils/dates";
import { useLocale, useT } from "~/utils/i18n";

/** One agreement: when, the needs and topics, who recorded it, and what was done about it since. */
export function AgreementCard({ agreement: a, heading }: { agreement: AgreementView; heading?: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <article className="ds-card form-card">
      <h3 className="ds-heading" data-size="xs">
        {heading ?? t("agreement.yearHeading", { year: a.year })}
      </h3>
      <dl className="kv">
        <dt>{t("agreement.heldOn")}</dt>
        <dd>{formatDate(a.heldOn, locale)}</dd>
        <dt>{t("agreement.needs")}</dt>
        <dd className="note">{a.needs || "–"}</dd>
        <dt>{t("agreement.topics")}</dt>
        <dd>{a.topics.map((x) => x.name).join(", ") || "–"}</dd>
        {a.recordedBy ? (
          <>
            <dt>{t("agreement.recordedBy")}</dt>
            <dd>{a.recordedBy}</dd>
          </>
        ) : null}
        <dt>{t("agreement.followUp")}</dt>
        <dd>
          {a.followUp.length === 0 ? (
            t("agreement.noFollowUp")
          ) : (
            <ul className="plain-list">
              {a.followUp.map((s) => (
                <li key={s.id}>
                  {s.title} ({t(`session.kind.${s.kind}`)}, {formatDate(s.startsAt.slice(0, 10), locale)})
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    </article>
  );
}

/** Coming sessions on the topics of the latest agreement, each with a link to sign up on its page. */
export function SuggestionList({ suggestions }: { suggestions: Suggestion[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <h3 className="ds-heading" data-size="xs">
        {t("agreement.suggestions")}
      </h3>
      {suggestions.length === 0 ? (
        <p className="ds-paragraph muted">{t("agreement.noSuggestions")}</p>
      ) : (
        <ul className="plain-list">
          {suggestions.map((s) => (
            <li key={s.id}>
              <Link className="ds-link" to={`/kurs/${s.id}`}>
                {s.title}
              </Link>{" "}
              <span className="muted block">
                {t("agreement.suggestionMeta", { kind: t(`session.kind.${s.kind}`), topic: s.topic, when: formatDateTime(s.startsAt, locale), place: s.location, free: s.free })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
