import { redirect, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { canEverywhere } from "~/access/policy";
import { AreaChooser } from "~/components/area-chooser";
import { cellText, ChangeText, figureText, periodName, TrendChart } from "~/components/period-pack";
import { TableSection } from "~/components/ui";
import { periodReport } from "~/models/period-report.server";
import { listAreas } from "~/models/person.server";
import reportsCss from "~/styles/reports.css";
import { idQuery, orHttpError } from "~/server/http.server";
import { requirePermission } from "~/server/user.server";
import { formatDate, formatDateTime } from "~/utils/dates";
import { title, useLocale, useT } from "~/utils/i18n";
import { FIGURE_LINES, figureLine, PART_KEYS } from "~/utils/period-figures";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: reportsCss }];

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("periods.title"));

/** A period's pack: the municipality for those who see everything, a service area (`?omrade=`) for its TOL too. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:report");
  const key = params.period ?? "";
  const areaId = idQuery(request, "omrade");
  const seesAll = canEverywhere(user, "read:report");
  const areas = await listAreas(user);
  // A TOL's report is their own area's.
  if (areaId === undefined && !seesAll && areas[0]) throw redirect(`/rapporter/perioder/${encodeURIComponent(key)}?omrade=${areas[0].id}`);
  const report = await orHttpError(() => periodReport({ user, key, areaId }));
  return { report, areas, seesAll };
}

export default function PeriodPage() {
  const t = useT();
  const locale = useLocale();
  const { report, areas, seesAll } = useLoaderData<typeof loader>();
  const { period, pack, scope, figures, previous, quarters, trend, parts } = report;
  const name = periodName(t, period.key);
  const area = scope.kind === "area" ? scope : null;
  const query = area ? `?omrade=${area.id}` : "";
  const isYear = quarters.length > 0;
  const prevName = periodName(t, previous.key);
  return (
    <div className="report period-report">
      <div>
        <p className="ds-paragraph no-print">
          <Link className="ds-link" to="/rapporter/perioder">
            {t("periods.back")}
          </Link>
        </p>
        <h1 className="ds-heading" data-size="lg">
          {area ? t("periods.titleArea", { period: name, area: area.name }) : t("periods.titleMunicipality", { period: name })}
        </h1>
        <p className="ds-paragraph report-meta muted">
          {t("periods.asOf", {
            date: formatDate(period.end, locale),
            taken: formatDateTime(pack.takenAt, locale),
          })}
        </p>
        {pack.reconstructed ? (
          <p className="ds-paragraph reconstructed">
            <strong>{t("periods.status.reconstructed")}</strong> – {t("periods.reconstructedHelp")}
          </p>
        ) : null}
      </div>

      {seesAll || areas.length > 1 ? (
        <nav aria-label={t("periods.area")} className="no-print report-actions">
          {seesAll && area ? (
            <Link className="ds-link" to={`/rapporter/perioder/${period.key}`}>
              {t("periods.municipality")}
            </Link>
          ) : null}
          {areas.length > 0 ? <AreaChooser areas={areas} current={area?.id ?? areas[0]!.id} label={t("periods.area")} submit={t("periods.show")} /> : null}
        </nav>
      ) : null}

      <div className="report-actions no-print">
        <a className="ds-link" href={`/rapporter/perioder/${period.key}/csv${query}`} download>
          {t("periods.csv")}
        </a>
      </div>
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

      {parts.length > 0 ? (
        <TableSection
          id="p-parts"
          title={t(area ? "periods.parts.units" : "periods.parts.areas")}
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
                  <Link className="ds-link" to={`/rapporter/perioder/${period.key}?omrade=${p.id}`}>
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
      ) : null}
    </div>
  );
}
