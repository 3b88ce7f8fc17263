import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Blockers, ReadinessRules, ReadinessTag } from "~/components/rollout-readiness";
import { canManageRollout, rolloutReadiness } from "~/models/rollout.server";
import { requirePermission } from "~/server/user.server";
import { formatDate } from "~/utils/dates";
import { idParam, notFound } from "~/server/http.server";
import { useLocale, useT } from "~/utils/i18n";
import { SetRolloutForm } from "./innforing._index";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.unit.unitName ?? ""} – Lederløp` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:rollout");
  const [unit] = await rolloutReadiness({ user, unitId: idParam(params.unitId) });
  if (!unit) throw notFound();
  return { unit, canManage: canManageRollout(user, unit.areaId) };
}

export default function UnitRollout() {
  const t = useT();
  const locale = useLocale();
  const { unit, canManage } = useLoaderData<typeof loader>();
  return (
    <>
      <p className="ds-paragraph">
        <Link className="ds-link" to={`/innforing?omrade=${unit.areaId}`}>
          {t("rollout.area.title", { area: unit.areaName })}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("rollout.unit.title", { unit: unit.unitName })}
      </h1>
      <p className="ds-paragraph">
        <ReadinessTag state={unit.state} /> {formatDate(unit.startDate, locale)} ·{" "}
        {unit.daysLeft >= 0 ? t("rollout.daysLeft", { days: unit.daysLeft }) : t("rollout.started", { days: -unit.daysLeft })} · {unit.areaName} ·{" "}
        {t("rollout.unit.guidance", { months: unit.guidanceMonths })}
      </p>
      <p className="ds-paragraph">
        <Link className="ds-link" to={`/enheter/${unit.unitId}`}>
          {t("cycle.link")}
        </Link>
      </p>
      <ReadinessRules />
      <section aria-labelledby="blocks">
        <h2 className="ds-heading" data-size="sm" id="blocks">
          {t("rollout.unit.leaders")}
        </h2>
        <Blockers blockers={unit.blockers} />
        <ul className="plain-list">
          {[...new Map(unit.blockers.filter((b) => b.personId).map((b) => [b.personId, b.name]))].map(([id, name]) => (
            <li key={id}>
              <Link className="ds-link" to={`/ledere/${id}`}>
                {name}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      {canManage ? <SetRolloutForm choices={[]} areaId={unit.areaId} current={{ unitId: unit.unitId, startDate: unit.startDate, guidanceMonths: unit.guidanceMonths }} /> : null}
    </>
  );
}
