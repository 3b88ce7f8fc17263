import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Button, SelectField, TableScroll } from "~/components/ui";
import { AreaOptions } from "~/components/unit-options";
import { agreementOverview } from "~/models/agreement.server";
import { AGREEMENT_FILTERS, type AgreementFilter } from "~/utils/agreement-season";
import { idQuery, textQuery } from "~/server/http.server";
import { requirePermission } from "~/server/user.server";
import { formatDate } from "~/utils/dates";
import { useLocale, useT, title } from "~/utils/i18n";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("nav.agreements"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:agreement");
  const status = textQuery(request, "status");
  const filter = AGREEMENT_FILTERS.includes(status as AgreementFilter) ? (status as AgreementFilter) : "all";
  return agreementOverview({ user, filter, areaId: idQuery(request, "omrade") });
}

const COLORS = { held: "success", due: "info", overdue: "danger", not_due: "neutral" } as const;

export default function Agreements() {
  const t = useT();
  const locale = useLocale();
  const { season, rows, counts, areas, filter, areaId } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="ds-heading" data-size="lg">
        {t("agreements.title")}
      </h1>
      <p className="ds-paragraph lead">{t("agreements.intro", { date: formatDate(season.due, locale) })}</p>
      <Form method="get" className="filters" role="search">
        <SelectField name="status" label={t("agreements.filter.status")} defaultValue={filter}>
          {AGREEMENT_FILTERS.map((f) => (
            <option key={f} value={f}>
              {`${f === "all" ? t("agreements.filter.all") : t(`agreement.state.${f}`)} (${counts[f]})`}
            </option>
          ))}
        </SelectField>
        {areas.length > 1 || areaId ? (
          <SelectField name="omrade" label={t("agreements.filter.area")} defaultValue={areaId ?? ""}>
            <option value="">{t("agreements.allAreas")}</option>
            <AreaOptions areas={areas} />
          </SelectField>
        ) : null}
        <div className="filters-submit">
          <Button variant="secondary">{t("agreements.show")}</Button>
        </div>
      </Form>
      <p className="ds-paragraph" role="status">
        {t("agreements.count", { count: rows.length })}
      </p>
      {rows.length === 0 ? (
        <p className="ds-paragraph">{t("agreements.none")}</p>
      ) : (
        <TableScroll label={t("agreements.title")}>
          <table className="ds-table" data-border="true" data-zebra="true">
            <thead>
              <tr>
                <th scope="col">{t("agreements.col.leader")}</th>
                <th scope="col">{t("agreements.col.unit")}</th>
                <th scope="col">{t("agreements.col.state")}</th>
                <th scope="col">{t("agreements.col.held")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link className="ds-link" to={`/ledere/${r.id}#lederavtale`}>
                      {r.name}
                    </Link>
                  </th>
                  <td>{[r.unitName, r.areaName].filter(Boolean).join(", ") || "–"}</td>
                  <td>
                    <span className="ds-tag" data-color={COLORS[r.state]} data-size="sm">
                      {t(`agreement.state.${r.state}`)}
                    </span>
                  </td>
                  <td>{r.heldOn ? formatDate(r.heldOn, locale) : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
