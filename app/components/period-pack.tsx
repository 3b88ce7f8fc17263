import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { AreaChooser } from "./area-chooser";
import { TableScroll } from "./ui";
import { formatDate, formatDateTime } from "~/utils/dates";
import { useLocale, useT } from "~/utils/i18n";
import { change, figureCell, figureLine, TREND_KEYS, type FigureCell, type FigureLine, type PeriodFigures } from "~/utils/period-figures";
import { parsePeriod } from "~/utils/periods";

type T = ReturnType<typeof useT>;

/** «3. kvartal 2026» or «Året 2026» for a period key. */
export function periodName(t: T, key: string): string {
  const p = parsePeriod(key);
  if (!p) return key;
  return p.kind === "year" ? t("periods.year", { year: p.year }) : t("periods.quarter", { quarter: p.quarter!, year: p.year });
}

/** A report's title: «3. kvartal 2026 – kommunen», or with the service area's name. */
export function reportTitle(t: T, key: string, area: { name: string } | null): string {
  const period = periodName(t, key);
  return area ? t("periods.titleArea", { period, area: area.name }) : t("periods.titleMunicipality", { period });
}

/**
 * The top of a period page: a way back, the title, when the figures are from and whether they were
 * reconstructed, and (for those who read more than one area) the way to another scope. `path` is the
 * page's own address without the query, so the scope changes and the page stays the same kind.
 */
export function PeriodHeader({ back, title, period, pack, area, areas, seesAll, path }: { back: { to: string; label: string }; title: string; period: { end: string }; pack: { takenAt: string; reconstructed: boolean }; area: { id: number } | null; areas: { id: number; name: string }[]; seesAll: boolean; path: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <div>
        <p className="ds-paragraph no-print">
          <Link className="ds-link" to={back.to}>
            {back.label}
          </Link>
        </p>
        <h1 className="ds-heading" data-size="lg">
          {title}
        </h1>
        <p className="ds-paragraph report-meta muted">{t("periods.asOf", { date: formatDate(period.end, locale), taken: formatDateTime(pack.takenAt, locale) })}</p>
        {pack.reconstructed ? (
          <p className="ds-paragraph reconstructed">
            <strong>{t("periods.status.reconstructed")}</strong> – {t("periods.reconstructedHelp")}
          </p>
        ) : null}
      </div>
      {seesAll || areas.length > 1 ? (
        <nav aria-label={t("periods.area")} className="no-print report-actions">
          {seesAll && area ? (
            <Link className="ds-link" to={path}>
              {t("periods.municipality")}
            </Link>
          ) : null}
          {areas.length > 0 ? <AreaChooser areas={areas} current={area?.id ?? areas[0]!.id} label={t("periods.area")} submit={t("periods.show")} /> : null}
        </nav>
      ) : null}
    </>
  );
}

/** Links under a period page's header (the other view, the CSV), hidden in print. */
export function PeriodLinks({ children }: { children: ReactNode }) {
  return <div className="report-actions no-print">{children}</div>;
}

/** A figure as text: a count, days, or a share with what it is a share of. */
export function figureText(t: T, line: FigureLine, f: PeriodFigures | null): string {
  return cellText(t, line, f ? figureCell(line, f) : null);
}

/** The same for a figure worked out on the server (the per-area and per-unit rows send only these). */
export function cellText(t: T, line: FigureLine, cell: FigureCell | null): string {
  if (!cell || cell.value === null) return t("periods.value.none");
  if (line.unit === "days") return t("periods.value.days", { value: cell.value });
  if (cell.of) return t("periods.value.share", { value: cell.value, n: cell.of[0], d: cell.of[1] });
  return String(cell.value);
}

/** The change from the previous period as an arrow and words, never colour alone. */
export function ChangeText({ line, now, before }: { line: FigureLine; now: PeriodFigures; before: PeriodFigures | null }) {
  const t = useT();
  const c = change(line.value(now), before ? line.value(before) : null);
  if (!c) return <span className="muted">{t("periods.change.none")}</span>;
  if (c.direction === "same") return <span>→ {t("periods.change.same")}</span>;
  const by = line.unit === "percent" ? t("periods.by.percent", { by: c.by }) : line.unit === "days" ? t("periods.by.days", { by: c.by }) : String(c.by);
  return (
    <span className={`change change-${c.direction}`}>
      <span aria-hidden="true">{c.direction === "up" ? "↑" : "↓"} </span>
      {t(c.direction === "up" ? "periods.change.up" : "periods.change.down", {
        by,
      })}
    </span>
  );
}

const W = 640;
const H = 260;
const PAD = { left: 48, right: 16, top: 16, bottom: 40 };
// Each series has its own dash and marker shape as well as its colour.
const SERIES = [
  { dash: "", marker: "circle", className: "trend-a" },
  { dash: "6 4", marker: "square", className: "trend-b" },
  { dash: "2 3", marker: "triangle", className: "trend-c" },
] as const;

function Marker({ shape, x, y }: { shape: (typeof SERIES)[number]["marker"]; x: number; y: number }) {
  if (shape === "circle") return <circle cx={x} cy={y} r={4} />;
  if (shape === "square") return <rect x={x - 4} y={y - 4} width={8} height={8} />;
  return <polygon points={`${x},${y - 5} ${x + 5},${y + 4} ${x - 5},${y + 4}`} />;
}

/**
 * The trend as an SVG line chart (per cent on the y axis, one tick per period on the x axis, a
 * title and a description), followed by the same numbers as a table. Gaps (a share of nothing) break
 * the line rather than drawing a zero.
 */
export function TrendChart({ trend }: { trend: { key: string; figures: PeriodFigures | null }[] }) {
  const t = useT();
  const lines = TREND_KEYS.map(figureLine);
  const n = trend.length;
  const x = (i: number) => PAD.left + (n === 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (n - 1));
  const y = (v: number) => PAD.top + ((100 - v) * (H - PAD.top - PAD.bottom)) / 100;
  const names = trend.map((p) => periodName(t, p.key));
  return (
    <section aria-labelledby="p-trend" className="trend">
      <h2 className="ds-heading" data-size="sm" id="p-trend">
        {t("periods.trend")}
      </h2>
      {n < 2 ? <p className="ds-paragraph muted">{t("periods.trend.few")}</p> : null}
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="p-trend-title p-trend-desc" className="trend-chart">
        <title id="p-trend-title">{t("periods.trend")}</title>
        <desc id="p-trend-desc">{t("periods.trend.desc", { periods: names.join(", ") })}</desc>
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v} className="trend-grid">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
              {v} %
            </text>
          </g>
        ))}
        <line className="trend-axis" x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={H - PAD.bottom} />
        <line className="trend-axis" x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} />
        <text
          className="trend-axis-label"
          x={12}
          y={PAD.top + (H - PAD.top - PAD.bottom) / 2}
          transform={`rotate(-90 12 ${PAD.top + (H - PAD.top - PAD.bottom) / 2})`}
          textAnchor="middle"
        >
          {t("periods.trend.axis")}
        </text>
        {trend.map((p, i) => (
          <text key={p.key} x={x(i)} y={H - PAD.bottom + 18} textAnchor="middle" className="trend-tick">
            {parsePeriod(p.key)?.kind === "quarter"
              ? `${t("periods.quarterShort", {
                  quarter: parsePeriod(p.key)!.quarter!,
                })} ${p.key.slice(0, 4)}`
              : p.key}
          </text>
        ))}
        {lines.map((line, s) => {
          const points = trend.map((p, i) => ({
            i,
            v: p.figures ? line.value(p.figures) : null,
          }));
          const segments: string[] = [];
          let current = "";
          for (const pt of points) {
            if (pt.v === null) {
              if (current) segments.push(current);
              current = "";
            } else current += `${current ? " L" : "M"}${x(pt.i)},${y(pt.v)}`;
          }
          if (current) segments.push(current);
          const style = SERIES[s]!;
          return (
            <g key={line.key} className={style.className}>
              {segments.map((d) => (
                <path key={d} d={d} fill="none" strokeWidth={2} strokeDasharray={style.dash || undefined} />
              ))}
              {points.map((pt) => (pt.v === null ? null : <Marker key={pt.i} shape={style.marker} x={x(pt.i)} y={y(pt.v)} />))}
            </g>
          );
        })}
      </svg>
      <ul className="trend-legend" aria-hidden="true">
        {lines.map((line, s) => (
          <li key={line.key} className={SERIES[s]!.className}>
            <svg width="28" height="12" viewBox="0 0 28 12">
              <line x1="0" x2="28" y1="6" y2="6" strokeWidth={2} strokeDasharray={SERIES[s]!.dash || undefined} />
              <Marker shape={SERIES[s]!.marker} x={14} y={6} />
            </svg>
            {t(`periods.fig.${line.key}`)}
          </li>
        ))}
      </ul>
      <TableScroll label={t("periods.trend.table")}>
        <table className="ds-table" data-border="true" data-zebra="true">
          <caption>{t("periods.trend.table")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("periods.col.figure")}</th>
              {trend.map((p, i) => (
                <th scope="col" className="num" key={p.key}>
                  {names[i]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => (
              <tr key={line.key}>
                <th scope="row">{t(`periods.fig.${line.key}`)}</th>
                {trend.map((p) => (
                  <td className="num" key={p.key}>
                    {figureText(t, line, p.figures)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
