import { sql } from "kysely";
import { getDb } from "../../db/client.server";
import { groupBy, nbCollator } from "~/utils/collections";
import { csvDate, writeCsv } from "~/utils/csv";
import { osloDate } from "~/utils/dates";
import { completionPercent } from "~/utils/status";
import { canEverywhere, canInArea } from "~/access/policy";
import { visibleLeaders } from "./access.server";
import type { SessionUser } from "./sign-in.server";
import { cachedFigures } from "./cache.server";
import { HttpError } from "./http-error";
import { currentCompletion, pageCount } from "./queries.server";

/**
 * Completion reports for quarterly and annual reporting: the municipality or one service area,
 * by area, unit, step and leader. Every figure is aggregated in SQL with portable functions
 * (count, sum, case, coalesce), so the same queries run on PostgreSQL.
 */

export const REPORT_PAGE_SIZE = 25;

// SQLite sorts nulls first, PostgreSQL last: say it, so «no unit» comes last on both.
const nullsLast = (column: "l.areaName" | "l.unitName") => sql`case when ${sql.ref(column)} is null then 1 else 0 end`;

export type ReportScope = { kind: "municipality" } | { kind: "area"; area: { id: number; name: string } };

/** What this user may report on: the municipality if they see everyone; an area if it is theirs (404 otherwise). */
export async function reportScope({ user, areaId }: { user: SessionUser; areaId?: number }): Promise<ReportScope> {
  if (areaId === undefined) {
    if (!canEverywhere(user, "read:report")) throw new HttpError(403);
    return { kind: "municipality" };
  }
  if (!canInArea(user, "read:report", areaId)) throw new HttpError(404);
  const area = await getDb().selectFrom("service_area").select(["id", "name"]).where("id", "=", areaId).executeTakeFirst();
  if (!area) throw new HttpError(404);
  return { kind: "area", area };
}

/** One row per active leader in scope with their step counts; the base of every figure. */
function perLeader(user: SessionUser, scope: ReportScope, today: string) {
  let q = getDb()
    .selectFrom("person")
    .innerJoin("person_role as r", (j) => j.onRef("r.person_id", "=", "person.id").on("r.role", "=", "leader"))
    .leftJoin("unit", "unit.id", "person.unit_id")
    .leftJoin("service_area as area", "area.id", "unit.service_area_id")
    .leftJoin("path", "path.person_id", "person.id")
    .leftJoin("path_step as s", (j) => j.onRef("s.path_id", "=", "path.id").on("s.removed_at", "is", null))
    .leftJoin("step_completion as c", currentCompletion("s.id"))
    .where("person.active", "=", 1)
    // The area check above decides; this keeps the query itself inside the asker's rights too.
    .where(visibleLeaders(user));
  if (scope.kind === "area") q = q.where("unit.service_area_id", "=", scope.area.id);
  return q
    .select([
      "person.id",
      "person.name",
      "person.email",
      "person.start_date as startDate",
      "unit.id as unitId",
      "unit.name as unitName",
      "area.id as areaId",
      "area.name as areaName",
      (eb) => eb.fn.count<number>("s.id").as("total"),
      (eb) => eb.fn.count<number>("c.id").as("done"),
      sql<number>`coalesce(sum(case when c.confirmed = 1 then 1 else 0 end), 0)`.as("confirmed"),
      sql<number>`coalesce(sum(case when c.id is null and s.due_date < ${today} then 1 else 0 end), 0)`.as("overdue"),
    ])
    .groupBy(["person.id", "person.name", "person.email", "person.start_date", "unit.id", "unit.name", "area.id", "area.name"]);
}

// Drivers return counts as numbers (SQLite) or strings (PostgreSQL bigint); the report speaks numbers.
function figures(r: { total: unknown; done: unknown; confirmed: unknown; overdue: unknown }) {
  const total = Number(r.total);
  const done = Number(r.done);
  const confirmed = Number(r.confirmed);
  return { total, done, percent: completionPercent(done, total), confirmed, selfReported: done - confirmed, overdue: Number(r.overdue) };
}

/** Totals over a group of leaders' figures. */
function sum(rows: { total: number; done: number; confirmed: number; overdue: number }[]) {
  const t = { total: 0, done: 0, confirmed: 0, overdue: 0 };
  for (const r of rows) {
    t.total += r.total;
    t.done += r.done;
    t.confirmed += r.confirmed;
    t.overdue += r.overdue;
  }
  return { leaders: rows.length, ...figures(t) };
}

/** Names in Norwegian order; rows without one (no unit) last. */
const byName = (a: string | null, b: string | null) => (a === null ? (b === null ? 0 : 1) : b === null ? -1 : nbCollator.compare(a, b));

/**
 * The report page: summary, per area (municipality only), per unit, per step, and one page of
 * leaders. Throws 403/404 through `reportScope` when the asker may not see it.
 */
export const UNIT_PAGE_SIZE = 20;

export async function completionReport({
  user,
  areaId,
  page = 1,
  unitPage = 1,
  now = new Date(),
}: {
  user: SessionUser;
  areaId?: number;
  page?: number;
  /** The municipality has hundreds of units: they come a page at a time. */
  unitPage?: number;
  now?: Date;
}) {
  const scope = await reportScope({ user, areaId });
  const db = getDb();
  const today = osloDate(now);
  // One aggregate pass over the leaders in scope and one over the steps, and the sums made from
  // them, kept until the data changes: the municipality's figures take ~100 ms to add up, and
  // summing 5,000 leaders per request was most of the page's time. Rights were checked above.
  const key = `report:${scope.kind}:${scope.kind === "area" ? scope.area.id : ""}:${today}`;
  const { all, steps, summary, areas, units } = await cachedFigures(key, now, async () => {
    // Sorted once, in report order (area, unit, name; no unit last), so a page is a slice.
    const all = (await perLeader(user, scope, today).execute())
      .map((r) => ({ ...r, ...figures(r) }))
      .sort((a, b) => byName(a.areaName, b.areaName) || byName(a.unitName, b.unitName) || nbCollator.compare(a.name, b.name) || a.id - b.id);
    // Per step of the programme template, under its current title; steps no longer in a path are not counted.
    let stepQuery = db
      .selectFrom("person")
      .innerJoin("person_role as r", (j) => j.onRef("r.person_id", "=", "person.id").on("r.role", "=", "leader"))
      .leftJoin("unit", "unit.id", "person.unit_id")
      .innerJoin("path", "path.person_id", "person.id")
      .innerJoin("path_step as s", (j) => j.onRef("s.path_id", "=", "path.id").on("s.removed_at", "is", null))
      .innerJoin("template_step as ts", "ts.id", "s.template_step_id")
      .innerJoin("programme_template as t", "t.id", "ts.template_id")
      .leftJoin("step_completion as c", currentCompletion("s.id"))
      .where("person.active", "=", 1)
      .where(visibleLeaders(user));
    if (scope.kind === "area") stepQuery = stepQuery.where("unit.service_area_id", "=", scope.area.id);
    const steps = (
      await stepQuery
        .select([
          "t.id as templateId",
          "t.name as templateName",
          "ts.id",
          "ts.title",
          "ts.position",
          (eb) => eb.fn.count<number>("s.id").as("total"),
          (eb) => eb.fn.count<number>("c.id").as("done"),
          sql<number>`coalesce(sum(case when c.confirmed = 1 then 1 else 0 end), 0)`.as("confirmed"),
          sql<number>`coalesce(sum(case when c.id is null and s.due_date < ${today} then 1 else 0 end), 0)`.as("overdue"),
        ])
        .groupBy(["t.id", "t.name", "ts.id", "ts.title", "ts.position"])
        .orderBy("t.id")
        .orderBy("ts.position")
        .orderBy("ts.id")
        .execute()
    ).map((r) => ({ templateId: r.templateId, templateName: r.templateName, id: r.id, title: r.title, ...figures(r) }));
    const summary = {
      ...sum(all),
      complete: all.filter((r) => r.total > 0 && r.done === r.total).length,
      behind: all.filter((r) => r.overdue > 0).length,
    };
    const areas =
      scope.kind === "municipality"
        ? groupBy(all, (r) => r.areaId)
            .map(([id, rows]) => ({ id, name: rows[0]!.areaName, ...sum(rows) }))
            .sort((a, b) => byName(a.name, b.name))
        : null;
    const units = groupBy(all, (r) => r.unitId)
      .map(([id, rows]) => ({ areaId: rows[0]!.areaId, areaName: rows[0]!.areaName, id, name: rows[0]!.unitName, ...sum(rows) }))
      .sort((a, b) => byName(a.areaName, b.areaName) || byName(a.name, b.name));
    return { all, steps, summary, areas, units };
  });

  const unitPages = pageCount(units.length, UNIT_PAGE_SIZE);
  const unitsAt = Math.min(Math.max(1, unitPage), unitPages);
  const pages = pageCount(summary.leaders, REPORT_PAGE_SIZE);
  const current = Math.min(Math.max(1, page), pages);
  const leaderRows = all.slice((current - 1) * REPORT_PAGE_SIZE, current * REPORT_PAGE_SIZE);

  return {
    scope,
    asOf: today,
    summary,
    areas,
    units: units.slice((unitsAt - 1) * UNIT_PAGE_SIZE, unitsAt * UNIT_PAGE_SIZE),
    unitPages,
    unitPage: unitsAt,
    steps,
    leaders: {
      page: current,
      pages,
      total: summary.leaders,
      // What the page shows; the CSV has the rest.
      rows: leaderRows.map((r) => ({ id: r.id, name: r.name, unitName: r.unitName, areaName: r.areaName, ...figures(r) })),
    },
  };
}

/** Leaders in report order: by area, unit and name, leaders without a unit last. */
function leaderPage(leaders: ReturnType<typeof perLeader>) {
  return getDb()
    .selectFrom(leaders.as("l"))
    .selectAll()
    .orderBy(nullsLast("l.areaName"))
    .orderBy("l.areaName")
    .orderBy(nullsLast("l.unitName"))
    .orderBy("l.unitName")
    .orderBy("l.name")
    .orderBy("l.id");
}

function leaderView(r: Awaited<ReturnType<ReturnType<typeof leaderPage>["execute"]>>[number]) {
  return {
    id: r.id,
    name: r.name,
    email: r.email,
    startDate: r.startDate,
    unitName: r.unitName,
    areaName: r.areaName,
    ...figures(r),
  };
}

export const CSV_HEADER = ["Navn", "E-post", "Tjenesteområde", "Enhet", "Startdato", "Steg totalt", "Steg fullført", "Prosent", "Forfalte", "Bekreftet", "Egenrapportert"];

/** An ASCII file-name part: «Helse og omsorg» → `helse-og-omsorg`. */
export function slug(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/å/g, "a")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
  return ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "omrade";
}

/**
 * Every leader in scope as a spreadsheet for the quarterly and annual reports: one row per
 * leader, Norwegian headers, dates as dd.mm.yyyy, in the CSV form Norwegian Excel opens as is.
 */
export async function reportCsv({ user, areaId, now = new Date() }: { user: SessionUser; areaId?: number; now?: Date }) {
  const scope = await reportScope({ user, areaId });
  const today = osloDate(now);
  const rows = (await leaderPage(perLeader(user, scope, today)).execute()).map(leaderView);
  const text = writeCsv([
    CSV_HEADER,
    ...rows.map((r) => [r.name, r.email, r.areaName, r.unitName, csvDate(r.startDate), r.total, r.done, r.percent, r.overdue, r.confirmed, r.selfReported]),
  ]);
  const part = scope.kind === "area" ? slug(scope.area.name) : "kommune";
  return { filename: `lederlop-rapport-${part}-${today}.csv`, text, count: rows.length };
}
