import { sql } from "kysely";
import { getDb, isPostgres, type DB } from "../../db/client.server";
import type { ReportScopeKind } from "../../db/schema";
import { canEverywhere, canInArea } from "~/access/policy";
import { translate, type Locale, type MessageKey } from "~/i18n/catalog";
import { nbCollator } from "~/utils/collections";
import { writeCsv } from "~/utils/csv";
import { addDaysToDate, daysBetween } from "~/utils/dates";
import { fbaDue, revisionsUntil } from "~/utils/lean-cycle";
import { osloInstant } from "~/utils/oslo-instant";
import { change, emptyFigures, FIGURE_LINES, figureCell, figureLine, PART_KEYS, type PeriodFigures, type StepFigures } from "~/utils/period-figures";
import { lastEndedQuarter, parsePeriod, previousPeriod, quarterPeriod, quartersOf, quartersUpTo, yearPeriod, type Period } from "~/utils/periods";
import { completedOn, doneOnTime, stepStatus } from "~/utils/status";
import { audit } from "./audit.server";
import { HttpError } from "./http-error";
import { completionAsOf, leaderAt, stepOnPathAt } from "./queries.server";
import { PRE_ROLLOUT_KEY, readinessAsOf } from "./rollout.server";
import type { SessionUser } from "./sign-in.server";
import { INTRO_TEMPLATE_KEY } from "./team-readiness.server";
import { hestehode } from "./unit-overview.server";

/**
 * Period report packs: the measure points (app/utils/period-figures.ts says what each one is)
 * frozen per quarter and year for the municipality, each service area and each unit. The same
 * function computes a pack at the period's end (the scheduler) and later from the history
 * (reconstruction); a pack once written is never changed (the database refuses it).
 */

/** The instant a period ends: Oslo midnight after its last day (DST-correct). */
export const periodEnd = (p: Period) => osloInstant(addDaysToDate(p.end, 1), "00:00");
const periodStart = (p: Period) => osloInstant(p.start, "00:00");

/** Taken more than this long after the period's end, a pack is marked reconstructed: the data had time to change. */
const ON_TIME_HOURS = 24;

/** Within 180 days of the start date: the action plan's first half-year for a new leader. */
const PATH_DAYS = 180;

const REMINDER_KINDS = ["reminder_before", "reminder_due", "reminder_overdue", "daily_summary"];
const ESCALATION_KIND = "reminder_escalation";

export interface ScopeFigures {
  kind: ReportScopeKind;
  id: number;
  areaId: number | null;
  name: string;
  figures: PeriodFigures;
}

type Acc = PeriodFigures & {
  leads: number[];
  stepMap: Map<number, StepFigures>;
};

/**
 * Every scope's figures for a period, as of its end, from the records' own dates: registrations,
 * completions and when they were taken back, the unit's records and when they were entered,
 * rollouts, sessions and sign-ups, and when mail was sent. Reads through `db` (a transaction's).
 */
export async function measurePeriod({ db, period }: { db: DB; period: Period }): Promise<ScopeFigures[]> {
  const E = periodEnd(period);
  const at = E.toISOString();
  const from = periodStart(period).toISOString();
  const { start, end } = period;
  // «Today» at the period's end is the day after its last day: stepStatus then calls a step due on the last day overdue.
  const dayAfter = addDaysToDate(end, 1);

  const [areas, units, leaders, steps, readiness, rollouts, analyses, revisions, measures, agreements, mail] = await Promise.all([
    db.selectFrom("service_area").select(["id", "name"]).where("created_at", "<", at).execute(),
    db.selectFrom("unit").select(["id", "name", "service_area_id"]).where("created_at", "<", at).execute(),
    db
      .selectFrom("person")
      .innerJoin("person_role as r", (j) => j.onRef("r.person_id", "=", "person.id").on("r.role", "=", "leader"))
      .select(["person.id", "person.unit_id", "person.created_at"])
      .where(leaderAt(at))
      .execute(),
    db
      .selectFrom("path_step as s")
      .innerJoin("path", "path.id", "s.path_id")
      .innerJoin("programme_template as t", "t.id", "path.template_id")
      .innerJoin("template_step as ts", "ts.id", "s.template_step_id")
      .innerJoin("person", "person.id", "path.person_id")
      .innerJoin("person_role as r", (j) => j.onRef("r.person_id", "=", "person.id").on("r.role", "=", "leader"))
      .leftJoin("step_completion as c", completionAsOf("s.id", at))
      .select([
        "s.id",
        "s.path_id",
        "s.template_step_id",
        "s.required",
        "s.evidence",
        "s.due_date",
        "ts.title",
        "ts.position",
        "t.id as templateId",
        "t.key as templateKey",
        "t.name as programme",
        "path.anchor_date",
        "person.unit_id as unitId",
        "c.id as completionId",
        "c.confirmed",
        "c.completed_at",
        "c.evidence_date",
      ])
      .where(leaderAt(at))
      .where(stepOnPathAt(at))
      .orderBy("t.id")
      .orderBy("ts.position")
      .orderBy("ts.id")
      .execute(),
    readinessAsOf({ db, at: E }),
    db.selectFrom("rollout").select(["unit_id", "start_date"]).where("created_at", "<", at).execute(),
    db.selectFrom("fishbone_analysis").select(["unit_id", "held_on"]).where("held_on", ">=", start).where("held_on", "<=", end).where("recorded_at", "<", at).execute(),
    db.selectFrom("unit_revision").select(["unit_id", "held_on", "gemba_on"]).where("recorded_at", "<", at).execute(),
    db
      .selectFrom("unit_measure")
      .select(["unit_id", "kind", "due_date"])
      .where("created_at", "<", at)
      .where((eb) => eb.or([eb("closed_on", "is", null), eb("closed_on", ">", end)]))
      .execute(),
    db
      .selectFrom("leader_agreement as a")
      .innerJoin("person", "person.id", "a.person_id")
      .select(["person.unit_id"])
      .where("a.held_on", ">=", start)
      .where("a.held_on", "<=", end)
      .where("a.recorded_at", "<", at)
      .execute(),
    db
      .selectFrom("outbox as o")
      .leftJoin("path_step as s", "s.id", "o.path_step_id")
      .leftJoin("path", "path.id", "s.path_id")
      .leftJoin("person", "person.id", "path.person_id")
      .select(["o.kind", "person.unit_id"])
      .where("o.sent_at", ">=", from)
      .where("o.sent_at", "<", at)
      .where("o.kind", "in", [...REMINDER_KINDS, ESCALATION_KIND])
      .execute(),
  ]);

  const areaOf = new Map(units.map((u) => [u.id, u.service_area_id]));
  const scopes = new Map<string, ScopeFigures & { acc: Acc }>();
  const newAcc = (): Acc => ({
    ...emptyFigures(),
    leads: [],
    stepMap: new Map(),
  });
  const open = (kind: ReportScopeKind, id: number, areaId: number | null, name: string) =>
    scopes.set(`${kind}:${id}`, {
      kind,
      id,
      areaId,
      name,
      figures: emptyFigures(),
      acc: newAcc(),
    });
  open("municipality", 0, null, "");
  for (const a of areas) open("area", a.id, a.id, a.name);
  for (const u of units) open("unit", u.id, u.service_area_id, u.name);
  /** The accumulators a record counts in: its unit's, its area's and the municipality's. */
  const accsOf = (unitId: number | null): Acc[] => {
    const out = [scopes.get("municipality:0")!.acc];
    if (unitId === null) return out;
    const unit = scopes.get(`unit:${unitId}`);
    const area = scopes.get(`area:${areaOf.get(unitId)}`);
    if (area) out.push(area.acc);
    if (unit) out.push(unit.acc);
    return out;
  };
  const add = (unitId: number | null, f: (a: Acc) => void) => accsOf(unitId).forEach(f);

  for (const l of leaders) {
    add(l.unit_id, (a) => {
      a.leaders++;
      if (l.created_at >= from) a.newLeaders++;
    });
  }

  const paths = new Map<number, { unitId: number | null; anchor: string; required: typeof steps }>();
  const rolloutOf = new Map(rollouts.map((r) => [r.unit_id, r.start_date]));
  for (const s of steps) {
    const done = s.completionId !== null;
    const overdue = stepStatus({ due_date: s.due_date, done }, dayAfter) === "overdue";
    const confirmed = done && Number(s.confirmed) === 1;
    add(s.unitId, (a) => {
      a.stepsTotal++;
      if (done) a.stepsDone++;
      if (confirmed) a.stepsConfirmed++;
      if (overdue) a.stepsOverdue++;
      const sf = a.stepMap.get(s.template_step_id) ?? {
        id: s.template_step_id,
        title: s.title,
        programme: s.programme,
        total: 0,
        done: 0,
        confirmed: 0,
        overdue: 0,
      };
      sf.total++;
      if (done) sf.done++;
      if (confirmed) sf.confirmed++;
      if (overdue) sf.overdue++;
      a.stepMap.set(s.template_step_id, sf);
    });
    if (s.templateKey === INTRO_TEMPLATE_KEY && s.required === 1) {
      const p = paths.get(s.path_id) ?? {
        unitId: s.unitId,
        anchor: s.anchor_date,
        required: [],
      };
      p.required.push(s);
      paths.set(s.path_id, p);
    }
    // «Et hestehode foran»: the pre-rollout training, in a unit rolled out by the period's end.
    const rollout = s.unitId === null ? undefined : rolloutOf.get(s.unitId);
    if (s.templateKey === PRE_ROLLOUT_KEY && s.evidence === "attendance" && done && rollout && rollout <= end) {
      const lead = daysBetween(
        completedOn({
          evidence_date: s.evidence_date,
          completed_at: s.completed_at!,
        }),
        rollout
      );
      add(s.unitId, (a) => a.leads.push(lead));
    }
  }

  for (const p of paths.values()) {
    if (p.required.some((s) => s.completionId === null)) continue;
    const last = p.required.reduce((m, s) => (s.completed_at! > m ? s.completed_at! : m), "");
    if (last < from) continue;
    const days = p.required.map((s) => ({
      on: completedOn({
        evidence_date: s.evidence_date,
        completed_at: s.completed_at!,
      }),
      due: s.due_date,
    }));
    const onTime = days.every((d) => doneOnTime(d.on, d.due));
    const lastDay = days.reduce((m, d) => (d.on > m ? d.on : m), "");
    const within = daysBetween(p.anchor, lastDay) <= PATH_DAYS;
    add(p.unitId, (a) => {
      a.pathsCompleted++;
      if (onTime) a.pathsOnTime++;
      if (within) a.pathsWithin180++;
    });
  }

  for (const u of readiness) if (u.startDate >= start) add(u.unitId, (a) => a.rollouts[u.state]++);

  for (const f of analyses) {
    const rollout = rolloutOf.get(f.unit_id);
    add(f.unit_id, (a) => {
      a.fbaHeld++;
      if (rollout && f.held_on <= fbaDue(rollout)) a.fbaWithinSix++;
    });
  }
  for (const [unitId, rollout] of rolloutOf) {
    const due = revisionsUntil(rollout, end).filter((r) => r.due >= start && r.due <= end).length;
    if (due) add(unitId, (a) => (a.revisionsDue += due));
  }
  for (const r of revisions) {
    const held = r.held_on >= start && r.held_on <= end;
    const gemba = r.gemba_on !== null && r.gemba_on >= start && r.gemba_on <= end;
    if (held || gemba)
      add(r.unit_id, (a) => {
        if (held) a.revisionsHeld++;
        if (gemba) a.gembaWalks++;
      });
  }
  for (const m of measures) {
    const overdue = m.due_date <= end;
    add(m.unit_id, (a) => {
      if (m.kind === "measure") {
        a.openMeasures++;
        if (overdue) a.overdueMeasures++;
      } else {
        a.openFollowUps++;
        if (overdue) a.overdueFollowUps++;
      }
    });
  }
  for (const g of agreements) add(g.unit_id, (a) => a.agreementsHeld++);
  for (const m of mail) add(m.unit_id, (a) => (m.kind === ESCALATION_KIND ? a.escalations++ : a.remindersSent++));

  return [...scopes.values()].map(({ acc, ...scope }) => {
    const { leads, stepMap, ...figures } = acc;
    const h = hestehode(leads, []);
    return {
      ...scope,
      figures: {
        ...figures,
        steps: [...stepMap.values()],
        hestehode: {
          n: h.n,
          median: h.median,
          ahead: leads.filter((d) => d > 0).length,
        },
      },
    };
  });
}

/**
 * Takes a period's pack unless it has one: the claim row goes in first (insert or nothing), so of
 * several instances running this at once exactly one writes it; then every scope, all in one
 * transaction. Returns whether this call took it.
 */
export async function takePack({
  db = getDb(),
  period,
  now,
  reconstructed,
  actorId = null,
}: {
  db?: DB;
  period: Period;
  now: Date;
  reconstructed: boolean;
  actorId?: number | null;
}): Promise<boolean> {
  return inWriteTransaction(db, async (tx) => {
    const claim = await tx
      .insertInto("period_report_pack")
      .values({
        period_key: period.key,
        kind: period.kind,
        as_of: periodEnd(period).toISOString(),
        taken_at: now.toISOString(),
        reconstructed: reconstructed ? 1 : 0,
      })
      .onConflict((oc) => oc.column("period_key").doNothing())
      .executeTakeFirst();
    if (Number(claim.numInsertedOrUpdatedRows ?? 0) === 0) return false;
    const scopes = await measurePeriod({ db: tx, period });
    const rows = scopes.map((s) => ({
      period_key: period.key,
      scope_kind: s.kind,
      scope_id: s.id,
      area_id: s.areaId,
      scope_name: s.name,
      figures: JSON.stringify(s.figures),
    }));
    for (let i = 0; i < rows.length; i += 200)
      await tx
        .insertInto("period_report")
        .values(rows.slice(i, i + 200))
        .execute();
    await audit(tx, {
      actorId,
      action: reconstructed ? "report.reconstruct" : "report.freeze",
      entity: "period_report_pack",
      entityId: period.key,
      after: {
        period: period.key,
        scopes: rows.length,
        as_of: periodEnd(period).toISOString(),
      },
      now,
    });
    return true;
  });
}

/**
 * One transaction that writes. SQLite's default BEGIN takes the write lock only at the first write,
 * and a second process that read before the first one committed then fails at once ("database is
 * locked") instead of waiting; BEGIN IMMEDIATE makes it wait its turn (busy_timeout) and then find
 * the claim taken.
 */
async function inWriteTransaction<T>(db: DB, work: (tx: DB) => Promise<T>): Promise<T> {
  if (isPostgres(db)) return db.transaction().execute(work);
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await work(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (error) {
      await sql`rollback`.execute(conn);
      throw error;
    }
  });
}

/** The last ended quarter, and at a year's end the year too. */
const endedPeriods = (q: Period) => (q.quarter === 4 ? [q, yearPeriod(q.year)] : [q]);

/**
 * The scheduler's part: once a quarter has ended (Oslo time), its pack — and after Q4 the year's —
 * exactly once. A pass that comes later than a day after the end (the server was down, or the
 * installation is new) still takes it, marked reconstructed. Cheap when there is nothing to do.
 */
export async function freezeEndedPeriods({ db = getDb(), now }: { db?: DB; now: Date }): Promise<string[]> {
  const due = endedPeriods(lastEndedQuarter(now));
  const have = new Set(
    (
      await db
        .selectFrom("period_report_pack")
        .select("period_key")
        .where(
          "period_key",
          "in",
          due.map((p) => p.key)
        )
        .execute()
    ).map((r) => r.period_key)
  );
  const taken: string[] = [];
  for (const p of due) {
    if (have.has(p.key)) continue;
    const late = now.getTime() - periodEnd(p).getTime() > ON_TIME_HOURS * 3_600_000;
    if (await takePack({ db, period: p, now, reconstructed: late })) taken.push(p.key);
  }
  return taken;
}

/**
 * Reconstructs the packs a past stretch lacks, from a quarter up to the last ended one (and the
 * years whose four quarters have ended), from the history; periods that have a pack keep it.
 */
export async function reconstructPeriods({ db = getDb(), from, now, actorId }: { db?: DB; from: Period; now: Date; actorId: number | null }): Promise<string[]> {
  const last = lastEndedQuarter(now);
  const first = from.kind === "year" ? quarterPeriod(from.year, 1) : from;
  if (first.start > last.start) return [];
  const periods: Period[] = [];
  for (let q = last; q.start >= first.start; q = previousPeriod(q)) periods.unshift(...endedPeriods(q));
  const taken: string[] = [];
  for (const p of periods) if (await takePack({ db, period: p, now, reconstructed: true, actorId })) taken.push(p.key);
  return taken;
}

// ——— Reading ———

export interface PackInfo {
  key: string;
  kind: "quarter" | "year";
  asOf: string;
  takenAt: string;
  reconstructed: boolean;
}

const packInfo = (r: { period_key: string; kind: "quarter" | "year"; as_of: string; taken_at: string; reconstructed: number }): PackInfo => ({
  key: r.period_key,
  kind: r.kind,
  asOf: r.as_of,
  takenAt: r.taken_at,
  reconstructed: r.reconstructed === 1,
});

/** Every pack, newest first (a year after its fourth quarter). Anyone who may read reports sees which periods have one. */
export async function listPacks(): Promise<PackInfo[]> {
  const rows = await getDb().selectFrom("period_report_pack").selectAll().execute();
  const order = (k: string) => (k.length === 4 ? `${k}-Q5` : k);
  return rows.map(packInfo).sort((a, b) => order(b.key).localeCompare(order(a.key)));
}

export type PeriodScope = { kind: "municipality" } | { kind: "area"; id: number; name: string };

/** How many quarters (or years) the trend shows. */
const TREND_LENGTH = 8;

/** The period and the scope a report is about, after checking the reader may see it (404 for a period without a pack or an area out of reach). */
function reportScope({ user, key, areaId }: { user: SessionUser; key: string; areaId?: number }) {
  const period = parsePeriod(key);
  if (!period) throw new HttpError(404);
  if (areaId === undefined ? !canEverywhere(user, "read:report") : !canInArea(user, "read:report", areaId)) throw new HttpError(areaId === undefined ? 403 : 404);
  return { period, scopeKind: areaId === undefined ? ("municipality" as const) : ("area" as const), scopeId: areaId ?? 0 };
}

const scopeOf = (areaId: number | undefined, name: string): PeriodScope => (areaId === undefined ? { kind: "municipality" } : { kind: "area", id: areaId, name });

/**
 * A period's pack for the municipality (those who see everything) or one service area (its TOL,
 * or anyone who sees everything): the scope's figures, the previous period's, the trend and the
 * year's quarters (for a year). Its parts side by side are `periodParts`.
 */
export async function periodReport({ user, key, areaId }: { user: SessionUser; key: string; areaId?: number }) {
  const { period, scopeKind, scopeId } = reportScope({ user, key, areaId });
  const db = getDb();
  const trend = period.kind === "year" ? Array.from({ length: TREND_LENGTH }, (_, i) => yearPeriod(period.year - TREND_LENGTH + 1 + i)) : quartersUpTo(period, TREND_LENGTH);
  const previous = previousPeriod(period);
  const quarters = period.kind === "year" ? quartersOf(period.year) : [];
  const keys = [...new Set([...trend, previous, ...quarters, period].map((p) => p.key))];
  const [packs, own] = await Promise.all([
    db.selectFrom("period_report_pack").selectAll().where("period_key", "in", keys).execute(),
    db
      .selectFrom("period_report")
      .select(["period_key", "scope_name", "figures"])
      .where("period_key", "in", keys)
      .where("scope_kind", "=", scopeKind)
      .where("scope_id", "=", scopeId)
      .execute(),
  ]);
  const pack = packs.find((p) => p.period_key === period.key);
  const mine = own.find((r) => r.period_key === period.key);
  if (!pack || !mine) throw new HttpError(404);
  const byKey = new Map(own.map((r) => [r.period_key, JSON.parse(r.figures) as PeriodFigures]));
  const infoOf = new Map(packs.map((p) => [p.period_key, packInfo(p)]));
  // Only the period's own figures keep their per-step list: the page shows it for the period alone,
  // and eight quarters' lists would triple what the page sends.
  const withoutSteps = (f: PeriodFigures): PeriodFigures => ({ ...f, steps: [] });
  const column = (p: Period) => {
    const figures = byKey.get(p.key);
    return { key: p.key, figures: figures ? withoutSteps(figures) : null, reconstructed: infoOf.get(p.key)?.reconstructed ?? null };
  };
  return {
    period,
    pack: packInfo(pack),
    scope: scopeOf(areaId, mine.scope_name),
    figures: byKey.get(period.key)!,
    previous: column(previous),
    quarters: quarters.map(column),
    // Only periods with a pack: a gap in the history is not a zero.
    trend: trend.map(column).filter((c) => c.figures !== null),
  };
}

/**
 * A period's parts side by side, from the same pack: the service areas for the municipality, or an
 * area's units. Only the cells the table shows are sent (40 areas' whole figures are twice a page).
 * Its own page, so the report itself stays one screen of figures to read and print.
 */
export async function periodParts({ user, key, areaId }: { user: SessionUser; key: string; areaId?: number }) {
  const { period, scopeKind, scopeId } = reportScope({ user, key, areaId });
  const db = getDb();
  const [pack, mine, parts] = await Promise.all([
    db.selectFrom("period_report_pack").selectAll().where("period_key", "=", period.key).executeTakeFirst(),
    db
      .selectFrom("period_report")
      .select("scope_name")
      .where("period_key", "=", period.key)
      .where("scope_kind", "=", scopeKind)
      .where("scope_id", "=", scopeId)
      .executeTakeFirst(),
    db
      .selectFrom("period_report")
      .select(["scope_id", "scope_name", "figures"])
      .where("period_key", "=", period.key)
      .$if(areaId === undefined, (q) => q.where("scope_kind", "=", "area"))
      .$if(areaId !== undefined, (q) => q.where("scope_kind", "=", "unit").where("area_id", "=", areaId!))
      .execute(),
  ]);
  if (!pack || !mine) throw new HttpError(404);
  return {
    period,
    pack: packInfo(pack),
    scope: scopeOf(areaId, mine.scope_name),
    parts: parts
      .map((p) => ({ id: p.scope_id, name: p.scope_name, cells: partCells(JSON.parse(p.figures) as PeriodFigures) }))
      .sort((a, b) => nbCollator.compare(a.name, b.name)),
  };
}

const partCells = (f: PeriodFigures) => PART_KEYS.map((k) => figureCell(figureLine(k), f));

export type PeriodReport = Awaited<ReturnType<typeof periodReport>>;

/**
 * A period's pack as a spreadsheet for the quarterly report: one row per measure point (shares in
 * whole per cent), the period, the quarters of a year, the previous period and the change, and a
 * status row saying whether each column was frozen or reconstructed. In the reader's language.
 */
export async function periodCsv({ user, key, areaId, locale }: { user: SessionUser; key: string; areaId?: number; locale: Locale }) {
  const r = await periodReport({ user, key, areaId });
  const t = (k: MessageKey, vars?: Record<string, string | number>) => translate(locale, k, vars);
  const columns = [
    ...r.quarters,
    {
      key: r.period.key,
      figures: r.figures as PeriodFigures | null,
      reconstructed: r.pack.reconstructed as boolean | null,
    },
    r.previous,
  ];
  const status = (c: { figures: PeriodFigures | null; reconstructed: boolean | null }) =>
    c.figures === null ? "" : t(c.reconstructed ? "periods.status.reconstructed" : "periods.status.frozen");
  const rows = FIGURE_LINES.map((line) => {
    const values = columns.map((c) => (c.figures ? line.value(c.figures) : null));
    const diff = change(line.value(r.figures), r.previous.figures ? line.value(r.previous.figures) : null);
    const label = t(`periods.fig.${line.key}`) + (line.unit === "percent" ? " (%)" : "");
    return [label, ...values, diff ? (diff.direction === "down" ? -diff.by : diff.by) : null];
  });
  const text = writeCsv([[t("periods.col.figure"), ...columns.map((c) => c.key), t("periods.col.change")], [t("periods.csv.status"), ...columns.map(status), ""], ...rows]);
  const part = r.scope.kind === "area" ? `omrade-${r.scope.id}` : "kommune";
  return { filename: `lederlop-periode-${r.period.key}-${part}.csv`, text };
}

/** The parts side by side as a spreadsheet: one row per area (or unit), the same columns as the page (shares in whole per cent). */
export async function periodPartsCsv({ user, key, areaId, locale }: { user: SessionUser; key: string; areaId?: number; locale: Locale }) {
  const r = await periodParts({ user, key, areaId });
  const t = (k: MessageKey) => translate(locale, k);
  const head = PART_KEYS.map((k) => t(`periods.fig.${k}`) + (figureLine(k).unit === "percent" ? " (%)" : ""));
  const text = writeCsv([[t("periods.col.name"), ...head], ...r.parts.map((p) => [p.name, ...p.cells.map((c) => c?.value ?? null)])]);
  const part = r.scope.kind === "area" ? `enheter-omrade-${r.scope.id}` : "omrader";
  return { filename: `lederlop-periode-${r.period.key}-${part}.csv`, text };
}
