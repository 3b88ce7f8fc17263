import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { MeasureSection } from "~/components/measure-table";
import { PathSteps, StepActionAlert } from "~/components/path-steps";
import { ownMeasures } from "~/models/unit-cycle.server";
import { readForm } from "~/server/http.server";
import { handleMeasureAction } from "~/server/measure-action.server";
import { pathsForPerson } from "~/models/path.server";
import { requireUser } from "~/server/user.server";
import { osloDate } from "~/utils/dates";
import { useT, title } from "~/utils/i18n";
import { handleStepAction } from "~/server/step-action.server";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("nav.myPath"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [paths, measures] = await Promise.all([pathsForPerson({ user, personId: user.id }), ownMeasures({ user })]);
  return { paths: paths ?? [], measures, today: osloDate() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  // The measure buttons («Mine tiltak») post here too.
  if ((await readForm(request.clone())).get("intent") === "measure") return handleMeasureAction(request, user, "/mitt-lop");
  return handleStepAction(request, user, "/mitt-lop");
}

export default function MyPath() {
  const t = useT();
  const { paths, measures, today } = useLoaderData<typeof loader>();
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
    </>
  );
}
