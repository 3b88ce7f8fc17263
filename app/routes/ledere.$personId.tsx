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
import { AgreementForm } from "~/components/agreement-form";
import { AgreementCard, SuggestionList } from "~/components/agreement-section";
import { leaderAgreements, mayRecordAgreement, recordAgreement } from "~/models/agreement.server";
import { invalid, parseForm, redirectWithFlash, withFieldErrors } from "~/server/http.server";
import { agreementSchema } from "~/validation/agreement";
import type { FieldErrors } from "~/utils/forms";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.person.name ?? ""} – Lederløp` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const personId = idParam(params.personId);
  const person = await orHttpError(() => personForUser({ user, personId }));
  const paths = (await pathsForPerson({ user, personId })) ?? [];
  return { person, paths, today: osloDate(), canEdit: can(user, "manage:person"), agreements: await leaderAgreements({ user, personId }) };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const personId = idParam(params.personId);
  // The agreement form posts to `?avtale`, so the body is read once, by the form it belongs to.
  if (new URL(request.url).searchParams.has("avtale")) return agreementAction(request, user, personId);
  return handleStepAction(request, user, `/ledere/${personId}`);
}

async function agreementAction(request: Request, user: Awaited<ReturnType<typeof requireUser>>, personId: number) {
  const form = await parseForm(request, agreementSchema, { arrays: ["topicIds"] });
  if (!form.ok) {
    // Someone who may not record it gets a refusal, not its field messages.
    await orHttpError(() => mayRecordAgreement({ user, personId }));
    return invalid(form.errors, form.values);
  }
  return withFieldErrors(async () => {
    const { corrected } = await recordAgreement({ user, personId, input: form.data });
    return redirectWithFlash(`/ledere/${personId}#lederavtale`, { key: corrected ? "agreement.corrected" : "agreement.saved" });
  }, form.values);
}

export default function LeaderPage() {
  const t = useT();
  const locale = useLocale();
  const { person, paths, today, canEdit, agreements } = useLoaderData<typeof loader>();
  const actionResult = useActionData<typeof action>();
  const sent = actionResult as { errors?: FieldErrors; values?: Record<string, unknown> } | undefined;
  const agreementSent = sent?.values?.intent === "agreement" ? sent : undefined;
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
      {agreementSent ? null : <StepActionAlert actionResult={actionResult} />}
      {paths.map((p) => (
        <PathSteps key={p.id} path={p} today={today} actionResult={agreementSent ? undefined : actionResult} />
      ))}
      {agreements ? <AgreementSection personId={person.id} agreements={agreements} sent={agreementSent} /> : null}
    </>
  );
}

const STATE_COLORS = { held: "success", due: "info", overdue: "danger", not_due: "neutral" } as const;

function AgreementSection({
  personId,
  agreements: a,
  sent,
}: {
  personId: number;
  agreements: NonNullable<Awaited<ReturnType<typeof loader>>["agreements"]>;
  sent?: { errors?: FieldErrors; values?: Record<string, unknown> };
}) {
  const t = useT();
  const locale = useLocale();
  const current = a.history.find((x) => x.year === a.season.year) ?? null;
  // Last year's needs, and what was done about them, beside this year's agreement.
  const previous = a.history.find((x) => x.year < a.season.year) ?? null;
  const defaults = sent?.values ?? (current
    ? { year: String(current.year), heldOn: current.heldOn, needs: current.needs, topicIds: current.topics.map((x) => String(x.id)) }
    : { year: String(a.season.year) });
  // A topic retired since stays ticked on the agreement that has it.
  const topics = [...a.topics, ...(current?.topics ?? []).filter((x) => !a.topics.some((y) => y.id === x.id))];
  return (
    <section className="ds-card details" aria-labelledby="lederavtale">
      <h2 className="ds-heading" data-size="sm" id="lederavtale">
        {t("agreement.title")}{" "}
        <span className="ds-tag inline-tag" data-color={STATE_COLORS[a.state]} data-size="sm">
          {t(`agreement.state.${a.state}`)}
        </span>
      </h2>
      <p className="ds-paragraph">
        {t("agreement.season", { year: a.season.year, date: formatDate(a.season.due, locale) })} {t(a.recorder === "rlg" ? "agreement.recorder.rlg" : "agreement.recorder.tol")}
      </p>
      {previous ? <AgreementCard agreement={previous} heading={t("agreement.lastYear", { year: previous.year })} /> : null}
      <SuggestionList suggestions={a.suggestions} />
      {a.canRecord ? (
        <AgreementForm action={`/ledere/${personId}?avtale`} years={a.years} topics={topics} defaults={defaults} correcting={sent ? null : (current?.year ?? null)} serverErrors={sent?.errors} />
      ) : null}
      <h3 className="ds-heading" data-size="xs">
        {t("agreement.history")}
      </h3>
      {a.history.length === 0 ? <p className="ds-paragraph muted">{t("agreement.none")}</p> : a.history.map((x) => <AgreementCard key={x.id} agreement={x} />)}
    </section>
  );
}
