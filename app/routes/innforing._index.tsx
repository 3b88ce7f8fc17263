import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ReadinessChart, ReadinessRules, ReadinessTable } from "~/components/readiness";
import { Button, ErrorSummary, SelectField, TextField } from "~/components/ui";
import { UnitOptions } from "~/components/unit-options";
import { useZodForm } from "~/components/use-zod-form";
import { overview, rolloutReadiness, setRollout, unitsForRollout } from "~/models/rollout.server";
import { requireRole } from "~/utils/auth.server";
import { groupBy } from "~/utils/collections";
import { invalid, parseForm, redirectWithFlash, withFieldErrors } from "~/utils/http.server";
import { useT } from "~/utils/i18n";
import { rolloutSchema } from "~/validation/rollout";

export const meta: MetaFunction = () => [{ title: "Innføring – Lederløp" }];

const READERS = ["tol", "hr", "development_unit", "admin", "rlg"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, READERS);
  const manages = user.roles.includes("admin") || user.roles.includes("tol");
  const [units, choices] = await Promise.all([rolloutReadiness({ user }), manages ? unitsForRollout(user) : Promise.resolve([])]);
  return { units: overview(units), choices, manages };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ["tol", "admin"]);
  const form = await parseForm(request, rolloutSchema);
  if (!form.ok) return invalid(form.errors, form.values);
  return withFieldErrors(async () => {
    const r = await setRollout({ user, ...form.data });
    return redirectWithFlash(`/innforing/${form.data.unitId}`, { key: "rollout.saved", vars: r });
  }, form.values);
}

export default function Rollouts() {
  const t = useT();
  const { units, choices, manages } = useLoaderData<typeof loader>();
  const areas = groupBy(units, (u) => u.areaName);
  return (
    <>
      <h1 className="ds-heading" data-size="lg">
        {t("rollout.title")}
      </h1>
      <p className="ds-paragraph lead">{t("rollout.intro")}</p>
      <ReadinessRules />
      {units.length === 0 ? <p className="ds-paragraph">{t("rollout.none")}</p> : null}
      <ReadinessChart units={units} />
      {areas.length > 1 ? (
        areas.map(([area, list]) => (
          <section key={area} aria-labelledby={`area-${list[0]!.areaId}`} className="unit-block">
            <h2 className="ds-heading" data-size="sm" id={`area-${list[0]!.areaId}`}>
              {area}
            </h2>
            <p className="ds-paragraph muted">
              {t("rollout.area.summary", {
                units: list.length,
                ready: list.filter((u) => u.state === "ready").length,
                risk: list.filter((u) => u.state === "at_risk" || u.state === "not_ready").length,
              })}
            </p>
            <ReadinessTable units={list} />
          </section>
        ))
      ) : units.length > 0 ? (
        <ReadinessTable units={units} />
      ) : null}
      {manages && choices.length > 0 ? <SetRolloutForm choices={choices} /> : null}
    </>
  );
}

export function SetRolloutForm({
  choices,
  current,
}: {
  choices: { id: number; name: string; areaName: string }[];
  current?: { unitId: number; startDate: string; guidanceMonths: number };
}) {
  const t = useT();
  const actionData = useActionData<{ errors?: Record<string, never>; values?: Record<string, unknown> }>();
  const { field, error, onSubmit, formState } = useZodForm(rolloutSchema, {
    defaults: actionData?.values ?? (current ?? { guidanceMonths: 6 }),
    serverErrors: actionData?.errors,
  });
  const labels = { unitId: t("rollout.set.unit"), startDate: t("rollout.set.date"), guidanceMonths: t("rollout.set.guidance") };
  const errors = Object.fromEntries(Object.keys(labels).map((k) => [k, error(k)]));
  return (
    <section className="ds-card form-card narrow" aria-labelledby="set-rollout">
      <h2 className="ds-heading" data-size="sm" id="set-rollout">
        {current ? t("rollout.unit.move") : t("rollout.set.title")}
      </h2>
      <p className="ds-paragraph">{t("rollout.set.intro")}</p>
      {formState.isSubmitted || actionData?.errors ? <ErrorSummary errors={errors} labels={labels} /> : null}
      <Form method="post" action="/innforing?index" noValidate onSubmit={onSubmit} className="stack">
        {current ? (
          <input type="hidden" {...field("unitId")} />
        ) : (
          <SelectField label={labels.unitId} required error={errors.unitId} {...field("unitId")}>
            <option value="">{t("hire.unit.choose")}</option>
            <UnitOptions units={choices} />
          </SelectField>
        )}
        <TextField label={labels.startDate} type="date" required error={errors.startDate} {...field("startDate")} />
        <TextField label={labels.guidanceMonths} type="number" inputMode="numeric" min={0} max={36} error={errors.guidanceMonths} {...field("guidanceMonths")} />
        <div>
          <Button>{t("rollout.set.submit")}</Button>
        </div>
      </Form>
    </section>
  );
}
