import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { AreaReadinessTable, ReadinessChart, ReadinessRules, ReadinessTable } from "~/components/rollout-readiness";
import { Alert, Button, ErrorSummary, SelectField, TextField } from "~/components/ui";
import { UnitOptions } from "~/components/unit-options";
import { useZodForm } from "~/components/use-zod-form";
import { listAreas } from "~/models/person.server";
import { areaSummaries, overview, readinessByMonth, rolloutArea, rolloutReadiness, rolloutScope, setRollout, unitsForRollout } from "~/models/rollout.server";
import { requirePermission } from "~/server/user.server";
import { groupBy } from "~/utils/collections";
import { idParam, invalid, orHttpError, parseForm, redirectWithFlash, withFieldErrors } from "~/server/http.server";
import { useT, title } from "~/utils/i18n";
import { rolloutSchema } from "~/validation/rollout";
import { can } from "~/access/policy";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => title(matches, (t) => `${data?.area ? `${data.area.name} – ` : ""}${t("nav.rollouts")}`);


/**
 * Those who see the whole municipality get one row per service area and the chart; `?omrade=ID`
 * opens one area's units and what blocks them. A TOL sees their own areas' units directly.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:rollout");
  const manages = can(user, "manage:rollout");
  const asked = new URL(request.url).searchParams.get("omrade");
  const area = asked === null ? null : await orHttpError(() => rolloutArea({ user, areaId: idParam(asked) }));
  const [units, areas] = await Promise.all([orHttpError(() => rolloutReadiness({ user, areaId: area?.id })), listAreas(user)]);
  const chart = readinessByMonth(units);
  if (!area && rolloutScope(user) === null) {
    return { area, summary: areaSummaries(areas, units), chart, hasRollouts: units.length > 0, units: [], choices: [], manages, severalAreas: true };
  }
  const choices = manages ? await unitsForRollout(user, area?.id) : [];
  return { area, summary: null, chart, hasRollouts: units.length > 0, units: overview(units), choices, manages, severalAreas: areas.length > 1 };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "manage:rollout");
  const form = await parseForm(request, rolloutSchema);
  if (!form.ok) return invalid(form.errors, form.values);
  return withFieldErrors(async () => {
    const r = await setRollout({ user, ...form.data });
    return redirectWithFlash(`/innforing/${form.data.unitId}`, { key: "rollout.saved", vars: r });
  }, form.values);
}

export default function Rollouts() {
  const t = useT();
  const { area, summary, chart, hasRollouts, units, choices, manages, severalAreas } = useLoaderData<typeof loader>();
  const actionData = useActionData<{ errors?: Record<string, never> }>();
  const areas = groupBy(units, (u) => u.areaName);
  const showsForm = manages && choices.length > 0;
  return (
    <>
      {area && severalAreas ? (
        <p className="ds-paragraph">
          <Link className="ds-link" to="/innforing">
            {t("rollout.allAreas")}
          </Link>
        </p>
      ) : null}
      <h1 className="ds-heading" data-size="lg">
        {area ? t("rollout.area.title", { area: area.name }) : t("rollout.title")}
      </h1>
      <p className="ds-paragraph lead">{summary ? t("rollout.summary.intro") : t("rollout.intro")}</p>
      {actionData?.errors && !showsForm ? (
        <Alert color="danger" role="alert">
          {t("rollout.set.notHere")}
        </Alert>
      ) : null}
      <ReadinessRules />
      {!hasRollouts ? <p className="ds-paragraph">{area ? t("rollout.area.none", { area: area.name }) : t("rollout.none")}</p> : null}
      <ReadinessChart months={chart} />
      {summary ? (
        <>
          <AreaReadinessTable areas={summary} />
          {manages ? <p className="ds-paragraph">{t("rollout.summary.setHint")}</p> : null}
        </>
      ) : areas.length > 1 ? (
        areas.map(([name, list]) => (
          <section key={name} aria-labelledby={`area-${list[0]!.areaId}`} className="unit-block">
            <h2 className="ds-heading" data-size="sm" id={`area-${list[0]!.areaId}`}>
              {name}
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
      {showsForm ? <SetRolloutForm choices={choices} areaId={area?.id} /> : null}
    </>
  );
}

/** Posts with the area it was shown in, so a refused form comes back in the same place. */
export function SetRolloutForm({
  choices,
  current,
  areaId,
}: {
  choices: { id: number; name: string; areaName: string }[];
  current?: { unitId: number; startDate: string; guidanceMonths: number };
  areaId?: number;
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
      <Form method="post" action={areaId ? `/innforing?index&omrade=${areaId}` : "/innforing?index"} noValidate onSubmit={onSubmit} className="stack">
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
