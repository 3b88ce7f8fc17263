import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button, Checkbox, ErrorSummary, SelectField, TextField } from "~/components/ui";
import { UnitOptions } from "~/components/unit-options";
import { useZodForm } from "~/components/use-zod-form";
import { listUnits, personForUser, updatePerson } from "~/models/person.server";
import { anonymisePerson } from "~/models/privacy.server";
import { retentionOf, setRetentionHold } from "~/models/retention.server";
import { requirePermission } from "~/server/user.server";
import { idParam, invalid, orHttpError, parseForm, redirectWithFlash, withFieldErrors } from "~/server/http.server";
import { formatDate } from "~/utils/dates";
import type { FieldErrors } from "~/utils/forms";
import { useLocale, useT } from "~/utils/i18n";
import { personActionSchema, personHoldSchema, personSchema } from "~/validation/person";
import { ROLES } from "../../db/schema";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.person.name ?? ""} – Lederløp` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "manage:person");
  const personId = idParam(params.personId);
  const [person, units, retention] = await Promise.all([orHttpError(() => personForUser({ user, personId })), listUnits(), retentionOf({ personId })]);
  return { person, units, retention };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "manage:person");
  const personId = idParam(params.personId);
  const form = await parseForm(request, personActionSchema, { arrays: ["roles"] });
  // A hold's reason can only be shown beside the hold form, which is there only for someone who
  // has left: for anyone else the answer is the conflict a valid hold gets too.
  if (!form.ok && form.values.intent === "hold" && !(await retentionOf({ personId }))) throw new Response(null, { status: 409 });
  if (!form.ok) return invalid(form.errors, form.values);
  const input = form.data;
  if (input.intent === "anonymise") {
    await orHttpError(() => anonymisePerson({ actor, personId }));
    return redirectWithFlash(`/personer/${personId}`, { key: "privacy.anonymised" });
  }
  if (input.intent === "hold" || input.intent === "release") {
    const reason = input.intent === "hold" ? input.reason : null;
    await orHttpError(() => setRetentionHold({ actor, personId, reason }));
    return redirectWithFlash(`/personer/${personId}`, { key: reason === null ? "retention.released" : "retention.held" });
  }
  return withFieldErrors(async () => {
    await updatePerson({ actor, personId, input });
    return redirectWithFlash(`/ledere/${personId}`, { key: "person.saved" });
  }, form.values);
}

export default function EditPerson() {
  const t = useT();
  const { person, units, retention } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const actionErrors = actionData?.errors as Record<string, string | undefined> | undefined;
  // The page has three forms: each shows only what its own submission sent back.
  const refused = (intent: string) => (actionData?.values?.intent === intent ? actionData : undefined);
  const sent = refused("update")?.values;
  const { field, checkbox, error, onSubmit, formState } = useZodForm(personSchema, {
    defaults: sent ?? {
      name: person.name,
      email: person.email,
      unitId: person.unit_id,
      position: person.position,
      startDate: person.start_date,
      active: person.active === 1,
      locale: person.locale,
      roles: person.roles,
    },
    serverErrors: refused("update")?.errors,
  });
  const labels = {
    name: t("hire.name"),
    email: t("hire.email"),
    unitId: t("hire.unit"),
    position: t("hire.position"),
    startDate: t("hire.startDate"),
    roles: t("person.roles"),
    locale: t("person.locale"),
  };
  const errors = Object.fromEntries(Object.keys(labels).map((k) => [k, error(k)]));
  return (
    <div className="narrow">
      <h1 className="ds-heading" data-size="lg">
        {t("person.title", { name: person.name })}
      </h1>
      {formState.isSubmitted || actionData ? <ErrorSummary errors={errors} labels={labels} /> : null}
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <input type="hidden" name="intent" value="update" />
        <TextField label={labels.name} required error={errors.name} {...field("name")} />
        <TextField label={labels.email} type="email" required error={errors.email} {...field("email")} />
        <SelectField label={labels.unitId} error={errors.unitId} {...field("unitId")}>
          <option value="">–</option>
          <UnitOptions units={units} />
        </SelectField>
        <TextField label={labels.position} error={errors.position} {...field("position")} />
        <TextField label={labels.startDate} type="date" error={errors.startDate} {...field("startDate")} />
        <SelectField label={t("person.locale")} error={error("locale")} {...field("locale")}>
          <option value="nb">{t("app.language.nb")}</option>
          <option value="nn">{t("app.language.nn")}</option>
          <option value="en">{t("app.language.en")}</option>
        </SelectField>
        <fieldset className="ds-fieldset" id="f-roles">
          <legend className="ds-label">{labels.roles}</legend>
          {person.groupRoles.length > 0 ? (
            <p className="ds-paragraph" data-size="sm" id="f-roles-groups">
              {t("person.rolesFromGroups")}
            </p>
          ) : null}
          {ROLES.map((r) => (
            <Checkbox
              key={r}
              id={`f-roles-${r}`}
              label={person.groupRoles.includes(r) ? t("person.roleFromGroup", { role: t(`role.${r}`) }) : t(`role.${r}`)}
              aria-invalid={errors.roles ? true : undefined}
              aria-describedby={errors.roles ? "f-roles-err" : undefined}
              {...checkbox("roles", r)}
            />
          ))}
          {errors.roles ? (
            <p className="ds-validation-message" data-field="validation" id="f-roles-err">
              {errors.roles}
            </p>
          ) : null}
        </fieldset>
        <Checkbox label={t("person.active")} {...checkbox("active")} />
        <div>
          <Button>{t("person.save")}</Button>
        </div>
      </Form>
      <section className="ds-card form-card" aria-labelledby="privacy">
        <h2 className="ds-heading" data-size="sm" id="privacy">
          {t("privacy.title")}
        </h2>
        <p className="ds-paragraph">
          <a className="ds-link" href={`/personer/${person.id}/eksport`} download>
            {t("privacy.export")}
          </a>
        </p>
        {retention ? <RetentionHold retention={retention} serverErrors={refused("hold")?.errors} /> : null}
        <Form method="post" className="stack">
          <input type="hidden" name="intent" value="anonymise" />
          <p className="ds-paragraph">{t("privacy.anonymise.help")}</p>
          <div className="ds-field">
            <input
              className="ds-input"
              type="checkbox"
              id="f-confirm"
              name="confirm"
              required
              aria-invalid={actionErrors?.confirm ? true : undefined}
              aria-describedby={actionErrors?.confirm ? "f-confirm-err" : undefined}
            />
            <label className="ds-label" data-weight="regular" htmlFor="f-confirm">
              {t("privacy.anonymise.confirm")}
            </label>
            {actionErrors?.confirm ? (
              <p className="ds-validation-message" data-field="validation" id="f-confirm-err">
                {t("validation.confirm")}
              </p>
            ) : null}
          </div>
          <div>
            <Button variant="secondary" data-color="danger">
              {t("privacy.anonymise")}
            </Button>
          </div>
        </Form>
      </section>
    </div>
  );
}

/** Someone who has left: when they are anonymised, and holding that back (or releasing the hold). */
function RetentionHold({ retention, serverErrors }: { retention: { leftDate: string; dueDate: string; reason: string | null }; serverErrors?: FieldErrors }) {
  const t = useT();
  const locale = useLocale();
  const { field, error, onSubmit } = useZodForm(personHoldSchema, { serverErrors });
  const dates = { left: formatDate(retention.leftDate, locale), due: formatDate(retention.dueDate, locale) };
  if (retention.reason !== null) {
    return (
      <Form method="post" className="stack">
        <input type="hidden" name="intent" value="release" />
        <p className="ds-paragraph">{t("retention.person.held", { ...dates, reason: retention.reason })}</p>
        <div>
          <Button variant="secondary">{t("retention.person.release")}</Button>
        </div>
      </Form>
    );
  }
  return (
    <Form method="post" noValidate onSubmit={onSubmit} className="stack">
      <input type="hidden" name="intent" value="hold" />
      <p className="ds-paragraph">{t("retention.person.due", dates)}</p>
      <TextField label={t("retention.person.reason")} description={t("retention.reason.help")} required maxLength={300} error={error("reason")} {...field("reason")} />
      <div>
        <Button variant="secondary">{t("retention.hold")}</Button>
      </div>
    </Form>
  );
}
