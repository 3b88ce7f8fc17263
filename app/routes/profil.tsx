import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Button, SelectField, TextField } from "~/components/ui";
import { useZodForm } from "~/components/use-zod-form";
import { feedStatus, issueFeed, revokeFeed } from "~/models/calendar-feed.server";
import { profileOf, updateProfile } from "~/models/person.server";
import { requireUser } from "~/server/user.server";
import { invalid, parseForm, redirectWithFlash } from "~/server/http.server";
import { formatDateTime } from "~/utils/dates";
import type { FieldErrors } from "~/utils/forms";
import { title, useLocale, useT } from "~/utils/i18n";
import { REMINDER_MODES } from "../../db/schema";
import { profileActionSchema, profileSchema } from "~/validation/profile";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("nav.profile"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [profile, feed] = await Promise.all([profileOf(user.id), feedStatus({ personId: user.id })]);
  return { profile, feed };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const form = await parseForm(request, profileActionSchema);
  if (!form.ok) return invalid(form.errors, form.values);
  const input = form.data;
  if (input.intent === "unsubscribe") {
    await revokeFeed({ user });
    return redirectWithFlash("/profil", { key: "profile.feed.revoked" });
  }
  // Not a redirect: the address is in this one answer and nowhere else (only its hash is stored).
  if (input.intent === "feed") return { feedUrl: (await issueFeed({ user })).url };
  await updateProfile({ user, input });
  return redirectWithFlash("/profil", { key: "person.saved" });
}

type Result = { feedUrl?: string; errors?: FieldErrors } | undefined;

export default function Profile() {
  const t = useT();
  const { profile } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as Result;
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
        <input type="hidden" name="intent" value="save" />
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
      <CalendarFeed created={actionData?.feedUrl} />
    </div>
  );
}

/** The personal calendar feed: make, replace or delete its address; a new one is shown once. */
function CalendarFeed({ created }: { created?: string }) {
  const t = useT();
  const locale = useLocale();
  const { feed } = useLoaderData<typeof loader>();
  return (
    <section className="ds-card form-card stack" aria-labelledby="feed-title">
      <h2 className="ds-heading" data-size="sm" id="feed-title">
        {t("profile.feed.title")}
      </h2>
      <p className="ds-paragraph">{t("profile.feed.intro")}</p>
      {created ? (
        <>
          <Alert color="success" role="status">
            <h3 className="ds-heading" data-size="xs">
              {t("profile.feed.created")}
            </h3>
            <p className="ds-paragraph">{t("profile.feed.createdBody")}</p>
          </Alert>
          <TextField name="feedUrl" id="feed-url" label={t("profile.feed.address")} readOnly defaultValue={created} autoComplete="off" spellCheck={false} />
        </>
      ) : null}
      <p className="ds-paragraph">
        {feed
          ? `${t("profile.feed.active", { date: formatDateTime(feed.created_at, locale) })} ${feed.last_used_at ? t("profile.feed.lastUsed", { date: formatDateTime(feed.last_used_at, locale) }) : t("profile.feed.neverUsed")}`
          : t("profile.feed.none")}
      </p>
      <div className="row-actions">
        <Form method="post">
          <input type="hidden" name="intent" value="feed" />
          <Button variant={feed ? "secondary" : "primary"}>{feed ? t("profile.feed.replace") : t("profile.feed.create")}</Button>
        </Form>
        {feed ? (
          <Form method="post">
            <input type="hidden" name="intent" value="unsubscribe" />
            <Button variant="secondary">{t("profile.feed.revoke")}</Button>
          </Form>
        ) : null}
      </div>
    </section>
  );
}
