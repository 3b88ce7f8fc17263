import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { UNIT_DUTIES, type DutyKind } from "../../db/schema";
import { Button, Checkbox, ErrorSummary, PolicySummary, TextField } from "~/components/ui";
import { useZodForm } from "~/components/use-zod-form";
import { setUnitDutyPolicy, unitDutyPolicies } from "~/models/unit-duty-policy.server";
import { invalid, orHttpError, parseForm, redirectWithFlash } from "~/server/http.server";
import { requireGrant, requirePermission } from "~/server/user.server";
import type { FieldErrors } from "~/utils/forms";
import { useT, title } from "~/utils/i18n";
import { unitDutyPolicySchema } from "~/validation/unit-duty-policy";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("dutyPolicy.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:template");
  return orHttpError(() => unitDutyPolicies({ user }));
}

export async function action({ request }: ActionFunctionArgs) {
  const user = requireGrant(await requirePermission(request, "read:template"), "edit:template");
  const form = await parseForm(request, unitDutyPolicySchema, { hidden: ["duty"] });
  if (!form.ok) return invalid(form.errors, form.values);
  const input = form.data;
  await orHttpError(() => setUnitDutyPolicy({ user, input }));
  return redirectWithFlash("/maler/enhetsplikter", { key: "dutyPolicy.saved" });
}

type Sent = { errors?: FieldErrors; values?: Record<string, unknown> } | undefined;

/** One kind of duty's policy: the same fields as a template step's «Påminnelser». */
function PolicyForm({ duty }: { duty: DutyKind }) {
  const t = useT();
  const { policies, mayEdit } = useLoaderData<typeof loader>();
  const p = policies[duty];
  const sent = useActionData<typeof action>() as Sent;
  const mine = sent?.values?.duty === duty ? sent : undefined;
  const defaults = mine?.values ?? {
    remindBeforeDays: p.remind_before_days,
    remindOnDue: p.remind_on_due === 1,
    overdueEveryDays: p.overdue_every_days,
    overdueMax: p.overdue_max,
    escalateAfterDays: p.escalate_after_days,
  };
  const f = useZodForm(unitDutyPolicySchema, { defaults: { ...defaults, duty }, serverErrors: mine?.errors });
  const labels = {
    remindBeforeDays: t("template.policy.before"),
    overdueEveryDays: t("template.policy.every"),
    overdueMax: t("template.policy.max"),
    escalateAfterDays: t("dutyPolicy.escalate"),
  };
  const errors = Object.fromEntries(Object.keys(labels).map((k) => [k, f.error(k as never)]));
  const id = (name: string) => `${duty}-${name}`;
  const headingId = `policy-${duty}`;
  return (
    <section className="ds-card form-card" aria-labelledby={headingId}>
      <h2 className="ds-heading" data-size="sm" id={headingId}>
        {t(`dutyPolicy.duty.${duty}`)}
      </h2>
      <p className="ds-paragraph">{t(`dutyPolicy.who.${duty}`)}</p>
      {mayEdit ? (
        <>
          {f.formState.isSubmitted || mine ? <ErrorSummary errors={errors} labels={labels} prefix={`${duty}-`} /> : null}
          <Form method="post" noValidate onSubmit={f.onSubmit} className="stack">
            <input type="hidden" {...f.field("duty")} />
            <TextField label={labels.remindBeforeDays} type="number" inputMode="numeric" min={0} max={90} error={errors.remindBeforeDays} id={id("remindBeforeDays")} {...f.field("remindBeforeDays")} />
            <Checkbox label={t("template.policy.onDue")} id={id("remindOnDue")} {...f.checkbox("remindOnDue")} />
            <TextField label={labels.overdueEveryDays} type="number" inputMode="numeric" min={0} max={90} error={errors.overdueEveryDays} id={id("overdueEveryDays")} {...f.field("overdueEveryDays")} />
            <TextField label={labels.overdueMax} type="number" inputMode="numeric" min={0} max={10} error={errors.overdueMax} id={id("overdueMax")} {...f.field("overdueMax")} />
            <TextField label={labels.escalateAfterDays} type="number" inputMode="numeric" min={1} max={90} error={errors.escalateAfterDays} id={id("escalateAfterDays")} {...f.field("escalateAfterDays")} />
            <div>
              <Button>{t("dutyPolicy.save")}</Button>
            </div>
          </Form>
        </>
      ) : (
        <p className="ds-paragraph">
          <PolicySummary p={p} />
        </p>
      )}
    </section>
  );
}

export default function UnitDutyPolicies() {
  const t = useT();
  return (
    <>
      <p className="ds-paragraph">
        <Link className="ds-link" to="/maler">
          {t("nav.templates")}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("dutyPolicy.title")}
      </h1>
      <p className="ds-paragraph lead">
        {t("dutyPolicy.intro")} {t("template.policy.help")}
      </p>
      {UNIT_DUTIES.map((duty) => (
        <PolicyForm key={duty} duty={duty} />
      ))}
    </>
  );
}
