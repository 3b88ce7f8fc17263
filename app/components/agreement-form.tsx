import { Form } from "@remix-run/react";
import type { FieldErrors } from "~/utils/forms";
import { useT } from "~/utils/i18n";
import { agreementSchema } from "~/validation/agreement";
import { Button, Checkbox, ErrorSummary, SelectField, TextArea, TextField } from "./ui";
import { useZodForm } from "./use-zod-form";

// The recording form, apart from the cards: «Mitt løp» shows agreements and loads no form library.

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
