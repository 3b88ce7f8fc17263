import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { Button, Progress, SelectField, TableScroll, TextField } from "~/components/ui";
import { AreaOptions } from "~/components/unit-options";
import { Pagination } from "~/components/pagination";
import { listAreas, listLeaders, unitFilterOptions } from "~/models/person.server";
import { LEADER_STATUSES, type LeaderStatusFilter } from "~/utils/leader-status";
import { requirePermission } from "~/server/user.server";
import { idQuery, textQuery, pageParam } from "~/server/http.server";
import { formatDate, osloDate } from "~/utils/dates";
import { useLocale, useT, title } from "~/utils/i18n";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("nav.leaders"));

const MAX_UNIT_OPTIONS = 60;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:leader");
  const url = new URL(request.url);
  const status = url.searchParams.get("status");
  const filters = {
    q: textQuery(request, "q"),
    areaId: idQuery(request, "omrade"),
    unitId: idQuery(request, "enhet"),
    status: LEADER_STATUSES.includes(status as LeaderStatusFilter) ? (status as LeaderStatusFilter) : undefined,
    page: pageParam(request),
  };
  const [list, areas] = await Promise.all([listLeaders({ user, filters }), listAreas(user)]);
  const { units, needArea } = await unitFilterOptions({ areaIds: areas.map((a) => a.id), areaId: filters.areaId, max: MAX_UNIT_OPTIONS });
  return { list, areas, units, unitsNeedArea: needArea, today: osloDate() };
}

export default function Leaders() {
  const t = useT();
  const locale = useLocale();
  const { list, areas, units, unitsNeedArea, today } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <>
      <h1 className="ds-heading" data-size="lg">
        {t("leaders.title")}
      </h1>
      <Form method="get" className="filters" role="search">
        <TextField name="q" type="search" label={t("leaders.search")} defaultValue={params.get("q") ?? ""} />
        <SelectField name="omrade" label={t("leaders.filter.area")} defaultValue={params.get("omrade") ?? ""}>
          <option value="">{t("leaders.filter.all")}</option>
          <AreaOptions areas={areas} />
        </SelectField>
        <SelectField
          name="enhet"
          label={t("leaders.filter.unit")}
          description={unitsNeedArea ? t("leaders.filter.unitNeedsArea") : undefined}
          defaultValue={params.get("enhet") ?? ""}
        >
          <option value="">{t("leaders.filter.all")}</option>
          {units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.areaName})
            </option>
          ))}
        </SelectField>
        <SelectField name="status" label={t("leaders.filter.status")} defaultValue={params.get("status") ?? ""}>
          <option value="">{t("leaders.filter.all")}</option>
          {LEADER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`leaders.filter.status.${s}`)}
            </option>
          ))}
        </SelectField>
        <div className="filters-submit">
          <Button variant="secondary">{t("leaders.filter.apply")}</Button>
        </div>
      </Form>
      <p className="ds-paragraph" role="status">
        {t("leaders.count", { count: list.total })}
      </p>
      <p className="ds-paragraph muted">{t("progress.definition")}</p>
      {list.rows.length === 0 ? (
        <p className="ds-paragraph">{t("leaders.none")}</p>
      ) : (
        <TableScroll label={t("leaders.title")}>
          <table className="ds-table" data-border="true" data-zebra="true">
            <thead>
              <tr>
                <th scope="col">{t("leaders.col.name")}</th>
                <th scope="col">{t("leaders.col.unit")}</th>
                <th scope="col">{t("leaders.col.start")}</th>
                <th scope="col">{t("leaders.col.progress")}</th>
                <th scope="col">{t("leaders.col.next")}</th>
                <th scope="col" className="num">
                  {t("leaders.col.overdue")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link className="ds-link" to={`/ledere/${r.id}`}>
                      {r.name}
                    </Link>
                  </th>
                  <td>
                    {r.unitName ?? "–"}
                    {r.areaName ? <span className="muted block">{r.areaName}</span> : null}
                  </td>
                  <td>{r.startDate ? formatDate(r.startDate, locale) : "–"}</td>
                  <td>
                    <Progress value={r.percent} label={t("leaders.col.progress")} />
                  </td>
                  <td>
                    {r.nextDue ? (
                      <>
                        <span className={r.nextDue < today ? "overdue-text" : undefined}>{formatDate(r.nextDue, locale)}</span>
                        <span className="muted block">{r.nextTitle}</span>
                      </>
                    ) : (
                      t("leaders.nothingNext")
                    )}
                  </td>
                  <td className="num">{r.overdue > 0 ? <strong className="overdue-text">{r.overdue}</strong> : 0}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination page={list.page} pages={list.pages} />
    </>
  );
}
