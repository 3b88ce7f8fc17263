import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Button, SelectField } from "~/components/ui";
import { useZodForm } from "~/components/use-zod-form";
import { profileOf, updateProfile } from "~/models/person.server";
import { requireUser } from "~/server/user.server";
import { invalid, parseForm, redirectWithFlash } from "~/server/http.server";
import { title, useT } from "~/utils/i18n";
import { REMINDER_MODES } from "../../db/schema";
import { profileSchema } from "~/validation/profile";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("nav.profile"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { profile: await profileOf(user.id) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await parseForm(request, profileSchema);
  if (!form.ok) return invalid(form.errors, form.values);
  await updateProfile({ user, input: form.data });
  return redirectWithFlash("/profil", { key: "person.saved" });
}

export default function Profile() {
  const t = useT();
  const { profile } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const { field, error, onSubmit } = useZodForm(profileSchema, {
    defaults: { reminderMode: profile.reminder_mode, locale: profile.locale },
    serverErrors: actionData?.errors,
  });
  return (
    <div className="narrow">
      <h1 className="ds-heading" data-size="lg">
        {t("profile.title")}
      </h1>
      <p className="ds-paragraph lead">{t("profile.intro")}</p>
      <p className="ds-paragraph muted">
        {profile.name} · {profile.email}
      </p>
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <SelectField label={t("profile.mode")} error={error("reminderMode")} {...field("reminderMode")}>
          {REMINDER_MODES.map((m) => (
            <option key={m} value={m}>
              {t(`profile.mode.${m}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("profile.locale")} error={error("locale")} {...field("locale")}>
          <option value="nb">{t("app.language.nb")}</option>
          <option value="nn">{t("app.language.nn")}</option>
          <option value="en">{t("app.language.en")}</option>
        </SelectField>
        <div>
          <Button>{t("profile.save")}</Button>
        </div>
      </Form>
    </div>
  );
}
