import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ChangeText, figureText, PeriodHeader, PeriodLinks, periodName, reportTitle, TrendChart } from "~/components/period-pack";
import { TableSection } from "~/components/ui";
import { periodReport } from "~/models/period-report.server";
import reportsCss from "~/styles/reports.css";
import { orHttpError } from "~/server/http.server";
import { periodPageScope } from "~/server/period-scope.server";
import { title, useT } from "~/utils/i18n";
import { FIGURE_LINES } from "~/utils/period-figures";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: reportsCss }];

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("periods.title"));

/** A period's pack: the municipality's figures, or a service area's (`?omrade=`); the parts side by side are on `…/sammenligning`. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const key = params.period ?? "";
  const { user, areaId, seesAll, areas } = await periodPageScope(request, `/rapporter/perioder/${encodeURIComponent(key)}`);
  const report = await orHttpError(() => periodReport({ user, key, areaId }));
  return { report, areas, seesAll };
}

export default function PeriodPage() {
  const t = useT();
  const { report, areas, seesAll } = useLoaderData<typeof loader>();
  const { period, pack, scope, figures, previous, quarters, trend } = report;
  const name = periodName(t, period.key);
  const area = scope.kind === "area" ? scope : null;
  const query = area ? `?omrade=${area.id}` : "";
  const isYear = quarters.length > 0;
  const prevName = periodName(t, previous.key);
  return (
    <div className="report period-report">
      <PeriodHeader
        back={{ to: "/rapporter/perioder", label: t("periods.back") }}
        title={reportTitle(t, period.key, area)}
        period={period}
        pack={pack}
        area={area}
        areas={areas}
        seesAll={seesAll}
        path={`/rapporter/perioder/${period.key}`}
      />
      <PeriodLinks>
        <Link className="ds-link" to={`/rapporter/perioder/${period.key}/sammenligning${query}`}>
          {t(area ? "periods.parts.units" : "periods.parts.areas")}
        </Link>
        <a className="ds-link" href={`/rapporter/perioder/${period.key}/csv${query}`} download>
          {t("periods.csv")}
        </a>
      </PeriodLinks>
      <p className="ds-paragraph print-hint muted no-print">{t("periods.print")}</p>

      <TableSection
        id="p-figures"
        title={t("periods.figures")}
        className="period-figures"
        head={
          <>
            <th scope="col">{t("periods.col.figure")}</th>
            {quarters.map((q) => (
              <th scope="col" className="num" key={q.key}>
                {t("periods.quarterShort", {
                  quarter: Number(q.key.slice(-1)),
                })}
                {q.reconstructed ? <span className="block muted">{t("periods.status.reconstructed")}</span> : null}
              </th>
            ))}
            <th scope="col" className="num">
              {isYear ? String(period.year) : name}
            </th>
            <th scope="col" className="num">
              {t("periods.col.previous", { period: prevName })}
            </th>
            <th scope="col">{t("periods.col.change")}</th>
          </>
        }
      >
        {FIGURE_LINES.map((line) => (
          <tr key={line.key}>
            <th scope="row">{t(`periods.fig.${line.key}`)}</th>
            {quarters.map((q) => (
              <td className="num" key={q.key}>
                {figureText(t, line, q.figures)}
              </td>
            ))}
            <td className="num">
              <strong>{figureText(t, line, figures)}</strong>
            </td>
            <td className="num">{figureText(t, line, previous.figures)}</td>
            <td>
              <ChangeText line={line} now={figures} before={previous.figures} />
            </td>
          </tr>
        ))}
      </TableSection>

      <TrendChart trend={trend} />

      {figures.steps.length > 0 ? (
        <TableSection
          id="p-steps"
          title={t("periods.steps")}
          head={
            <>
              <th scope="col">{t("periods.col.step")}</th>
              <th scope="col" className="num">
                {t("periods.col.done")}
              </th>
              <th scope="col" className="num">
                {t("periods.col.confirmed")}
              </th>
              <th scope="col" className="num">
                {t("periods.col.self")}
              </th>
              <th scope="col" className="num">
                {t("periods.col.overdue")}
              </th>
            </>
          }
        >
          {figures.steps.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                {s.title}
                <span className="block muted">{s.programme}</span>
              </th>
              <td className="num">
                {s.done} / {s.total}
              </td>
              <td className="num">{s.confirmed}</td>
              <td className="num">{s.done - s.confirmed}</td>
              <td className="num">{s.overdue}</td>
            </tr>
          ))}
        </TableSection>
      ) : null}
    </div>
  );
}
