import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Button, ErrorSummary, SelectField, TextField } from "~/components/ui";
import { AreaOptions } from "~/components/unit-options";
import { useZodForm } from "~/components/use-zod-form";
import { createArea, createUnit, organisation, setUnitCode, updateArea } from "~/models/organisation.server";
import { requirePermission } from "~/server/user.server";
import type { FieldErrors } from "~/utils/forms";
import { invalid, parseForm, redirectWithFlash, withFieldErrors } from "~/server/http.server";
import { useT, title } from "~/utils/i18n";
import { areaSchema, organisationActionSchema, unitSchema } from "~/validation/organisation";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("nav.organisation"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:organisation");
  return organisation();
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "manage:organisation");
  const form = await parseForm(request, organisationActionSchema, { hidden: ["areaId", "unitId"] });
  if (!form.ok) return invalid(form.errors, form.values);
  const input = form.data;
  return withFieldErrors(async () => {
    if (input.intent === "add_unit") await createUnit({ actor, input });
    else if (input.intent === "add_area") await createArea({ actor, input });
    else if (input.intent === "update_unit") await setUnitCode({ actor, input });
    else await updateArea({ actor, areaId: input.areaId, input });
    return redirectWithFlash("/organisasjon", { key: "org.saved" });
  }, form.values);
}

type Result = { errors?: FieldErrors; values?: Record<string, unknown> } | undefined;

export default function Organisation() {
  const t = useT();
  const { areas, candidates } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result;
  const errorsFor = (intent: string, areaId?: number) =>
    result?.values?.intent === intent && (areaId === undefined || Number(result.values.areaId) === areaId) ? result.errors : undefined;
  return (
    <>
      <h1 className="ds-heading" data-size="lg">
        {t("org.title")}
      </h1>
      <p className="ds-paragraph lead">{t("org.intro")}</p>
      {result?.errors && Object.keys(result.errors).length > 0 ? (
        // Also when the refused form is not on the page (an area that no longer exists).
        <Alert color="danger" role="alert">
          {t("form.errors.general")}
        </Alert>
      ) : null}
      {areas.map((a) => {
        const errors = errorsFor("update_area", a.id);
        return (
          <section key={a.id} className="ds-card unit-block" aria-labelledby={`area-${a.id}`}>
            <h2 className="ds-heading" data-size="sm" id={`area-${a.id}`}>
              {a.name}
            </h2>
            <Form method="post" className="filters">
              <input type="hidden" name="intent" value="update_area" />
              <input type="hidden" name="areaId" value={a.id} />
              <TextField id={`f-name-${a.id}`} name="name" label={t("org.area.name")} defaultValue={a.name} required error={errors?.name && t(errors.name)} />
              <SelectField id={`f-tol-${a.id}`} name="tolId" label={t("org.tol")} defaultValue={a.tol_person_id ?? ""} error={errors?.tolId && t(errors.tolId)}>
                <option value="">{t("org.noTol")}</option>
                {candidates.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </SelectField>
              <div className="filters-submit">
                <Button variant="secondary">{t("org.area.save")}</Button>
              </div>
            </Form>
            <h3 className="ds-heading" data-size="xs">
              {t("org.unitsIn")}
            </h3>
            {a.units.length === 0 ? (
              <p className="ds-paragraph muted">{t("org.noUnits")}</p>
            ) : (
              <ul className="ds-list">
                {a.units.map((u) => {
                  const unitErrors = result?.values?.intent === "update_unit" && Number(result.values.unitId) === u.id ? result.errors : undefined;
                  return (
                    <li key={u.id}>
                      {u.name} <span className="muted">({t("org.people", { count: u.people })})</span>
                      <Form method="post" className="filters">
                        <input type="hidden" name="intent" value="update_unit" />
                        <input type="hidden" name="unitId" value={u.id} />
                        <TextField
                          id={`f-code-${u.id}`}
                          name="code"
                          label={t("org.unit.codeFor", { unit: u.name })}
                          defaultValue={unitErrors ? String(result?.values?.code ?? "") : (u.code ?? "")}
                          maxLength={40}
                          error={unitErrors?.code && t(unitErrors.code)}
                        />
                        <div className="filters-submit">
                          <Button variant="secondary">{t("org.unit.saveCode")}</Button>
                        </div>
                      </Form>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
      <AddArea candidates={candidates} serverErrors={errorsFor("add_area")} />
      <AddUnit areas={areas} serverErrors={errorsFor("add_unit")} />
    </>
  );
}

function AddArea({ candidates, serverErrors }: { candidates: { id: number; name: string }[]; serverErrors?: FieldErrors }) {
  const t = useT();
  const { field, error, onSubmit, formState } = useZodForm(areaSchema, { serverErrors });
  const labels = { name: t("org.area.name"), tolId: t("org.tol") };
  const errors = { name: error("name"), tolId: error("tolId") };
  return (
    <section className="ds-card form-card narrow" aria-labelledby="add-area">
      <h2 className="ds-heading" data-size="sm" id="add-area">
        {t("org.area.add")}
      </h2>
      {formState.isSubmitted || serverErrors ? <ErrorSummary errors={errors} labels={labels} prefix="f-area-" /> : null}
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <input type="hidden" name="intent" value="add_area" />
        <TextField label={labels.name} required error={errors.name} id="f-area-name" {...field("name")} />
        <SelectField label={labels.tolId} error={errors.tolId} id="f-area-tolId" {...field("tolId")}>
          <option value="">{t("org.noTol")}</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <div>
          <Button>{t("org.area.add")}</Button>
        </div>
      </Form>
    </section>
  );
}

function AddUnit({ areas, serverErrors }: { areas: { id: number; name: string }[]; serverErrors?: FieldErrors }) {
  const t = useT();
  const { field, error, onSubmit, formState } = useZodForm(unitSchema, { serverErrors });
  const labels = { areaId: t("org.unit.area"), name: t("org.unit.name"), code: t("org.unit.code") };
  const errors = { areaId: error("areaId"), name: error("name"), code: error("code") };
  return (
    <section className="ds-card form-card narrow" aria-labelledby="add-unit">
      <h2 className="ds-heading" data-size="sm" id="add-unit">
        {t("org.unit.add")}
      </h2>
      {formState.isSubmitted || serverErrors ? <ErrorSummary errors={errors} labels={labels} prefix="f-unit-" /> : null}
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <input type="hidden" name="intent" value="add_unit" />
        <SelectField label={labels.areaId} required error={errors.areaId} id="f-unit-areaId" {...field("areaId")}>
          <option value="">{t("readiness.chooseArea")}</option>
          <AreaOptions areas={areas} />
        </SelectField>
        <TextField label={labels.name} required error={errors.name} id="f-unit-name" {...field("name")} />
        <TextField label={labels.code} description={t("org.unit.codeHelp")} error={errors.code} id="f-unit-code" maxLength={40} {...field("code")} />
        <div>
          <Button>{t("org.unit.add")}</Button>
        </div>
      </Form>
    </section>
  );
}
