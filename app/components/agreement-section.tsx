import { Form, Link } from "@remix-run/react";
import type { AgreementView, Suggestion } from "~/types/agreement";
import { formatDate, formatDateTime } from "~/utils/dates";
import type { FieldErrors } from "~/utils/forms";
import { useLocale, useT } from "~/utils/i18n";
import { agreementSchema } from "~/validation/agreement";
import { Button, Checkbox, ErrorSummary, SelectField, TextArea, TextField } from "./ui";
import { useZodForm } from "./use-zod-form";

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

/**
 * Records the season's agreement, or corrects one (the year chosen decides which). Works without
 * JavaScript: the server's messages come back on their fields.
 */
export function AgreementForm({
  action,
  years,
  topics,
  defaults,
  correcting,
  serverErrors,
}: {
  action: string;
  years: number[];
  topics: { id: number; name: string }[];
  defaults: Record<string, unknown>;
  correcting: number | null;
  serverErrors?: FieldErrors;
}) {
  const t = useT();
  const { field, checkbox, error, onSubmit, formState } = useZodForm(agreementSchema, { defaults, serverErrors });
  const labels = { year: t("agreement.field.year"), heldOn: t("agreement.field.heldOn"), needs: t("agreement.field.needs"), topicIds: t("agreement.field.topics") };
  const errors = Object.fromEntries(Object.keys(labels).map((k) => [k, error(k)]));
  return (
    <section className="ds-card form-card narrow" aria-labelledby="agreement-form">
      <h3 className="ds-heading" data-size="xs" id="agreement-form">
        {correcting ? t("agreement.correct", { year: correcting }) : t("agreement.record")}
      </h3>
      {formState.isSubmitted || serverErrors ? <ErrorSummary errors={errors} labels={labels} /> : null}
      <Form method="post" action={action} noValidate onSubmit={onSubmit} className="stack">
        <input type="hidden" name="intent" value="agreement" />
        <SelectField label={labels.year} description={t("agreement.correctHint")} required error={errors.year} {...field("year")}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <TextField label={labels.heldOn} type="date" required error={errors.heldOn} {...field("heldOn")} />
        <TextArea label={labels.needs} rows={4} error={errors.needs} {...field("needs")} />
        <fieldset className="ds-fieldset" id="f-topicIds">
          <legend className="ds-label">{labels.topicIds}</legend>
          {topics.map((topic) => (
            <Checkbox
              key={topic.id}
              id={`f-topicIds-${topic.id}`}
              label={topic.name}
              aria-invalid={errors.topicIds ? true : undefined}
              aria-describedby={errors.topicIds ? "f-topicIds-err" : undefined}
              {...checkbox("topicIds", String(topic.id))}
            />
          ))}
          {errors.topicIds ? (
            <p className="ds-validation-message" data-field="validation" id="f-topicIds-err">
              {errors.topicIds}
            </p>
          ) : null}
        </fieldset>
        <div>
          <Button>{t("agreement.save")}</Button>
        </div>
      </Form>
    </section>
  );
}
