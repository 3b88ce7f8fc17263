import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { can } from "~/access/policy";
import { TableScroll } from "~/components/ui";
import { listAreas } from "~/models/person.server";
import { unitCycleOverview, type Hestehode } from "~/models/unit-overview.server";
import { idQuery, orHttpError } from "~/server/http.server";
import { requirePermission } from "~/server/user.server";
import { formatDate } from "~/utils/dates";
import { useLocale, useT, title, type T } from "~/utils/i18n";

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => title(matches, (t) => (data?.area ? t("cycle.overview.area", { area: data.area.name }) : t("nav.units")));

/**
 * A TOL's units (and, for those who see everything, one area's with `?omrade=ID`): stage, what is
 * overdue, open measures by owner, and «et hestehode foran». Without an area, those who see the
 * whole municipality get one row per service area.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:unit-overview");
  const areas = await listAreas(user);
  const areaId = new URL(request.url).searchParams.has("omrade") ? idQuery(request, "omrade") ?? -1 : undefined;
  const overview = await orHttpError(() => unitCycleOverview({ user, areaId, areas }));
  return { ...overview, mayEditCategories: can(user, "edit:fishbone-category"), area: areaId === undefined ? null : (areas.find((a) => a.id === areaId) ?? null), severalAreas: areas.length > 1 };
}

// One formatter per language: constructing Intl.NumberFormat per cell was most of the per-area view's render time.
const percentFormats = new Map<string, Intl.NumberFormat>();
function percent(share: number | null, locale: string) {
  if (share === null) return "–";
  let f = percentFormats.get(locale);
  if (!f) percentFormats.set(locale, (f = new Intl.NumberFormat(locale === "en" ? "en-GB" : "nb-NO", { style: "percent" })));
  return f.format(share);
}
const days = (n: number | null) => (n === null ? "–" : String(Math.round(n)));

function Lead({ h, t, locale }: { h: Hestehode; t: T; locale: string }) {
  return (
    <>
      <td className="num">{h.n}</td>
      <td className="num">{days(h.median)}</td>
      <td className="num">{percent(h.shareAhead, locale)}</td>
      <td>{h.forecastN ? t("cycle.forecastLine", { median: days(h.forecastMedian), share: percent(h.forecastShareAhead, locale), count: h.forecastN }) : "–"}</td>
    </>
  );
}

function LeadHeads({ t, first }: { t: T; first: string }) {
  return (
    <tr>
      <th scope="col">{first}</th>
      <th scope="col" className="num">
        {t("cycle.col.leaders")}
      </th>
      <th scope="col" className="num">
        {t("cycle.col.median")}
      </th>
      <th scope="col" className="num">
        {t("cycle.col.share")}
      </th>
      <th scope="col">{t("cycle.col.forecast")}</th>
    </tr>
  );
}

export default function UnitsOverview() {
  const t = useT();
  const locale = useLocale();
  const { areas, units, owners, area, severalAreas, byArea, mayEditCategories } = useLoaderData<typeof loader>();
  return (
    <>
      {area && severalAreas ? (
        <p className="ds-paragraph">
          <Link className="ds-link" to="/enheter">
            {t("cycle.overview.allAreas")}
          </Link>
        </p>
      ) : null}
      <h1 className="ds-heading" data-size="lg">
        {area ? t("cycle.overview.area", { area: area.name }) : t("cycle.overview.title")}
      </h1>
      <p className="ds-paragraph lead">{byArea ? t("cycle.overview.areasIntro") : t("cycle.overview.intro")}</p>
      {mayEditCategories ? (
        <p className="ds-paragraph">
          <Link className="ds-link" to="/enheter/kategorier">
            {t("cycle.categories.link")}
          </Link>
        </p>
      ) : null}
      {byArea ? (
        <>
          <section aria-labelledby="areas">
            <h2 className="ds-heading" data-size="sm" id="areas">
              {t("cycle.overview.areas")}
            </h2>
            <TableScroll label={t("cycle.overview.areas")}>
              <table className="ds-table" data-border="true" aria-labelledby="areas">
                <thead>
                  <tr>
                    <th scope="col">{t("cycle.col.area")}</th>
                    <th scope="col" className="num">
                      {t("cycle.col.units")}
                    </th>
                    <th scope="col" className="num">
                      {t("cycle.col.overdueRevisions")}
                    </th>
                    <th scope="col" className="num">
                      {t("cycle.col.fbaOverdue")}
                    </th>
                    <th scope="col" className="num">
                      {t("cycle.col.fbaSoon")}
                    </th>
                    <th scope="col" className="num">
                      {t("cycle.col.measures")}
                    </th>
                    <th scope="col" className="num">
                      {t("cycle.col.overdueMeasures")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {areas.map((a) => (
                    <tr key={a.id}>
                      <th scope="row">
                        <Link className="ds-link" to={`/enheter?omrade=${a.id}`}>
                          {a.name}
                        </Link>
                      </th>
                      <td className="num">{a.units}</td>
                      <td className="num">{a.overdueRevisions}</td>
                      <td className="num">{a.fbaOverdue}</td>
                      <td className="num">{a.fbaDueSoon}</td>
                      <td className="num">{a.openMeasures}</td>
                      <td className="num">{a.overdueMeasures}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </section>
          <HestehodeTable first={t("cycle.col.area")} rows={areas.map((a) => ({ key: `area-${a.id}`, name: a.name, h: a.hestehode }))} />
        </>
      ) : units.length === 0 ? (
        <p className="ds-paragraph">{t("cycle.overview.none")}</p>
      ) : (
        <>
          <section aria-labelledby="units">
            <h2 className="ds-heading" data-size="sm" id="units">
              {t("cycle.overview.units")}
            </h2>
            <TableScroll label={t("cycle.overview.units")}>
              <table className="ds-table" data-border="true" aria-labelledby="units">
                <thead>
                  <tr>
                    <th scope="col">{t("cycle.col.unit")}</th>
                    <th scope="col">{t("cycle.col.rollout")}</th>
                    <th scope="col">{t("cycle.col.stage")}</th>
                    <th scope="col">{t("cycle.col.overdue")}</th>
                    <th scope="col">{t("cycle.col.next")}</th>
                    <th scope="col" className="num">
                      {t("cycle.col.measures")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {units.map((u) => {
                    const overdue = [
                      ...(u.meetingMissing ? [t("cycle.overdue.meeting")] : []),
                      ...(u.fbaOverdue && u.fbaDue ? [t("cycle.overdue.fba", { date: formatDate(u.fbaDue, locale) })] : []),
                      ...(u.overdueRevisions ? [t("cycle.overdue.revisions", { count: u.overdueRevisions })] : []),
                      ...(u.overdueMeasures ? [t("cycle.overdue.measures", { count: u.overdueMeasures })] : []),
                    ];
                    return (
                      <tr key={u.unitId}>
                        <th scope="row">
                          <Link className="ds-link" to={`/enheter/${u.unitId}`}>
                            {u.unitName}
                          </Link>
                          {severalAreas ? <span className="muted block">{u.areaName}</span> : null}
                        </th>
                        <td>{formatDate(u.startDate, locale)}</td>
                        <td>
                          {t(`cycle.stage.${u.stage}`)}
                          {u.endedOn ? <span className="muted block">{formatDate(u.endedOn, locale)}</span> : null}
                          {u.stage === "fba" && u.fbaDue && !u.fbaOverdue ? <span className="muted block">{t("cycle.fbaBy", { date: formatDate(u.fbaDue, locale) })}</span> : null}
                        </td>
                        <td>{overdue.length ? overdue.join(", ") : "–"}</td>
                        <td>{u.nextRevision ? t("cycle.revisionDue", { number: u.nextRevision.number, date: formatDate(u.nextRevision.due, locale) }) : "–"}</td>
                        <td className="num">{u.openMeasures}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScroll>
          </section>
          {owners.length ? (
            <section aria-labelledby="owners">
              <h2 className="ds-heading" data-size="sm" id="owners">
                {t("cycle.overview.owners")}
              </h2>
              <TableScroll label={t("cycle.overview.owners")}>
                <table className="ds-table" data-border="true" aria-labelledby="owners">
                  <thead>
                    <tr>
                      <th scope="col">{t("cycle.col.owner")}</th>
                      <th scope="col" className="num">
                        {t("cycle.col.measures")}
                      </th>
                      <th scope="col" className="num">
                        {t("cycle.col.overdueMeasures")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {owners.map((o) => (
                      <tr key={o.ownerId ?? "none"}>
                        <th scope="row">{o.name ?? t("cycle.overview.noOwner")}</th>
                        <td className="num">{o.open}</td>
                        <td className="num">{o.overdue}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </section>
          ) : null}
          <HestehodeTable
            first={t("cycle.col.unit")}
            rows={[...units.map((u) => ({ key: `unit-${u.unitId}`, name: u.unitName, h: u.hestehode })), ...areas.map((a) => ({ key: `area-${a.id}`, name: a.name, h: a.hestehode }))]}
          />
        </>
      )}
    </>
  );
}

/** «Et hestehode foran»: one row per unit or area, then the forecast from booked sessions. */
function HestehodeTable({ first, rows }: { first: string; rows: { key: string; name: string; h: Hestehode }[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="lead">
      <h2 className="ds-heading" data-size="sm" id="lead">
        {t("cycle.overview.hestehode")}
      </h2>
      <p className="ds-paragraph">{t("cycle.overview.hestehodeIntro")}</p>
      <TableScroll label={t("cycle.overview.hestehode")}>
        <table className="ds-table" data-border="true" aria-labelledby="lead">
          <thead>
            <LeadHeads t={t} first={first} />
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.name}</th>
                <Lead h={r.h} t={t} locale={locale} />
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
