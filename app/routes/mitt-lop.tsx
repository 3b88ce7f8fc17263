import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { PathSteps, StepActionAlert } from "~/components/path-steps";
import { pathsForPerson } from "~/models/path.server";
import { requireUser } from "~/server/user.server";
import { osloDate } from "~/utils/dates";
import { useT, title } from "~/utils/i18n";
import { handleStepAction } from "~/server/step-action.server";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("nav.myPath"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const paths = (await pathsForPerson({ user, personId: user.id })) ?? [];
  return { paths, today: osloDate() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  return handleStepAction(request, user, "/mitt-lop");
}

export default function MyPath() {
  const t = useT();
  const { paths, today } = useLoaderData<typeof loader>();
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
    </>
  );
}
