import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { MeasureSection } from "~/components/measure-table";
import { PathSteps, StepActionAlert } from "~/components/path-steps";
import { ownMeasures } from "~/models/unit-cycle.server";
import { readForm } from "~/server/http.server";
import { handleMeasureAction } from "~/server/measure-action.server";
import { pathsForPerson } from "~/models/path.server";
import { requireUser } from "~/server/user.server";
import { useLocale, useT, title } from "~/utils/i18n";
import { handleStepAction } from "~/server/step-action.server";
import { AgreementCard, SuggestionList } from "~/components/agreement-section";
import { ownAgreements } from "~/models/agreement.server";
import { ownRepetition } from "~/models/repetition.server";
import { formatDate, formatDateTime, osloDate } from "~/utils/dates";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("nav.myPath"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [paths, measures, agreements, repetition] = await Promise.all([pathsForPerson({ user, personId: user.id }), ownMeasures({ user }), ownAgreements({ user }), ownRepetition({ user })]);
  return { paths: paths ?? [], measures, today: osloDate(), agreements, repetition };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  // The measure buttons («Mine tiltak») post here too.
  if ((await readForm(request.clone())).get("intent") === "measure") return handleMeasureAction(request, user, "/mitt-lop");
  return handleStepAction(request, user, "/mitt-lop");
}

export default function MyPath() {
  const t = useT();
  const { paths, measures, today, agreements, repetition } = useLoaderData<typeof loader>();
  const locale = useLocale();
  const actionResult = useActionData<typeof action>();
  return (
    <>
      <h1 className="ds-heading" data-size="lg">
        {t("path.title")}
      </h1>
      <p className="ds-paragraph lead">{t("path.intro")}</p>
      {paths.length === 0 ? <p className="ds-paragraph">{t("path.none")}</p> : null}
      <StepActionAlert actionResult={actionResult} />
      {paths.map((p) => (
        <PathSteps key={p.id} path={p} today={today} actionResult={actionResult} />
      ))}
      {measures.length ? <MeasureSection id="my-measures" title={t("cycle.mine.title")} measures={measures} size="md" /> : null}
      {repetition.length > 0 ? (
        <section className="ds-card details" aria-labelledby="repetisjon">
          <h2 className="ds-heading" data-size="sm" id="repetisjon">
            {t("repetition.mine")}
          </h2>
          {repetition.map((r) => {
            const kind = t(`session.kind.${r.kind}`);
            return (
              <div key={r.kind}>
                <p className="ds-paragraph">
                  <strong>{r.lastAttended ? t("repetition.mineLast", { kind, date: formatDate(r.lastAttended, locale) }) : t("repetition.mineNever", { kind })}</strong>
                  <span className="block">{r.lapsed ? t("repetition.mineLapsed", { months: r.months }) : t("repetition.mineComing")}</span>
                </p>
                {r.coming.length === 0 ? (
                  <p className="ds-paragraph muted">{t("repetition.noneComing")}</p>
                ) : (
                  <ul className="plain-list">
                    {r.coming.map((s) => (
                      <li key={s.id}>
                        <Link className="ds-link" to={`/kurs/${s.id}`}>
                          {s.title}
                        </Link>{" "}
                        <span className="muted">
                          {formatDateTime(s.starts_at, locale)}, {s.location}
                        </span>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })}
        </section>
      ) : null}
      {agreements.history.length > 0 ? (
        <section className="ds-card details" aria-labelledby="lederavtaler">
          <h2 className="ds-heading" data-size="sm" id="lederavtaler">
            {t("agreement.mine")}
          </h2>
          <p className="ds-paragraph">{t("agreement.mineIntro")}</p>
          <SuggestionList suggestions={agreements.suggestions} />
          {agreements.history.map((a) => (
            <AgreementCard key={a.id} agreement={a} />
          ))}
        </section>
      ) : null}
    </>
  );
}
