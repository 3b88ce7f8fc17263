import { redirect, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { AreaChooser } from "~/components/area-chooser";
import { Pagination } from "~/components/pagination";
import { Progress, TableScroll } from "~/components/ui";
import { canEverywhere } from "~/access/policy";
import { listAreas } from "~/models/person.server";
import { completionReport } from "~/models/report.server";
import reportsCss from "~/styles/reports.css";
import { requirePermission } from "~/server/user.server";
import { formatDate } from "~/utils/dates";
import { idQuery, orHttpError, pageParam } from "~/server/http.server";
import { title, useLocale, useT } from "~/utils/i18n";

// This module renders both report pages; rapporter.$areaId.tsx re-exports the component.

export const links: LinksFunction = () => [{ rel: "stylesheet", href: reportsCss }];

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("nav.reports"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:report");
  // The area chooser on an area's report submits here; the area's page checks access.
  const chosen = idQuery(request, "omrade");
  if (chosen) throw redirect(`/rapporter/${chosen}`);
  // The area route lists areas to switch between; here the per-area table links every one.
  const areas: Awaited<ReturnType<typeof listAreas>> = [];
  // A TOL reports on their own area; the municipality page is for those who see everyone.
  if (!canEverywhere(user, "read:report")) {
    const [own] = await listAreas(user);
    if (own) throw redirect(`/rapporter/${own.id}`);
    return { report: null, areas, seesAll: false };
  }
  const report = await orHttpError(() => completionReport({ user, page: pageParam(request), unitPage: pageParam(request, "enhetside") }));
  return { report, areas, seesAll: true };
}

type Figures = { total: number; done: number; percent: number; confirmed: number; selfReported: number; overdue: number };

function Overdue({ n }: { n: number }) {
  return n > 0 ? <strong className="overdue-text">{n}</strong> : <>0</>;
}

/** The figure columns every breakdown table shares, after its first (row header) column. */
function FigureCells({ f, name }: { f: Figures; name: string }) {
  const t = useT();
  return (
    <>
      <td>
        <Progress value={f.percent} label={t("reports.progressOf", { name })} />
      </td>
      <td className="num">
        {f.done} / {f.total}
      </td>
      <td className="num">
        <Overdue n={f.overdue} />
      </td>
      <td className="num">{f.confirmed}</td>
      <td className="num">{f.selfReported}</td>
    </>
  );
}

/** A report table: its own leading columns, then the same figure columns for every row. */
function FigureTable({ id, title, help, heads, after, children }: { id: string; title: string; help?: string; heads: ReactNode; after?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 className="ds-heading" data-size="sm" id={id}>
        {title}
      </h2>
      {help ? <p className="ds-paragraph muted">{help}</p> : null}
      <TableScroll label={title}>
        <table className="ds-table" data-border="true" data-zebra="true" aria-labelledby={id}>
          <thead>
            <tr>
              {heads}
              <FigureHeads />
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </TableScroll>
      {after}
    </section>
  );
}

function FigureHeads() {
  const t = useT();
  return (
    <>
      <th scope="col">{t("reports.col.progress")}</th>
      <th scope="col" className="num">
        {t("reports.col.doneOfTotal")}
      </th>
      <th scope="col" className="num">
        {t("reports.col.overdue")}
      </th>
      <th scope="col" className="num">
        {t("reports.col.confirmed")}
      </th>
      <th scope="col" className="num">
        {t("reports.col.self")}
      </th>
    </>
  );
}

export default function ReportPage() {
  const t = useT();
  const locale = useLocale();
  const { report, areas, seesAll } = useLoaderData<typeof loader>();

  if (!report) {
    return (
      <>
        <h1 className="ds-heading" data-size="lg">
          {t("reports.titleGeneric")}
        </h1>
        <p className="ds-paragraph">{t("reports.noArea")}</p>
      </>
    );
  }

  const { scope, summary, units, steps, leaders, unitPage, unitPages } = report;
  const area = scope.kind === "area" ? scope.area : null;
  const csvHref = area ? `/rapporter/csv?omrade=${area.id}` : "/rapporter/csv";
  const severalProgrammes = new Set(steps.map((s) => s.templateId)).size > 1;

  return (
    <div className="report">
      <div>
        <h1 className="ds-heading" data-size="lg">
          {area ? t("reports.titleArea", { area: area.name }) : t("reports.title")}
        </h1>
        <p className="ds-paragraph report-meta muted">{t("reports.asOf", { date: formatDate(report.asOf, locale) })}</p>
      </div>
      <p className="ds-paragraph lead">{t("reports.intro")}</p>

      {area && (seesAll || areas.length > 1) ? (
        // A list to choose from rather than a wall of 40 links; works without JavaScript (GET, then
        // the loader sends the reader on to the area's page).
        <nav aria-label={t("reports.areaNav")} className="no-print">
          {seesAll ? (
            <p className="ds-paragraph">
              <Link className="ds-link" to="/rapporter">
                {t("reports.municipality")}
              </Link>
            </p>
          ) : null}
          <AreaChooser areas={areas} current={area.id} label={t("reports.col.area")} submit={t("reports.show")} action="/rapporter" />
        </nav>
      ) : null}

      <div className="report-actions">
        {/* A plain link: the browser downloads the file; no JavaScript involved. */}
        <a className="ds-link" href={csvHref} download>
          {t("reports.csv")}
        </a>
        <Link className="ds-link" to="/rapporter/perioder">
          {t("periods.link")}
        </Link>
      </div>
      <p className="ds-paragraph print-hint muted">{t("reports.print")}</p>

      <section aria-labelledby="r-summary">
        <h2 className="ds-heading" data-size="sm" id="r-summary">
          {t("reports.summary")}
        </h2>
        <dl className="report-figures">
          <div>
            <dt>{t("reports.summary.leaders")}</dt>
            <dd>{summary.leaders}</dd>
          </div>
          <div>
            <dt>{t("reports.summary.progress")}</dt>
            <dd>
              <Progress value={summary.percent} label={t("reports.summary.progress")} />
              <span className="block muted">{t("reports.summary.stepsDone", { done: summary.done, total: summary.total })}</span>
            </dd>
          </div>
          <div>
            <dt>{t("reports.summary.complete")}</dt>
            <dd>{summary.complete}</dd>
          </div>
          <div>
            <dt>{t("reports.summary.behind")}</dt>
            <dd>{summary.behind}</dd>
          </div>
          <div>
            <dt>{t("reports.summary.overdue")}</dt>
            <dd>
              <Overdue n={summary.overdue} />
            </dd>
          </div>
          <div>
            <dt>{t("reports.summary.confirmed")}</dt>
            <dd>{summary.confirmed}</dd>
          </div>
          <div>
            <dt>{t("reports.summary.self")}</dt>
            <dd>{summary.selfReported}</dd>
          </div>
        </dl>
      </section>

      {summary.leaders === 0 ? <p className="ds-paragraph">{t("reports.none")}</p> : null}

      {report.areas && report.areas.length > 0 ? (
        <FigureTable
          id="r-areas"
          title={t("reports.byArea")}
          heads={
            <>
              <th scope="col">{t("reports.col.area")}</th>
              <th scope="col" className="num">
                {t("reports.col.leaders")}
              </th>
            </>
          }
        >
          {report.areas.map((a) => (
            <tr key={a.id ?? "none"}>
              <th scope="row">
                {a.id !== null ? (
                  <Link className="ds-link" to={`/rapporter/${a.id}`}>
                    {a.name}
                  </Link>
                ) : (
                  t("reports.noUnit")
                )}
              </th>
              <td className="num">{a.leaders}</td>
              <FigureCells f={a} name={a.name ?? t("reports.noUnit")} />
            </tr>
          ))}
        </FigureTable>
      ) : null}

      {units.length > 0 ? (
        <FigureTable
          id="r-units"
          title={t("reports.byUnit")}
          heads={
            <>
              <th scope="col">{t("reports.col.unit")}</th>
              <th scope="col" className="num">
                {t("reports.col.leaders")}
              </th>
            </>
          }
          after={<Pagination page={unitPage} pages={unitPages} param="enhetside" />}
        >
          {units.map((u) => (
            <tr key={u.id ?? "none"}>
              <th scope="row">
                {u.name ?? t("reports.noUnit")}
                {!area && u.areaName ? <span className="muted block">{u.areaName}</span> : null}
              </th>
              <td className="num">{u.leaders}</td>
              <FigureCells f={u} name={u.name ?? t("reports.noUnit")} />
            </tr>
          ))}
        </FigureTable>
      ) : null}

      {steps.length > 0 ? (
        <FigureTable id="r-steps" title={t("reports.byStep")} help={t("reports.byStep.help")} heads={<th scope="col">{t("reports.col.step")}</th>}>
          {steps.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                {s.title}
                {severalProgrammes ? <span className="muted block">{s.templateName}</span> : null}
              </th>
              <FigureCells f={s} name={s.title} />
            </tr>
          ))}
        </FigureTable>
      ) : null}

      {leaders.rows.length > 0 ? (
        <FigureTable
          id="r-leaders"
          title={t("reports.byLeader")}
          help={t("reports.byLeader.count", { count: leaders.total })}
          heads={
            <>
              <th scope="col">{t("reports.col.name")}</th>
              <th scope="col">{t("reports.col.unit")}</th>
            </>
          }
          after={<Pagination page={leaders.page} pages={leaders.pages} />}
        >
          {leaders.rows.map((l) => (
            <tr key={l.id}>
              <th scope="row">
                <Link className="ds-link" to={`/ledere/${l.id}`}>
                  {l.name}
                </Link>
              </th>
              <td>
                {l.unitName ?? t("reports.noUnit")}
                {!area && l.areaName ? <span className="muted block">{l.areaName}</span> : null}
              </td>
              <FigureCells f={l} name={l.name} />
            </tr>
          ))}
        </FigureTable>
      ) : null}
    </div>
  );
}
