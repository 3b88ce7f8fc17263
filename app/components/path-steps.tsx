import { Form } from "@remix-run/react";
import { useEffect, useRef } from "react";
import type { PathStepView, PathView } from "~/types/path";
import { formatDate, formatDateTime } from "~/utils/dates";
import type { FieldErrors } from "~/utils/forms";
import { useLocale, useT } from "~/utils/i18n";
import { Alert, Button, Progress, StatusTag, TextArea, TextField } from "./ui";

export interface StepActionResult {
  errors?: FieldErrors;
  values?: Record<string, unknown>;
}

/** A refused tick shows its message at the field; this says so at the top too, also when no field on the page can show it. */
export function StepActionAlert({ actionResult }: { actionResult?: StepActionResult }) {
  const t = useT();
  if (!actionResult?.errors || Object.keys(actionResult.errors).length === 0) return null;
  return (
    <Alert color="danger" role="alert">
      {t("form.errors.general")}
    </Alert>
  );
}

/** One path: progress, then every step in order with its status and, where allowed, its form. */
export function PathSteps({ path, today, actionResult }: { path: PathView; today: string; actionResult?: StepActionResult }) {
  const t = useT();
  const locale = useLocale();
  const headingId = `path-${path.id}`;
  return (
    <section className="path" aria-labelledby={headingId}>
      <h2 className="ds-heading" data-size="md" id={headingId}>
        {path.templateName}
      </h2>
      <p className="ds-paragraph muted">
        {t(path.anchor === "rollout_date" ? "path.anchor.rollout_date" : "path.anchor.start_date", { date: formatDate(path.anchorDate, locale) })}
        {" · "}
        {t("path.template", { version: path.templateVersion })}
      </p>
      <Progress value={path.percent} label={t("path.progressLabel")} text={t("path.progress", { done: path.done, total: path.total })} />
      <ol className="steps">
        {path.steps.map((step) => (
          <li key={step.id} className="ds-card step" data-status={step.status} id={`steg-${step.id}`}>
            <StepItem step={step} today={today} errors={Number(actionResult?.values?.stepId) === step.id ? actionResult?.errors : undefined} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function StepItem({ step, today, errors }: { step: PathStepView; today: string; errors?: FieldErrors }) {
  const t = useT();
  const locale = useLocale();
  const c = step.completion;
  // The form a keyboard user just used is replaced when the step turns done or open again: put
  // focus on the control that replaced it, not back at the top of the page (WCAG 2.4.3).
  const wasDone = useRef(c !== null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const done = c !== null;
    if (done !== wasDone.current) (done ? undoRef.current : headingRef.current)?.focus();
    wasDone.current = done;
  }, [c]);
  return (
    <>
      <div className="step-head">
        <h3 className="ds-heading" data-size="xs" id={`steg-${step.id}-title`} ref={headingRef} tabIndex={-1}>
          {step.title}
        </h3>
        <StatusTag status={step.status} />
      </div>
      <dl className="step-meta">
        <div>
          <dt>{t("path.due")}</dt>
          <dd>{formatDate(step.dueDate, locale)}</dd>
        </div>
        <div>
          <dt>{t("path.responsible")}</dt>
          <dd>{t(`responsible.${step.responsible}`)}</dd>
        </div>
        <div>
          <dt>{t("path.evidenceKind")}</dt>
          <dd>{t(`evidence.${step.evidence}`)}</dd>
        </div>
      </dl>
      {step.description ? <p className="ds-paragraph step-description">{step.description}</p> : null}
      {c ? (
        <div className="completion">
          <p className="ds-paragraph">
            {c.confirmed
              ? t("path.completedConfirmed", { date: formatDateTime(c.at, locale), name: c.byName ?? "–" })
              : t("path.completedSelf", { date: formatDateTime(c.at, locale) })}
          </p>
          {c.evidenceDate ? <p className="ds-paragraph">{t("path.evidenceDate", { date: formatDate(c.evidenceDate, locale) })}</p> : null}
          {c.note ? <p className="ds-paragraph note">{t("path.evidenceNote", { note: c.note })}</p> : null}
        </div>
      ) : null}
      {step.canRecord ? (
        c ? (
          <Form method="post" className="step-form">
            <input type="hidden" name="intent" value="undo" />
            <input type="hidden" name="stepId" value={step.id} />
            <Button ref={undoRef} variant="tertiary" size="sm" aria-describedby={`steg-${step.id}-title`}>
              {t("path.undo")}
            </Button>
          </Form>
        ) : (
          <CompleteForm step={step} today={today} errors={errors} />
        )
      ) : !c ? (
        <p className="ds-paragraph muted">{t("path.readOnly", { party: t(`responsible.${step.responsible}`) })}</p>
      ) : null}
    </>
  );
}

/**
 * Ticking a step off. Checked on the server only, with the step form's schema
 * (`validation/step.ts`): a round trip instead of react-hook-form and zod in the leader's page,
 * which keeps «Mitt løp» light on a phone (decision 6). The server's messages show at the field,
 * with or without JavaScript.
 */
function CompleteForm({ step, today, errors }: { step: PathStepView; today: string; errors?: FieldErrors }) {
  const t = useT();
  const error = (name: string) => {
    const key = errors?.[name];
    return key ? t(key) : undefined;
  };
  const needsDate = step.evidence === "date" || step.evidence === "attendance";
  return (
    <Form method="post" noValidate className="step-form stack">
      <input type="hidden" name="intent" value="complete" />
      <input type="hidden" name="stepId" value={step.id} />
      {needsDate ? (
        <TextField
          id={`f-evidenceDate-${step.id}`}
          name="evidenceDate"
          type="date"
          label={t("path.field.date")}
          description={t("path.field.date.help")}
          max={today}
          required
          defaultValue={today}
          error={error("evidenceDate")}
        />
      ) : null}
      {step.evidence === "note" ? (
        <TextArea id={`f-note-${step.id}`} name="note" label={t("path.field.note")} description={t("path.field.note.help")} rows={3} error={error("note")} />
      ) : null}
      <div>
        <Button size="sm" aria-describedby={`steg-${step.id}-title`}>
          {t("path.complete")}
        </Button>
      </div>
    </Form>
  );
}
