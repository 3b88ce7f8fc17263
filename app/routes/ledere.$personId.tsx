import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { PathSteps, StepActionAlert } from "~/components/path-steps";
import { pathsForPerson } from "~/models/path.server";
import { personForUser } from "~/models/person.server";
import { requireUser } from "~/server/user.server";
import { formatDate, osloDate } from "~/utils/dates";
import { idParam, orHttpError } from "~/server/http.server";
import { useLocale, useT } from "~/utils/i18n";
import { handleStepAction } from "~/server/step-action.server";
import { can } from "~/access/policy";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.person.name ?? ""} – Lederløp` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const personId = idParam(params.personId);
  const person = await orHttpError(() => personForUser({ user, personId }));
  const paths = (await pathsForPerson({ user, personId })) ?? [];
  return { person, paths, today: osloDate(), canEdit: can(user, "manage:person") };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const personId = idParam(params.personId);
  return handleStepAction(request, user, `/ledere/${personId}`);
}

export default function LeaderPage() {
  const t = useT();
  const locale = useLocale();
  const { person, paths, today, canEdit } = useLoaderData<typeof loader>();
  const actionResult = useActionData<typeof action>();
  return (
    <>
      <h1 className="ds-heading" data-size="lg">
        {person.name}
        {person.active ? null : <span className="ds-tag inline-tag" data-color="neutral">{t("leader.inactive")}</span>}
      </h1>
      <section className="ds-card details" aria-labelledby="details-title">
        <h2 className="ds-heading" data-size="xs" id="details-title">
          {t("leader.details")}
        </h2>
        <dl className="kv">
          <dt>{t("leader.email")}</dt>
          <dd>{person.email}</dd>
          <dt>{t("leader.position")}</dt>
          <dd>{person.position || "–"}</dd>
          <dt>{t("leader.unit")}</dt>
          <dd>{person.unitName ?? "–"}</dd>
          <dt>{t("leader.area")}</dt>
          <dd>{person.areaName ?? "–"}</dd>
          <dt>{t("leader.start")}</dt>
          <dd>{person.start_date ? formatDate(person.start_date, locale) : "–"}</dd>
        </dl>
        {canEdit ? (
          <p className="ds-paragraph">
            <Link className="ds-link" to={`/personer/${person.id}`}>
              {t("leader.edit")}
            </Link>
          </p>
        ) : null}
      </section>
      <StepActionAlert actionResult={actionResult} />
      {paths.map((p) => (
        <PathSteps key={p.id} path={p} today={today} actionResult={actionResult} />
      ))}
    </>
  );
}
