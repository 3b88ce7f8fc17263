import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listTemplates } from "~/models/template.server";
import { requirePermission } from "~/server/user.server";
import { useT, title } from "~/utils/i18n";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("nav.templates"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "read:template");
  return { templates: await listTemplates() };
}

export default function Templates() {
  const t = useT();
  const { templates } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="ds-heading" data-size="lg">
        {t("templates.title")}
      </h1>
      <p className="ds-paragraph lead">{t("templates.intro")}</p>
      <ul className="plain-list card-list">
        {templates.map((tp) => (
          <li key={tp.id} className="ds-card">
            <h2 className="ds-heading" data-size="sm">
              <Link className="ds-link" to={`/maler/${tp.id}`}>
                {tp.name}
              </Link>
            </h2>
            <p className="ds-paragraph">{tp.description}</p>
            <p className="ds-paragraph muted">
              {t("templates.version", { version: tp.version })} · {t("templates.steps", { count: Number(tp.stepCount) })} ·{" "}
              {t(tp.anchor === "rollout_date" ? "templates.anchor.rollout_date" : "templates.anchor.start_date")}
            </p>
          </li>
        ))}
        <li className="ds-card">
          <h2 className="ds-heading" data-size="sm">
            <Link className="ds-link" to="/maler/enhetsplikter">
              {t("dutyPolicy.title")}
            </Link>
          </h2>
          <p className="ds-paragraph">{t("dutyPolicy.card")}</p>
        </li>
      </ul>
    </>
  );
}
