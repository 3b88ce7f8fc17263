import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { cellText, PeriodHeader, PeriodLinks, periodName, reportTitle } from "~/components/period-pack";
import { TableSection } from "~/components/ui";
import { periodParts } from "~/models/period-report.server";
import reportsCss from "~/styles/reports.css";
import { orHttpError } from "~/server/http.server";
import { periodPageScope } from "~/server/period-scope.server";
import { title, useT } from "~/utils/i18n";
import { figureLine, PART_KEYS } from "~/utils/period-figures";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: reportsCss }];

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("periods.title"));

/** A period's service areas side by side (the municipality), or one area's units (`?omrade=`), from the same pack as the report. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const key = params.period ?? "";
  const { user, areaId, seesAll, areas } = await periodPageScope(request, `/rapporter/perioder/${encodeURIComponent(key)}/sammenligning`);
  const parts = await orHttpError(() => periodParts({ user, key, areaId }));
  return { parts, areas, seesAll };
}

export default function PeriodPartsPage() {
  const t = useT();
  const { parts: report, areas, seesAll } = useLoaderData<typeof loader>();
  const { period, pack, scope, parts } = report;
  const name = periodName(t, period.key);
  const area = scope.kind === "area" ? scope : null;
  const query = area ? `?omrade=${area.id}` : "";
  const heading = t(area ? "periods.parts.units" : "periods.parts.areas");
  return (
    <div className="report period-report">
      <PeriodHeader
        back={{ to: `/rapporter/perioder/${period.key}${query}`, label: reportTitle(t, period.key, area) }}
        title={area ? t("periods.parts.titleUnits", { period: name, area: area.name }) : t("periods.parts.titleAreas", { period: name })}
        period={period}
        pack={pack}
        area={area}
        areas={areas}
        seesAll={seesAll}
        path={`/rapporter/perioder/${period.key}/sammenligning`}
      />
      <PeriodLinks>
        <a className="ds-link" href={`/rapporter/perioder/${period.key}/sammenligning/csv${query}`} download>
          {t("periods.csv")}
        </a>
      </PeriodLinks>
      <p className="ds-paragraph print-hint muted no-print">{t("periods.print")}</p>

      {parts.length > 0 ? (
        <TableSection
          id="p-parts"
          title={heading}
          head={
            <>
              <th scope="col">{t("periods.col.name")}</th>
              {PART_KEYS.map((k) => (
                <th scope="col" className="num" key={k}>
                  {t(`periods.fig.${k}`)}
                </th>
              ))}
            </>
          }
        >
          {parts.map((p) => (
            <tr key={p.id}>
              <th scope="row">
                {area ? (
                  p.name
                ) : (
                  <Link className="ds-link" to={`/rapporter/perioder/${period.key}/sammenligning?omrade=${p.id}`}>
                    {p.name}
                  </Link>
                )}
              </th>
              {PART_KEYS.map((k, i) => (
                <td className="num" key={k}>
                  {cellText(t, figureLine(k), p.cells[i] ?? null)}
                </td>
              ))}
            </tr>
          ))}
        </TableSection>
      ) : (
        <p className="ds-paragraph">{t(area ? "periods.parts.noUnits" : "periods.parts.noAreas")}</p>
      )}
    </div>
  );
}
