import { Link } from "@remix-run/react";
import type { AreaRollouts, MonthReadiness, ReadinessState, UnitReadiness } from "~/types/rollout";
import { cachedDateFormat, formatDate, formatDateTime } from "~/utils/dates";
import { useLocale, useT } from "~/utils/i18n";
import { Progress, TableScroll } from "./ui";

const STATES: ReadinessState[] = ["ready", "on_track", "at_risk", "not_ready"];
const COLOR: Record<ReadinessState, string> = { ready: "success", on_track: "info", at_risk: "warning", not_ready: "danger" };

export function ReadinessTag({ state }: { state: ReadinessState }) {
  const t = useT();
  return (
    <span className="ds-tag" data-color={COLOR[state]} data-size="sm">
      {t(`rollout.state.${state}`)}
    </span>
  );
}

export function ReadinessRules() {
  const t = useT();
  return (
    <details className="legend">
      <summary>{t("rollout.rules")}</summary>
      <ul className="ds-list">
        {STATES.map((s) => (
          <li key={s}>{t(`rollout.rule.${s}`)}</li>
        ))}
      </ul>
    </details>
  );
}

/** The units with a rollout, soonest first, with status, days left and what blocks each. */
export function ReadinessTable({ units, caption }: { units: UnitReadiness[]; caption?: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <TableScroll label={caption ?? t("nav.rollouts")}>
      <table className="ds-table" data-border="true">
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            <th scope="col">{t("rollout.col.unit")}</th>
            <th scope="col">{t("rollout.col.date")}</th>
            <th scope="col" className="num">
              {t("rollout.col.daysLeft")}
            </th>
            <th scope="col">{t("rollout.col.state")}</th>
            <th scope="col">{t("rollout.col.progress")}</th>
            <th scope="col">{t("rollout.col.blocks")}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.unitId}>
              <th scope="row">
                <Link className="ds-link" to={`/innforing/${u.unitId}`}>
                  {u.unitName}
                </Link>
                <span className="muted block">{u.areaName}</span>
              </th>
              <td>{formatDate(u.startDate, locale)}</td>
              <td className="num">{u.daysLeft >= 0 ? t("rollout.daysLeft", { days: u.daysLeft }) : t("rollout.started", { days: -u.daysLeft })}</td>
              <td>
                <ReadinessTag state={u.state} />
              </td>
              <td>
                <Progress value={u.total ? Math.floor((u.done * 100) / u.total) : 0} label={t("rollout.col.progress")} text={`${u.done}/${u.total}`} />
              </td>
              <td>
                <Blockers blockers={u.blockers} more={u.moreBlockers} openCount={u.openCount} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The municipality at a glance: each area's units by state and its next rollout, linking to the area. */
export function AreaReadinessTable({ areas }: { areas: AreaRollouts[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="areas-title">
      <h2 className="ds-heading" data-size="sm" id="areas-title">
        {t("rollout.areas")}
      </h2>
      <TableScroll label={t("rollout.areas")}>
        <table className="ds-table" data-border="true" data-zebra="true" aria-labelledby="areas-title">
          <thead>
            <tr>
              <th scope="col">{t("rollout.col.area")}</th>
              <th scope="col" className="num">
                {t("rollout.col.units")}
              </th>
              {STATES.map((s) => (
                <th scope="col" key={s} className="num">
                  {t(`rollout.state.${s}`)}
                </th>
              ))}
              <th scope="col">{t("rollout.col.next")}</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((a) => (
              <tr key={a.id}>
                <th scope="row">
                  <Link className="ds-link" to={`/innforing?omrade=${a.id}`}>
                    {a.name}
                  </Link>
                </th>
                <td className="num">{a.units}</td>
                {STATES.map((s) => (
                  <td key={s} className="num">
                    {a.states[s]}
                  </td>
                ))}
                <td>{a.next ? formatDate(a.next, locale) : "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

export function Blockers({ blockers, more = 0, openCount }: { blockers: UnitReadiness["blockers"]; more?: number; openCount?: number }) {
  const t = useT();
  const locale = useLocale();
  if (blockers.length === 0) return <span className="muted">–</span>;
  // Steps that are simply not done yet (and can be) are counted, not listed: the list is for what needs action.
  const onTrack = openCount ?? blockers.filter((b) => b.reason === "open" && !b.signedUpFor).length;
  return (
    <ul className="plain-list blockers">
      {blockers
        .filter((b) => b.reason !== "open" || b.signedUpFor)
        .map((b, i) => (
          <li key={i} data-reason={b.reason}>
            {b.duty
              ? t(`rollout.block.duty.${b.reason === "overdue" ? "overdue" : "open"}`, { duty: t(`cycle.duty.${b.duty}`) })
              : b.reason === "open" && b.signedUpFor
                ? t("rollout.block.signedUp", { name: b.name, date: formatDateTime(b.signedUpFor, locale) })
                : t(`rollout.block.${b.reason}`, { name: b.name, step: b.step })}
          </li>
        ))}
      {more > 0 ? <li>{t("rollout.block.more", { count: more })}</li> : null}
      {onTrack > 0 ? <li className="muted">{t("rollout.block.openCount", { count: onTrack })}</li> : null}
    </ul>
  );
}

/**
 * Stacked bars of units per rollout month by status: a picture for the executive group, with the
 * same figures as a table for screen readers and anyone who prefers numbers.
 */
export function ReadinessChart({ months }: { months: MonthReadiness[] }) {
  const t = useT();
  const locale = useLocale();
  const rows = months.map((m) => [m.month, m.states] as const);
  if (rows.length === 0) return null;
  const max = Math.max(1, ...rows.map(([, m]) => STATES.reduce((n, s) => n + m[s], 0)));
  // Whole units on the value axis, at most about five ticks.
  const step = Math.max(1, Math.ceil(max / 5));
  const top = Math.ceil(max / step) * step;
  const ticks = Array.from({ length: top / step + 1 }, (_, i) => i * step);
  const barW = 44;
  const gap = 20;
  const left = 48; // room for the value axis and its label
  const h = 160;
  const width = left + rows.length * (barW + gap) + gap;
  const yOf = (n: number) => h - (n / top) * (h - 10);
  const label = (month: string) => cachedDateFormat("month", locale, { month: "short", year: "2-digit", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
  return (
    <figure className="chart" aria-labelledby="chart-heading">
      <h2 className="ds-heading" data-size="sm" id="chart-heading">
        {t("rollout.chart.title")}
      </h2>
      <svg viewBox={`0 0 ${width} ${h + 56}`} width={width} height={h + 56} role="img" aria-labelledby="chart-heading chart-desc">
        <desc id="chart-desc">{t("rollout.chart.desc")}</desc>
        <text x={12} y={h / 2} transform={`rotate(-90 12 ${h / 2})`} textAnchor="middle" className="chart-label">
          {t("rollout.chart.axisUnits")}
        </text>
        {ticks.map((n) => (
          <g key={n}>
            <line x1={left - 4} x2={width - gap / 2} y1={yOf(n)} y2={yOf(n)} className="chart-grid" />
            <text x={left - 8} y={yOf(n) + 4} textAnchor="end" className="chart-label chart-tick">
              {n}
            </text>
          </g>
        ))}
        {rows.map(([month, m], i) => {
          let y = h;
          const x = left + gap / 2 + i * (barW + gap);
          return (
            <g key={month}>
              {STATES.map((s) => {
                const bh = (m[s] / top) * (h - 10);
                y -= bh;
                return m[s] > 0 ? <rect key={s} x={x} y={y} width={barW} height={bh} className={`bar bar-${s}`} /> : null;
              })}
              <text x={x + barW / 2} y={h + 18} textAnchor="middle" className="chart-label">
                {label(month)}
              </text>
            </g>
          );
        })}
        <text x={left + (width - left) / 2} y={h + 46} textAnchor="middle" className="chart-label">
          {t("rollout.chart.axisMonth")}
        </text>
      </svg>
      <figcaption>
        <ul className="plain-list inline-list">
          {STATES.map((s) => (
            <li key={s}>
              <span className={`swatch bar-${s}`} aria-hidden="true" /> {t(`rollout.state.${s}`)}
            </li>
          ))}
        </ul>
        <details>
          <summary>{t("rollout.chart.desc")}</summary>
          <table className="ds-table" data-border="true">
            <thead>
              <tr>
                <th scope="col">{t("rollout.chart.month")}</th>
                {STATES.map((s) => (
                  <th scope="col" key={s} className="num">
                    {t(`rollout.state.${s}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map(([month, m]) => (
                <tr key={month}>
                  <th scope="row">{label(month)}</th>
                  {STATES.map((s) => (
                    <td key={s} className="num">
                      {m[s]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
