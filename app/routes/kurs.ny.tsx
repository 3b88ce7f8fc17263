import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button, Checkbox, ErrorSummary, SelectField, TextArea, TextField } from "~/components/ui";
import { useZodForm } from "~/components/use-zod-form";
import { attendanceSteps, createSession } from "~/models/course.server";
import { activeTopics } from "~/models/competence-topic.server";
import { requirePermission } from "~/server/user.server";
import { invalid, parseForm, redirectWithFlash, withFieldErrors } from "~/server/http.server";
import { useT, title } from "~/utils/i18n";
import { SESSION_KIND_OPTIONS, sessionSchema } from "~/validation/course";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("sessions.new"));


export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "organise:course");
  return { steps: await attendanceSteps(), topics: await activeTopics() };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "organise:course");
  const form = await parseForm(request, sessionSchema, { arrays: ["stepIds"] });
  if (!form.ok) return invalid(form.errors, form.values);
  return withFieldErrors(async () => {
    const id = await createSession({ actor, input: form.data });
    return redirectWithFlash(`/kurs/${id}`, { key: "session.created" });
  }, form.values);
}

export default function NewSession() {
  const t = useT();
  const { steps, topics } = useLoaderData<typeof loader>();
  return (
    <div className="narrow">
      <h1 className="ds-heading" data-size="lg">
        {t("sessions.new")}
      </h1>
      <SessionForm steps={steps} topics={topics} submitLabel={t("session.save")} />
    </div>
  );
}

export function SessionForm({
  steps,
  topics,
  defaults,
  submitLabel,
  intent,
}: {
  steps: { id: number; title: string; templateName: string }[];
  topics: { id: number; name: string }[];
  defaults?: Record<string, unknown>;
  submitLabel: string;
  intent?: string;
}) {
  const t = useT();
  const actionData = useActionData<{ errors?: Record<string, never>; values?: Record<string, unknown> }>();
  const { field, checkbox, error, onSubmit, formState } = useZodForm(sessionSchema, {
    defaults: actionData?.values ?? defaults ?? { kind: "course", capacity: 20, startTime: "09:00", endTime: "11:00" },
    serverErrors: actionData?.errors,
  });
  const labels = {
    kind: t("session.field.kind"),
    topicId: t("session.field.topic"),
    title: t("session.field.title"),
    description: t("session.field.description"),
    date: t("session.field.date"),
    startTime: t("session.field.start"),
    endTime: t("session.field.end"),
    location: t("session.field.location"),
    capacity: t("session.field.capacity"),
    stepIds: t("session.field.steps"),
  };
  const errors = Object.fromEntries(Object.keys(labels).map((k) => [k, error(k)]));
  return (
    <>
      {formState.isSubmitted || actionData?.errors ? <ErrorSummary errors={errors} labels={labels} /> : null}
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        {intent ? <input type="hidden" name="intent" value={intent} /> : null}
        <SelectField label={labels.kind} required error={errors.kind} {...field("kind")}>
          {SESSION_KIND_OPTIONS.map((k) => (
            <option key={k} value={k}>
              {t(`session.kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={labels.title} required error={errors.title} {...field("title")} />
        <SelectField label={labels.topicId} error={errors.topicId} {...field("topicId")}>
          <option value="">{t("session.noTopic")}</option>
          {topics.map((topic) => (
            <option key={topic.id} value={topic.id}>
              {topic.name}
            </option>
          ))}
        </SelectField>
        <TextArea label={labels.description} rows={3} error={errors.description} {...field("description")} />
        <TextField label={labels.date} type="date" required error={errors.date} {...field("date")} />
        <TextField label={labels.startTime} type="time" required error={errors.startTime} {...field("startTime")} />
        <TextField label={labels.endTime} type="time" required error={errors.endTime} {...field("endTime")} />
        <TextField label={labels.location} required error={errors.location} {...field("location")} />
        <TextField label={labels.capacity} type="number" inputMode="numeric" min={1} max={1000} required error={errors.capacity} {...field("capacity")} />
        <fieldset className="ds-fieldset" id="f-stepIds">
          <legend className="ds-label">{labels.stepIds}</legend>
          <p className="ds-paragraph muted" data-size="sm">
            {t("session.stepsHint")}
          </p>
          {steps.map((s) => (
            <Checkbox
              key={s.id}
              id={`f-stepIds-${s.id}`}
              label={`${s.title} (${s.templateName})`}
              aria-invalid={errors.stepIds ? true : undefined}
              aria-describedby={errors.stepIds ? "f-stepIds-err" : undefined}
              {...checkbox("stepIds", String(s.id))}
            />
          ))}
          {errors.stepIds ? (
            <p className="ds-validation-message" data-field="validation" id="f-stepIds-err">
              {errors.stepIds}
            </p>
          ) : null}
        </fieldset>
        <div>
          <Button>{submitLabel}</Button>
        </div>
      </Form>
    </>
  );
}
