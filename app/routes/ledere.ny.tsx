import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button, ErrorSummary, SelectField, TextField } from "~/components/ui";
import { UnitOptions } from "~/components/unit-options";
import { useZodForm } from "~/components/use-zod-form";
import { listUnits, registerHire } from "~/models/person.server";
import { listTemplates } from "~/models/template.server";
import { requirePermission } from "~/server/user.server";
import { invalid, parseForm, redirectWithFlash, withFieldErrors } from "~/server/http.server";
import { useT, title } from "~/utils/i18n";
import { hireSchema } from "~/validation/hire";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("nav.register"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "create:leader");
  const [units, templates] = await Promise.all([listUnits(), listTemplates()]);
  return { units, templates: templates.filter((t) => t.anchor === "start_date") };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "create:leader");
  const form = await parseForm(request, hireSchema);
  if (!form.ok) return invalid(form.errors, form.values);
  return withFieldErrors(async () => {
    const hire = await registerHire({ actor, input: form.data });
    return redirectWithFlash(`/ledere/${hire.id}`, { key: "hire.done", vars: { name: hire.name } });
  }, form.values);
}

export default function RegisterHire() {
  const t = useT();
  const { units, templates } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const sent = (actionData?.values ?? {}) as Record<string, string | undefined>;
  const { field, error, onSubmit, formState } = useZodForm(hireSchema, {
    defaults: { ...sent, templateId: sent.templateId ?? templates[0]?.id },
    serverErrors: actionData?.errors,
  });
  const labels = {
    name: t("hire.name"),
    email: t("hire.email"),
    unitId: t("hire.unit"),
    position: t("hire.position"),
    startDate: t("hire.startDate"),
    templateId: t("hire.programme"),
  };
  const errors = Object.fromEntries(Object.keys(labels).map((k) => [k, error(k)]));

  return (
    <div className="narrow">
      <h1 className="ds-heading" data-size="lg">
        {t("hire.title")}
      </h1>
      <p className="ds-paragraph lead">{t("hire.intro")}</p>
      {formState.isSubmitted || actionData ? <ErrorSummary errors={errors} labels={labels} /> : null}
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <TextField label={labels.name} autoComplete="off" required error={errors.name} {...field("name")} />
        <TextField label={labels.email} type="email" autoComplete="off" required error={errors.email} {...field("email")} />
        <SelectField label={labels.unitId} required error={errors.unitId} {...field("unitId")}>
          <option value="">{t("hire.unit.choose")}</option>
          <UnitOptions units={units} />
        </SelectField>
        <TextField label={labels.position} required error={errors.position} {...field("position")} />
        <TextField label={labels.startDate} type="date" required error={errors.startDate} {...field("startDate")} />
        <SelectField label={labels.templateId} required error={errors.templateId} {...field("templateId")}>
          {templates.map((tp) => (
            <option key={tp.id} value={tp.id}>
              {tp.name}
            </option>
          ))}
        </SelectField>
        <div>
          <Button>{t("hire.submit")}</Button>
        </div>
      </Form>
    </div>
  );
}
