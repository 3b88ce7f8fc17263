import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import * as z from "zod/mini";
import { Button, Checkbox, SelectField, TableScroll } from "~/components/ui";
import { AreaOptions } from "~/components/unit-options";
import { yearWheel, type YearItem } from "~/models/arshjul.server";
import { notFound, orHttpError } from "~/server/http.server";
import { requirePermission } from "~/server/user.server";
import arshjulCss from "~/styles/arshjul.css";
import { YEAR_ITEM_KINDS } from "~/types/arshjul";
import { cachedDateFormat, formatDate, formatDateTime, osloDate } from "~/utils/dates";
import { agreementMonth, reportDueDays } from "~/utils/env.server";
import { title, useLocale, useT, type T } from "~/utils/i18n";
import { itemLabel } from "~/utils/year-item";
import { wheelFilterSchema } from "~/validation/arshjul";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: arshjulCss }];

export const meta: MetaFunction<typeof loader> = ({ data, matches }) => title(matches, (t) => (data ? t("arshjul.title", { year: data.year }) : t("nav.arshjul")));

/**
 * «Årshjul»: the year at a glance (`?ar=2027`, `&omrade=ID`, `&type=revision&type=…`), as twelve
 * months and as one table of the same items. A year or area that names nothing is not found.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:arshjul");
  const query = new URL(request.url).searchParams;
  const filter = z.safeParse(wheelFilterSchema, { ar: query.get("ar") ?? undefined, omrade: query.get("omrade") ?? undefined, type: query.getAll("type") });
  if (!filter.success) throw notFound();
  const thisYear = Number(osloDate().slice(0, 4));
  const wheel = await orHttpError(() => yearWheel({ user, year: filter.data.ar ?? thisYear, areaId: filter.data.omrade, kinds: filter.data.type }));
  return { ...wheel, thisYear, filtered: filter.data.type.length > 0, agreementMonth: agreementMonth(), reportDueDays: reportDueDays() };
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

const monthName = (month: number, locale: string) => cachedDateFormat("monthName", locale, { month: "long", timeZone: "UTC" }).format(Date.UTC(2000, month - 1, 1));

/** The same address with another year, keeping the area and kinds. */
function yearHref(data: Data, year: number) {
  const q = new URLSearchParams({ ar: String(year) });
  if (data.areaId !== null) q.set("omrade", String(data.areaId));
  if (data.filtered) for (const k of data.kinds) q.append("type", k);
  return `/arshjul?${q}`;
}

function when(item: YearItem, locale: string) {
  if (item.startsAt) return formatDateTime(item.startsAt, locale);
  return item.lastDate ? `${formatDate(item.date, locale)} – ${formatDate(item.lastDate, locale)}` : formatDate(item.date, locale);
}

const where = (item: YearItem, t: T) => (item.areaName ? [item.areaName, item.unitName].filter(Boolean).join(" · ") : t("arshjul.municipality"));

export default function Arshjul() {
  const t = useT();
  const locale = useLocale();
  const data = useLoaderData<typeof loader>();
  const { year, items, areas, areaId, kinds } = data;
  const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, items: items.filter((it) => Number(it.date.slice(5, 7)) === i + 1) }));
  return (
    <div className="arshjul">
      <h1 className="ds-heading" data-size="lg">
        {t("arshjul.title", { year })}
      </h1>
      <p className="ds-paragraph lead">{t("arshjul.intro")}</p>
      <p className="ds-paragraph lead muted">{t("arshjul.settings", { month: monthName(data.agreementMonth, locale), days: data.reportDueDays })}</p>

      <nav aria-label={t("arshjul.years")} className="row-actions year-nav">
        <Link className="ds-link" to={yearHref(data, year - 1)}>
          {t("arshjul.previous", { year: year - 1 })}
        </Link>
        {year !== data.thisYear ? (
          <Link className="ds-link" to={yearHref(data, data.thisYear)}>
            {t("arshjul.thisYear")}
          </Link>
        ) : null}
        <Link className="ds-link" to={yearHref(data, year + 1)}>
          {t("arshjul.next", { year: year + 1 })}
        </Link>
      </nav>

      <Form method="get" className="filters wheel-filters" aria-label={t("arshjul.filter")}>
        <input type="hidden" name="ar" value={year} />
        {areas.length > 1 ? (
          <SelectField name="omrade" label={t("arshjul.area")} description={t("arshjul.areaNote")} defaultValue={areaId === null ? "" : String(areaId)}>
            <option value="">{t("arshjul.allAreas")}</option>
            <AreaOptions areas={areas} />
          </SelectField>
        ) : null}
        <fieldset className="ds-fieldset kind-choices">
          <legend className="ds-label">{t("arshjul.kinds")}</legend>
          {YEAR_ITEM_KINDS.map((k) => (
            <Checkbox key={k} name="type" value={k} id={`type-${k}`} label={t(`arshjul.kind.${k}`)} defaultChecked={kinds.includes(k)} />
          ))}
        </fieldset>
        <div className="filters-submit">
          <Button variant="secondary">{t("arshjul.show")}</Button>
        </div>
      </Form>
      <p className="ds-paragraph feed-hint">
        <Link className="ds-link" to="/profil#feed-title">
          {t("arshjul.feedHint")}
        </Link>
      </p>

      <section aria-labelledby="months-title">
        <h2 className="ds-heading" data-size="sm" id="months-title">
          {t("arshjul.months")}
        </h2>
        <ol className="year-months">
          {months.map(({ month, items: monthItems }) => (
            <li key={month} className="ds-card month" aria-labelledby={`m-${month}`}>
              <h3 className="ds-heading" data-size="xs" id={`m-${month}`}>
                {monthName(month, locale)} <span className="muted month-count">{t("arshjul.count", { count: monthItems.length })}</span>
              </h3>
              {monthItems.length === 0 ? (
                <p className="ds-paragraph muted">{t("arshjul.nothing")}</p>
              ) : (
                <ul className="month-items">
                  {monthItems.map((it) => (
                    <li key={it.key} data-kind={it.kind}>
                      <time dateTime={it.startsAt ?? it.date} className="block">
                        {when(it, locale)}
                      </time>
                      <span className="item-title">{itemLabel(t, it)}</span>
                      <span className="block muted">
                        {t(`arshjul.kind.${it.kind}`)} · {where(it, t)}
                        {it.doneOn ? ` · ${t("arshjul.held", { date: formatDate(it.doneOn, locale) })}` : ""}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="table-title" className="wheel-table">
        <h2 className="ds-heading" data-size="sm" id="table-title">
          {t("arshjul.tableTitle")}
        </h2>
        {items.length === 0 ? (
          <p className="ds-paragraph">{t("arshjul.empty")}</p>
        ) : (
          <TableScroll label={t("arshjul.table", { year })}>
            <table className="ds-table" data-border="true" data-zebra="true">
              <caption>{t("arshjul.table", { year })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("arshjul.col.date")}</th>
                  <th scope="col">{t("arshjul.col.what")}</th>
                  <th scope="col">{t("arshjul.col.kind")}</th>
                  <th scope="col">{t("arshjul.col.area")}</th>
                  <th scope="col">{t("arshjul.col.status")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((it) => (
                  <tr key={it.key}>
                    <td>
                      <time dateTime={it.startsAt ?? it.date}>{when(it, locale)}</time>
                    </td>
                    <th scope="row">{itemLabel(t, it)}</th>
                    <td>{t(`arshjul.kind.${it.kind}`)}</td>
                    <td>{where(it, t)}</td>
                    <td>{it.doneOn ? t("arshjul.held", { date: formatDate(it.doneOn, locale) }) : "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </div>
  );
}
