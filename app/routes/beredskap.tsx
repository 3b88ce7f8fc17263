import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { AreaChooser } from "~/components/area-chooser";
import { Pagination } from "~/components/pagination";
import { Progress, StatusTag, TableScroll } from "~/components/ui";
import { listAreas } from "~/models/person.server";
import { teamReadiness } from "~/models/team-readiness.server";
import { requirePermission } from "~/server/user.server";
import { idQuery, orHttpError, pageParam } from "~/server/http.server";
import { useT, title } from "~/utils/i18n";
import { STEP_STATUSES, type StepStatus } from "~/utils/status";
import { pageCount } from "~/models/queries.server";

const FROM_CODE: Record<string, StepStatus | undefined> = { d: "done", o: "overdue", s: "due_soon", u: "upcoming" };

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("nav.readiness"));

const PAGE_SIZE = 25;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:team-readiness");
  const areas = await listAreas(user);
  const areaId = idQuery(request, "omrade") ?? areas[0]?.id;
  if (!areaId) return { areas, readiness: null, page: 1, pages: 1 };
  const readiness = await orHttpError(() => teamReadiness({ user, areaId }));
  // The largest areas have hundreds of leaders: show them a page at a time, most behind first.
  const rows = readiness.units.flatMap((u) => u.leaders.map((l) => ({ unit: u, leader: l })));
  const pages = pageCount(rows.length, PAGE_SIZE);
  const page = Math.min(pages, pageParam(request));
  const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const units = readiness.units
    .map((u) => ({ ...u, leaderCount: u.leaders.length, leaders: shown.filter((r) => r.unit === u).map((r) => r.leader) }))
    .filter((u) => u.leaders.length > 0);
  return { areas, readiness: { ...readiness, units }, page, pages };
}

export default function Readiness() {
  const t = useT();
  const { areas, readiness, page, pages } = useLoaderData<typeof loader>();
  if (!readiness) {
    return (
      <>
        <h1 className="ds-heading" data-size="lg">
          {t("readiness.titleGeneric")}
        </h1>
        <p className="ds-paragraph">{t("readiness.noArea")}</p>
      </>
    );
  }
  const { area, columns, units } = readiness;
  return (
    <>
      <h1 className="ds-heading" data-size="lg">
        {t("readiness.title", { area: area.name })}
      </h1>
      <p className="ds-paragraph lead">{t("readiness.intro")}</p>
      <p className="ds-paragraph muted">{t("progress.definition")}</p>
      {areas.length > 1 ? <AreaChooser areas={areas} current={area.id} label={t("readiness.chooseArea")} submit={t("readiness.show")} /> : null}
      <details className="legend">
        <summary>{t("readiness.legend")}</summary>
        <ul className="plain-list inline-list">
          {STEP_STATUSES.map((s) => (
            <li key={s}>
              <StatusTag status={s} />
            </li>
          ))}
        </ul>
      </details>
      {units.length === 0 ? <p className="ds-paragraph">{t("readiness.none")}</p> : null}
      {units.map((unit) => (
        <section key={unit.id} className="unit-block" aria-labelledby={`unit-${unit.id}`}>
          <h2 className="ds-heading" data-size="sm" id={`unit-${unit.id}`}>
            {t("readiness.unit", { unit: unit.name })}
          </h2>
          <p className="ds-paragraph muted">{t("readiness.unitSummary", { leaders: unit.leaderCount, percent: unit.percent, overdue: unit.overdue })}</p>
          <TableScroll label={t("readiness.unit", { unit: unit.name })}>
            <table className="ds-table matrix" data-border="true">
              <thead>
                <tr>
                  <th scope="col">{t("readiness.col.leader")}</th>
                  <th scope="col">{t("readiness.col.progress")}</th>
                  <th scope="col" className="num">
                    {t("readiness.col.overdue")}
                  </th>
                  {columns.map((c) => (
                    <th scope="col" key={c.id} className="step-col">
                      {c.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {unit.leaders.map((l) => (
                  <tr key={l.id}>
                    <th scope="row">
                      <Link className="ds-link" to={`/ledere/${l.id}`}>
                        {l.name}
                      </Link>
                    </th>
                    <td>
                      <Progress value={l.percent} label={t("readiness.col.progress")} />
                    </td>
                    <td className="num">{l.overdue > 0 ? <strong className="overdue-text">{l.overdue}</strong> : 0}</td>
                    {columns.map((c, i) => {
                      const status = FROM_CODE[l.cells[i] ?? "-"];
                      return <td key={c.id}>{status ? <StatusTag status={status} /> : <span className="muted">{t("readiness.notInPath")}</span>}</td>;
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ))}
      <Pagination page={page} pages={pages} />
    </>
  );
}
