import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, Button, Checkbox, ErrorSummary, PolicySummary, SelectField, TableScroll, TextArea, TextField } from "~/components/ui";
import { useZodForm } from "~/components/use-zod-form";
import { addTemplateStep, getTemplate, moveTemplateStep, retireTemplateStep, syncRunningPaths, updateTemplateStep } from "~/models/template.server";
import { requireGrant, requirePermission, requireUser } from "~/server/user.server";
import { formatDateTime } from "~/utils/dates";
import { idParam, invalid, parseForm, redirectWithFlash, orHttpError, withFieldErrors } from "~/server/http.server";
import { useLocale, useT } from "~/utils/i18n";
import { EVIDENCE, RESPONSIBLE } from "../../db/schema";
import { templateActionSchema, templateStepSchema } from "~/validation/template-step";
import { can } from "~/access/policy";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.template.name ?? ""} – Lederløp` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:template");
  const result = await orHttpError(() => getTemplate(idParam(params.templateId)));
  return { ...result, canEdit: can(user, "edit:template") };
}

/**
 * Admin edits steps (each edit is a new template version); HR, or admin, decides when running
 * paths pick the new version up.
 */
export async function action({ request, params }: ActionFunctionArgs) {
  const templateId = idParam(params.templateId);
  const url = `/maler/${templateId}`;
  const user = await requireUser(request);
  const form = await parseForm(request, templateActionSchema, { hidden: ["stepId"] });
  const intent = form.ok ? form.data.intent : String(form.values.intent);
  const actor = requireGrant(user, intent === "sync" ? "sync:template" : "edit:template");
  if (!form.ok) return invalid(form.errors, form.values);
  const input = form.data;
  switch (input.intent) {
    case "sync": {
      const r = await orHttpError(() => syncRunningPaths({ actor, templateId }));
      return redirectWithFlash(url, { key: "template.synced", vars: { count: r.count, version: r.version } });
    }
    case "up":
    case "down":
    case "retire": {
      const { stepId } = input;
      const version = await orHttpError(() =>
        input.intent === "retire" ? retireTemplateStep({ actor, templateId, stepId }) : moveTemplateStep({ actor, templateId, stepId, direction: input.intent }),
      );
      // Moving the first step up or retiring a retired one changes nothing.
      return version === null ? redirect(url) : redirectWithFlash(url, { key: "template.saved", vars: { version } });
    }
    case "add":
    case "edit":
      return withFieldErrors(async () => {
        const version =
          input.intent === "add"
            ? await addTemplateStep({ actor, templateId, input })
            : await updateTemplateStep({ actor, templateId, stepId: input.stepId, input });
        return redirectWithFlash(url, { key: "template.saved", vars: { version } });
      }, form.values);
  }
}

export default function TemplateEditor() {
  const t = useT();
  const locale = useLocale();
  const { template, steps, outdatedPaths, canEdit } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const editing = Number(params.get("rediger")) || null;
  const active = steps.filter((s) => !s.retired_at);
  const retired = steps.filter((s) => s.retired_at);
  const editStep = steps.find((s) => s.id === editing);

  return (
    <>
      <h1 className="ds-heading" data-size="lg">
        {template.name}
      </h1>
      <p className="ds-paragraph">{template.description}</p>
      <p className="ds-paragraph muted">
        {t("templates.version", { version: template.version })} ·{" "}
        {t(template.anchor === "rollout_date" ? "templates.anchor.rollout_date" : "templates.anchor.start_date")}
      </p>
      {outdatedPaths > 0 ? (
        <Alert color="warning">
          <p className="ds-paragraph">{t("template.outdated", { count: outdatedPaths })}</p>
          <p className="ds-paragraph">{t("template.sync.help")}</p>
          <Form method="post">
            <input type="hidden" name="intent" value="sync" />
            <Button variant="secondary">{t("template.sync", { version: template.version })}</Button>
          </Form>
        </Alert>
      ) : (
        <p className="ds-paragraph muted">{t("template.upToDate")}</p>
      )}
      <h2 className="ds-heading" data-size="md">
        {t("template.steps")}
      </h2>
      <TableScroll label={t("template.steps")}>
        <table className="ds-table" data-border="true">
          <thead>
            <tr>
              <th scope="col">{t("template.col.order")}</th>
              <th scope="col">{t("template.col.title")}</th>
              <th scope="col">{t("template.col.responsible")}</th>
              <th scope="col" className="num">
                {t("template.col.offset")}
              </th>
              <th scope="col">{t("template.col.evidence")}</th>
              <th scope="col">{t("template.col.policy")}</th>
              {canEdit ? <th scope="col">{t("template.col.actions")}</th> : null}
            </tr>
          </thead>
          <tbody>
            {active.map((s, i) => (
              <tr key={s.id}>
                <td>{i + 1}</td>
                <th scope="row">
                  {s.title}
                  <span className="muted block">{s.required ? t("template.required") : t("template.optional")}</span>
                </th>
                <td>{t(`responsible.${s.responsible}`)}</td>
                <td className="num">{s.offset_days}</td>
                <td>{t(`evidence.${s.evidence}`)}</td>
                <td className="policy">
                  <PolicySummary p={s} />
                </td>
                {canEdit ? (
                  <td>
                    <Form method="post" className="row-actions">
                      <input type="hidden" name="stepId" value={s.id} />
                      <Button variant="tertiary" size="sm" name="intent" value="up" disabled={i === 0} aria-label={t("template.moveUp", { title: s.title })}>
                        ↑
                      </Button>
                      <Button variant="tertiary" size="sm" name="intent" value="down" disabled={i === active.length - 1} aria-label={t("template.moveDown", { title: s.title })}>
                        ↓
                      </Button>
                      <Link className="ds-link" to={`?rediger=${s.id}#step-form`} aria-label={t("template.edit", { title: s.title })}>
                        {t("template.editStep")}
                      </Link>
                      <Button variant="tertiary" size="sm" name="intent" value="retire" aria-label={t("template.retire", { title: s.title })}>
                        {t("template.retireShort")}
                      </Button>
                    </Form>
                  </td>
                ) : null}
              </tr>
            ))}
            {retired.map((s) => (
              <tr key={s.id} className="retired">
                <td>–</td>
                <th scope="row">
                  <s>{s.title}</s>
                  <span className="muted block">{t("template.retired", { date: formatDateTime(s.retired_at!, locale) })}</span>
                </th>
                <td>{t(`responsible.${s.responsible}`)}</td>
                <td className="num">{s.offset_days}</td>
                <td>{t(`evidence.${s.evidence}`)}</td>
                <td />
                {canEdit ? <td /> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {canEdit ? <StepForm key={editStep?.id ?? "new"} step={editStep} /> : null}
    </>
  );
}

interface EditableStep {
  id: number;
  title: string;
  description: string;
  responsible: string;
  offset_days: number;
  evidence: string;
  required: number;
  remind_before_days: number;
  remind_on_due: number;
  overdue_every_days: number;
  overdue_max: number;
  escalate_after_days: number | null;
}

function StepForm({ step }: { step?: EditableStep }) {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const { field, checkbox, error, onSubmit, formState } = useZodForm(templateStepSchema, {
    defaults: step
      ? {
          title: step.title,
          description: step.description,
          responsible: step.responsible,
          offsetDays: step.offset_days,
          evidence: step.evidence,
          required: step.required === 1,
          remindBeforeDays: step.remind_before_days,
          remindOnDue: step.remind_on_due === 1,
          overdueEveryDays: step.overdue_every_days,
          overdueMax: step.overdue_max,
          escalateAfterDays: step.escalate_after_days,
        }
      : { responsible: "leader", offsetDays: 30, evidence: "tick", required: true, remindBeforeDays: 7, remindOnDue: true, overdueEveryDays: 7, overdueMax: 3, escalateAfterDays: 14 },
    serverErrors: actionData && "errors" in actionData ? actionData.errors : undefined,
  });
  const labels = {
    title: t("template.step.title"),
    description: t("template.step.description"),
    responsible: t("template.step.responsible"),
    offsetDays: t("template.step.offset"),
    evidence: t("template.step.evidence"),
    remindBeforeDays: t("template.policy.before"),
    overdueEveryDays: t("template.policy.every"),
    overdueMax: t("template.policy.max"),
    escalateAfterDays: t("template.policy.escalate"),
  };
  const errors = Object.fromEntries(Object.keys(labels).map((k) => [k, error(k)]));
  return (
    <section className="ds-card form-card" aria-labelledby="step-form" id="step-form-section">
      <h2 className="ds-heading" data-size="sm" id="step-form" tabIndex={-1}>
        {step ? `${t("template.editStep")}: ${step.title}` : t("template.addStep")}
      </h2>
      {formState.isSubmitted || actionData ? <ErrorSummary errors={errors} labels={labels} /> : null}
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <input type="hidden" name="intent" value={step ? "edit" : "add"} />
        {step ? <input type="hidden" name="stepId" value={step.id} /> : null}
        <TextField label={labels.title} required error={errors.title} {...field("title")} />
        <TextArea label={labels.description} rows={3} error={errors.description} {...field("description")} />
        <SelectField label={labels.responsible} error={errors.responsible} {...field("responsible")}>
          {RESPONSIBLE.map((r) => (
            <option key={r} value={r}>
              {t(`responsible.${r}`)}
            </option>
          ))}
        </SelectField>
        <TextField label={labels.offsetDays} description={t("template.step.offset.help")} type="number" inputMode="numeric" min={-730} max={730} error={errors.offsetDays} {...field("offsetDays")} />
        <SelectField label={labels.evidence} error={errors.evidence} {...field("evidence")}>
          {EVIDENCE.map((e) => (
            <option key={e} value={e}>
              {t(`evidence.${e}`)}
            </option>
          ))}
        </SelectField>
        <Checkbox label={t("template.step.required")} {...checkbox("required")} />
        <fieldset className="ds-fieldset" aria-describedby="policy-help">
          <legend className="ds-label">{t("template.policy")}</legend>
          <p className="ds-paragraph field-description" id="policy-help">
            {t("template.policy.help")}
          </p>
          <TextField label={labels.remindBeforeDays} type="number" inputMode="numeric" min={0} max={90} error={errors.remindBeforeDays} {...field("remindBeforeDays")} />
          <Checkbox label={t("template.policy.onDue")} {...checkbox("remindOnDue")} />
          <TextField label={labels.overdueEveryDays} type="number" inputMode="numeric" min={0} max={90} error={errors.overdueEveryDays} {...field("overdueEveryDays")} />
          <TextField label={labels.overdueMax} type="number" inputMode="numeric" min={0} max={10} error={errors.overdueMax} {...field("overdueMax")} />
          <TextField label={labels.escalateAfterDays} type="number" inputMode="numeric" min={1} max={90} error={errors.escalateAfterDays} {...field("escalateAfterDays")} />
        </fieldset>
        <div className="button-row">
          <Button>{t("template.step.save")}</Button>
          {step ? (
            <Link className="ds-link" to=".">
              {t("template.step.cancel")}
            </Link>
          ) : null}
        </div>
      </Form>
    </section>
  );
}
