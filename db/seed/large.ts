import type { Kysely } from "kysely";
import { random } from "./random";
import type { Database, Role } from "../schema";
import { pathStepValues } from "../../app/models/path.server";
import { PRE_ROLLOUT_KEY } from "../../app/models/rollout.server";
import { osloInstant } from "../../app/utils/oslo-instant";
import { addDaysToDate, addMonthsToDate, osloDate } from "../../app/utils/dates";
import { contractDue, fbaDue, meetingDue, revisionsUntil } from "../../app/utils/lean-cycle";
import { currentCompletion } from "../../app/models/queries.server";
import { seasonOf } from "../../app/models/recurring-queries.server";
import { agreementSeason } from "../../app/utils/agreement-season";
import { agreementMonth } from "../../app/utils/env.server";

export interface LargeOptions {
  leaders?: number;
  areas?: number;
  unitsPerArea?: number;
  now?: Date;
  /**
   * Units with a Lean rollout, start dates spread over the coming `rolloutMonths` months; their
   * leaders get the pre-rollout path (as `enrolInRollout` gives it) at a realistic state of
   * completion. Default 0: none.
   */
  rollouts?: number;
  rolloutMonths?: number;
  /** Training sessions over the same months (pre-rollout training, theme hours, the intro programme), with sign-ups. Default 0. */
  sessions?: number;
  /** Also add an executive-group (RLG) account, rlg@bench.example. Default false. */
  rlg?: boolean;
  /**
   * Units that rolled out up to three years ago, with their Lean cycle on record: the meeting and
   * contract, the fishbone analysis with measures once due, most revisions held with a follow-up
   * each (about half closed), some overdue. Default 0.
   */
  leanUnits?: number;
  /**
   * The recurring obligations' history: this season's and last season's leader agreements (most
   * held), two years of monthly Lean leader forums and theme hours every other month with
   * attendance, and the next few of each with sign-ups. Default false.
   */
  recurring?: boolean;
}

/** Sign-ins a benchmark can use: HR, the TOL of the area with most leaders, a leader with both paths (when there are rollouts), RLG. */
export interface LargeAccounts {
  hr: string;
  developmentUnit: string;
  tol: string;
  largestAreaId: number;
  largestAreaLeaders: number;
  leader: string;
  rlg: string | null;
}

/**
 * A large municipality for benchmarks: areas with a TOL each, units, and leaders whose start
 * dates spread over the past year (and a little ahead), each with an introduction path at a
 * realistic state of completion. Optionally rollouts with pre-rollout paths, training sessions
 * with sign-ups, and an RLG account. Inserts in bulk inside one transaction.
 */
export async function seedLarge(
  db: Kysely<Database>,
  { leaders = 5000, areas = 40, unitsPerArea = 10, now = new Date(), rollouts = 0, rolloutMonths = 9, sessions = 0, rlg = false, leanUnits = 0, recurring = false }: LargeOptions = {},
) {
  const rnd = random(42);
  const today = osloDate(now);
  const stamp = now.toISOString();
  return db.transaction().execute(async (tx) => {
    const addPeople = async (rows: { name: string; email: string; unit_id: number | null; start_date: string | null }[], role: Role) => {
      const ids: number[] = [];
      for (let i = 0; i < rows.length; i += 500) {
        const inserted = await tx
          .insertInto("person")
          .values(rows.slice(i, i + 500).map((r) => ({ ...r, position: "leder", active: 1, created_at: stamp, updated_at: stamp })))
          .returning("id")
          .execute();
        ids.push(...inserted.map((r) => r.id));
      }
      for (let i = 0; i < ids.length; i += 500) {
        await tx.insertInto("person_role").values(ids.slice(i, i + 500).map((person_id) => ({ person_id, role }))).execute();
      }
      return ids;
    };

    const tols = await addPeople(Array.from({ length: areas }, (_, a) => ({ name: `TOL ${a + 1}`, email: `tol${a + 1}@bench.example`, unit_id: null, start_date: null })), "tol");
    await addPeople([{ name: "HR Bench", email: "hr@bench.example", unit_id: null, start_date: null }], "hr");
    await addPeople([{ name: "Utvikling Bench", email: "utvikling@bench.example", unit_id: null, start_date: null }], "development_unit");
    const unitIds: number[] = [];
    const areaIds: number[] = [];
    for (let a = 0; a < areas; a++) {
      const area = await tx.insertInto("service_area").values({ name: `Tjenesteområde ${a + 1}`, tol_person_id: tols[a]!, created_at: stamp }).returning("id").executeTakeFirstOrThrow();
      areaIds.push(area.id);
      const units = await tx
        .insertInto("unit")
        .values(Array.from({ length: unitsPerArea }, (_, u) => ({ service_area_id: area.id, name: `Enhet ${a + 1}.${u + 1}`, created_at: stamp })))
        .returning("id")
        .execute();
      unitIds.push(...units.map((u) => u.id));
    }

    // Larger areas first, as in a real municipality: the first area holds the most leaders.
    const leaderRows = Array.from({ length: leaders }, (_, i) => {
      const unit = unitIds[Math.min(unitIds.length - 1, Math.floor(rnd() ** 1.3 * unitIds.length))]!;
      return { name: `Leder ${String(i + 1).padStart(5, "0")}`, email: `leder${i + 1}@bench.example`, unit_id: unit, start_date: addDaysToDate(today, -Math.floor(rnd() * 380) + 20) };
    });
    const leaderIds = await addPeople(leaderRows, "leader");

    const template = await tx.selectFrom("programme_template").select(["id", "version"]).where("key", "=", "intro").executeTakeFirstOrThrow();
    const steps = await tx.selectFrom("template_step").selectAll().where("template_id", "=", template.id).where("retired_at", "is", null).orderBy("position").execute();
    const pathIds: number[] = [];
    for (let i = 0; i < leaderIds.length; i += 500) {
      const rows = await tx
        .insertInto("path")
        .values(leaderIds.slice(i, i + 500).map((person_id, j) => ({ person_id, template_id: template.id, template_version: template.version, anchor_date: leaderRows[i + j]!.start_date!, created_at: stamp })))
        .returning("id")
        .execute();
      pathIds.push(...rows.map((r) => r.id));
    }
    let pathSteps: ReturnType<typeof pathStepValues>[] = [];
    const flush = async () => {
      const inserted = pathSteps.length ? await tx.insertInto("path_step").values(pathSteps).returning(["id", "due_date", "path_id"]).execute() : [];
      pathSteps = [];
      return inserted;
    };
    const completions: { path_step_id: number; completed_by: number; completed_at: string; evidence_date: string | null; confirmed: number }[] = [];
    const diligence = new Map(pathIds.map((id) => [id, rnd()]));
    const complete = (rows: { id: number; due_date: string; path_id: number }[]) => {
      for (const s of rows) {
        const d = diligence.get(s.path_id)!;
        const chance = s.due_date <= today ? 0.35 + d * 0.6 : d * 0.2;
        if (rnd() < chance) completions.push({ path_step_id: s.id, completed_by: leaderIds[0]!, completed_at: stamp, evidence_date: null, confirmed: 1 });
      }
    };
    for (let p = 0; p < pathIds.length; p++) {
      for (const s of steps) pathSteps.push(pathStepValues(pathIds[p]!, s, leaderRows[p]!.start_date!));
      if (pathSteps.length >= 490) complete(await flush());
    }
    complete(await flush());
    for (let i = 0; i < completions.length; i += 500) await tx.insertInto("step_completion").values(completions.slice(i, i + 500)).execute();

    // Everything below draws from its own generator, so the data above is the same with or without it.
    const extra = random(4242);
    const leaderUnit = new Map(leaderIds.map((id, i) => [id, leaderRows[i]!.unit_id!]));
    const areaOfUnit = new Map(unitIds.map((id, i) => [id, Math.floor(i / unitsPerArea)]));
    const perArea = new Array<number>(areas).fill(0);
    for (const r of leaderRows) perArea[areaOfUnit.get(r.unit_id!)!]!++;
    const largest = perArea.indexOf(Math.max(...perArea));

    const rolloutUnits = pickUnits(unitIds, Math.min(rollouts, unitIds.length), extra, unitIds.slice(largest * unitsPerArea, (largest + 1) * unitsPerArea));
    const span = Math.round(rolloutMonths * 30.4);
    const rolloutDate = new Map<number, string>();
    rolloutUnits.forEach((unitId, i) => rolloutDate.set(unitId, addDaysToDate(today, 7 + Math.floor(((i + extra()) * (span - 7)) / rolloutUnits.length))));
    for (let i = 0; i < rolloutUnits.length; i += 500) {
      await tx
        .insertInto("rollout")
        .values(rolloutUnits.slice(i, i + 500).map((unit_id) => ({ unit_id, start_date: rolloutDate.get(unit_id)!, guidance_months: 6, created_at: stamp, updated_at: stamp })))
        .execute();
    }

    // The pre-rollout path for every leader of those units, as enrolInRollout creates it.
    let preSteps = 0;
    let preCompletions = 0;
    const preRollout = rolloutUnits.length ? await tx.selectFrom("programme_template").select(["id", "version"]).where("key", "=", PRE_ROLLOUT_KEY).executeTakeFirstOrThrow() : null;
    const preTemplateSteps = preRollout
      ? await tx.selectFrom("template_step").selectAll().where("template_id", "=", preRollout.id).where("retired_at", "is", null).orderBy("position").execute()
      : [];
    const enrolled = leaderIds.filter((id) => rolloutDate.has(leaderUnit.get(id)!));
    const prePathOf = new Map<number, number>();
    if (preRollout) {
      for (let i = 0; i < enrolled.length; i += 500) {
        const chunk = enrolled.slice(i, i + 500);
        const rows = await tx
          .insertInto("path")
          .values(chunk.map((person_id) => ({ person_id, template_id: preRollout.id, template_version: preRollout.version, anchor_date: rolloutDate.get(leaderUnit.get(person_id)!)!, created_at: stamp })))
          .returning(["id", "person_id"])
          .execute();
        for (const r of rows) prePathOf.set(r.person_id, r.id);
      }
      const devUnit = (await tx.selectFrom("person").select("id").where("email", "=", "utvikling@bench.example").executeTakeFirstOrThrow()).id;
      const values = enrolled.flatMap((personId) => preTemplateSteps.map((s) => pathStepValues(prePathOf.get(personId)!, s, rolloutDate.get(leaderUnit.get(personId)!)!)));
      const done: typeof completions = [];
      const leaderDiligence = new Map(enrolled.map((id) => [prePathOf.get(id)!, extra()]));
      const personOfPath = new Map([...prePathOf].map(([person, path]) => [path, person]));
      for (let i = 0; i < values.length; i += 490) {
        const inserted = await tx.insertInto("path_step").values(values.slice(i, i + 490)).returning(["id", "path_id", "due_date", "responsible", "evidence"]).execute();
        for (const s of inserted) {
          // Most of what is due is done; some of the next month's is done early; the Gemba walks a year out are not.
          const d = leaderDiligence.get(s.path_id)!;
          const soon = addDaysToDate(today, 30);
          const chance = s.due_date <= today ? 0.4 + d * 0.55 : s.due_date <= soon ? d * 0.35 : 0;
          if (extra() >= chance) continue;
          const on = s.due_date < today ? s.due_date : today;
          const person = personOfPath.get(s.path_id)!;
          const by = s.responsible === "tol" ? tols[areaOfUnit.get(leaderUnit.get(person)!)!]! : s.responsible === "leader" ? person : devUnit;
          done.push({ path_step_id: s.id, completed_by: by, completed_at: `${on}T10:00:00.000Z`, evidence_date: s.evidence === "date" || s.evidence === "attendance" ? on : null, confirmed: by === person ? 0 : 1 });
        }
      }
      for (let i = 0; i < done.length; i += 500) await tx.insertInto("step_completion").values(done.slice(i, i + 500)).execute();
      preSteps = values.length;
      preCompletions = done.length;
    }

    const taken = new Set(rolloutUnits);
    const lean = leanUnits > 0 ? await seedLeanCycles(tx, { units: unitIds.filter((id) => !taken.has(id)).slice(0, leanUnits), today, rnd: random(777) }) : 0;

    const seeded = sessions > 0 ? await seedSessions(tx, { count: sessions, months: rolloutMonths, today, stamp, rnd: extra }) : { sessions: 0, signups: 0 };

    let rlgEmail: string | null = null;
    if (rlg) {
      rlgEmail = "rlg@bench.example";
      await addPeople([{ name: "RLG Bench", email: rlgEmail, unit_id: null, start_date: null }], "rlg");
    }

    const history = recurring ? await seedRecurring(tx, { people: [...tols, ...leaderIds], startOf: new Map(leaderIds.map((id, i) => [id, leaderRows[i]!.start_date!])), now, today, rnd: random(9090) }) : { agreements: 0, recurringSessions: 0, attendances: 0 };

    // A leader with both paths when there are rollouts: the first enrolled leader in the largest area.
    const inLargest = (id: number) => areaOfUnit.get(leaderUnit.get(id)!) === largest;
    const candidates = enrolled.filter(inLargest);
    const leaderIndex = leaderIds.indexOf(candidates[0] ?? enrolled[0] ?? leaderIds.find(inLargest) ?? leaderIds[0]!);
    const accounts: LargeAccounts = {
      hr: "hr@bench.example",
      developmentUnit: "utvikling@bench.example",
      tol: `tol${largest + 1}@bench.example`,
      largestAreaId: areaIds[largest]!,
      largestAreaLeaders: perArea[largest]!,
      leader: leaderRows[leaderIndex]!.email,
      rlg: rlgEmail,
    };
    return {
      leaders: leaderIds.length,
      areas,
      units: unitIds.length,
      steps: leaderIds.length * steps.length + preSteps,
      completions: completions.length + preCompletions,
      rollouts: rolloutUnits.length,
      leanUnits: lean,
      preRolloutPaths: prePathOf.size,
      sessions: seeded.sessions,
      signups: seeded.signups,
      ...history,
      accounts,
    };
  });
}

/** Past rollouts with their Lean cycle on record (see `leanUnits`). Returns how many units got one. */
async function seedLeanCycles(tx: Kysely<Database>, { units, today, rnd }: { units: number[]; today: string; rnd: () => number }) {
  const at = (date: string) => `${date}T10:00:00.000Z`;
  for (const unitId of units) {
    const start = addDaysToDate(today, -30 - Math.floor(rnd() * 1060));
    await tx.insertInto("rollout").values({ unit_id: unitId, start_date: start, guidance_months: 6, created_at: at(start), updated_at: at(start) }).execute();
    await tx.insertInto("unit_meeting").values({ unit_id: unitId, held_on: meetingDue(start), attendees: "Alle ansatte", recorded_by: null, recorded_at: at(start) }).execute();
    await tx.insertInto("guidance_contract").values({ unit_id: unitId, agreed_on: contractDue(start), period_start: start, period_end: addMonthsToDate(start, 6), recorded_by: null, recorded_at: at(start), updated_at: at(start) }).execute();
    if (fbaDue(start) >= today && rnd() < 0.7) continue;
    const fbaOn = addDaysToDate(fbaDue(start), -Math.floor(rnd() * 40));
    if (fbaOn > today) continue;
    const fba = await tx.insertInto("fishbone_analysis").values({ unit_id: unitId, held_on: fbaOn, participants: "Enhetsleder, TOL", tol_took_part: 1, recorded_by: null, recorded_at: at(fbaOn) }).returning("id").executeTakeFirstOrThrow();
    await tx.insertInto("fishbone_cause").values(["Metode", "Menneske", "Måling"].map((category) => ({ analysis_id: fba.id, category, description: "Årsak" }))).execute();
    const measures = [0, 1].map((i) => ({ unit_id: unitId, kind: "measure" as const, analysis_id: fba.id, title: `Tiltak ${i + 1}`, owner_id: null, due_date: addDaysToDate(fbaOn, 60 + 30 * i), status: rnd() < 0.6 ? ("done" as const) : ("open" as const), created_by: null, created_at: at(fbaOn), updated_at: at(fbaOn) }));
    await tx.insertInto("unit_measure").values(measures).execute();
    for (const r of revisionsUntil(start, today).filter((x) => x.due < today)) {
      if (rnd() < 0.15) continue; // some revisions are overdue
      const on = r.due;
      const rev = await tx.insertInto("unit_revision").values({ unit_id: unitId, number: r.number, held_on: on, gemba_on: on, development_unit_took_part: 1, notes: "", recorded_by: null, recorded_at: at(on) }).returning("id").executeTakeFirstOrThrow();
      await tx
        .insertInto("unit_measure")
        .values({ unit_id: unitId, kind: "follow_up", revision_id: rev.id, title: `Oppfølging ${r.number}`, owner_id: null, due_date: addDaysToDate(on, 90), status: rnd() < 0.5 ? "done" : "open", created_by: null, created_at: at(on), updated_at: at(on) })
        .execute();
    }
  }
  return units.length;
}

/** `count` distinct units, a few of them from `preferred` (the largest area), the rest at random. */
function pickUnits(unitIds: number[], count: number, rnd: () => number, preferred: number[]) {
  const chosen = new Set<number>(preferred.slice(0, Math.min(preferred.length, Math.ceil(count / 10))));
  const pool = unitIds.filter((id) => !chosen.has(id));
  while (chosen.size < count && pool.length) chosen.add(pool.splice(Math.floor(rnd() * pool.length), 1)[0]!);
  return [...chosen];
}

/**
 * Training sessions spread over the coming months, in rotation: the pre-rollout training
 * programme, a theme hour in basic Lean, the intro training programme. Leaders with an open
 * attendance step sign up for a session before its due date, as many do; a full session gets a
 * waiting list.
 */
async function seedSessions(
  tx: Kysely<Database>,
  { count, months, today, stamp, rnd }: { count: number; months: number; today: string; stamp: string; rnd: () => number },
) {
  const organiser = (await tx.selectFrom("person").select("id").where("email", "=", "utvikling@bench.example").executeTakeFirstOrThrow()).id;
  const attendance = await tx
    .selectFrom("template_step as ts")
    .innerJoin("programme_template as t", "t.id", "ts.template_id")
    .select(["ts.id", "t.key", "ts.title"])
    .where("ts.evidence", "=", "attendance")
    .where("ts.retired_at", "is", null)
    .orderBy("t.key")
    .orderBy("ts.position")
    .execute();
  const kinds = [
    { step: attendance.find((s) => s.key === PRE_ROLLOUT_KEY), title: "Opplæringsprogram før innføring, del 1–3", from: "09:00", to: "15:00", place: "Rådhuset, møterom Fjorden", capacity: 20 },
    { step: attendance.find((s) => s.key === "intro" && s.title.startsWith("Tematime")), title: "Tematime: grunnleggende Lean", from: "13:00", to: "14:00", place: "Utviklingsenheten, kurssal", capacity: 30 },
    { step: attendance.find((s) => s.key === "intro" && !s.title.startsWith("Tematime")), title: "Opplæringsprogram for nye ledere", from: "08:30", to: "15:30", place: "Kulturhuset", capacity: 25 },
  ].filter((k) => k.step);
  if (!kinds.length) return { sessions: 0, signups: 0 };
  const span = Math.round(months * 30.4);
  const created: { id: number; stepId: number; date: string; capacity: number; taken: number }[] = [];
  for (let i = 0; i < count; i++) {
    const kind = kinds[i % kinds.length]!;
    const date = addDaysToDate(today, 2 + Math.floor(((i + 0.5) * (span - 2)) / count));
    const row = await tx
      .insertInto("training_session")
      .values({
        title: kind.title,
        description: "",
        starts_at: osloInstant(date, kind.from).toISOString(),
        ends_at: osloInstant(date, kind.to).toISOString(),
        location: kind.place,
        capacity: kind.capacity,
        organiser_id: organiser,
        created_at: stamp,
        updated_at: stamp,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await tx.insertInto("session_step").values({ session_id: row.id, template_step_id: kind.step!.id }).execute();
    created.push({ id: row.id, stepId: kind.step!.id, date, capacity: kind.capacity, taken: 0 });
  }

  // Open attendance steps due after tomorrow: the leaders who could still sign up.
  const open = await tx
    .selectFrom("path_step as s")
    .innerJoin("path", "path.id", "s.path_id")
    .leftJoin("step_completion as c", currentCompletion("s.id"))
    .select(["path.person_id", "s.template_step_id", "s.due_date"])
    .where("s.template_step_id", "in", created.map((c) => c.stepId))
    .where("s.removed_at", "is", null)
    .where("c.id", "is", null)
    .where("s.due_date", ">", addDaysToDate(today, 1))
    .orderBy("s.due_date")
    .orderBy("path.person_id")
    .execute();
  const signups: { session_id: number; person_id: number; status: "confirmed" | "waitlist"; created_at: string; updated_at: string }[] = [];
  const taken = new Set<string>();
  for (const o of open) {
    if (rnd() >= 0.4) continue;
    const before = created.filter((c) => c.stepId === o.template_step_id && c.date < o.due_date);
    const session = before.find((c) => c.taken < c.capacity) ?? before[0];
    if (!session || taken.has(`${session.id}:${o.person_id}`)) continue;
    taken.add(`${session.id}:${o.person_id}`);
    const status = session.taken < session.capacity ? "confirmed" : "waitlist";
    if (status === "confirmed") session.taken++;
    signups.push({ session_id: session.id, person_id: o.person_id, status, created_at: stamp, updated_at: stamp });
  }
  for (let i = 0; i < signups.length; i += 500) await tx.insertInto("session_signup").values(signups.slice(i, i + 500)).execute();
  return { sessions: created.length, signups: signups.length };
}

/**
 * The recurring obligations' history (see `recurring`). Each person keeps a habit: how likely they
 * are to hold their agreement in season and to turn up at a forum or a theme hour, so some are
 * lapsed and some are not, as in a real municipality.
 */
async function seedRecurring(
  tx: Kysely<Database>,
  { people, startOf, now, today, rnd }: { people: number[]; startOf: Map<number, string>; now: Date; today: string; rnd: () => number },
) {
  const stamp = now.toISOString();
  const startedOn = (id: number) => startOf.get(id) ?? addDaysToDate(today, -1000);
  const current = seasonOf(today);
  const agreements: { person_id: number; year: number; held_on: string; recorded_by: null; recorded_at: string; updated_at: string }[] = [];
  for (const personId of people) {
    const keen = rnd();
    for (const season of [agreementSeason(current.year - 1, agreementMonth()), current]) {
      if (startedOn(personId) > season.due || rnd() > 0.5 + keen * 0.45) continue;
      const on = addDaysToDate(season.start, Math.floor(rnd() * 45));
      if (on > today) continue;
      agreements.push({ person_id: personId, year: season.year, held_on: on, recorded_by: null, recorded_at: `${on}T10:00:00.000Z`, updated_at: `${on}T10:00:00.000Z` });
    }
  }
  for (let i = 0; i < agreements.length; i += 500) await tx.insertInto("leader_agreement").values(agreements.slice(i, i + 500)).execute();

  // Forums monthly, theme hours every other month, two years back and three months ahead.
  const sessions: { id: number; kind: "leader_forum" | "theme_hour"; date: string }[] = [];
  for (let m = -24; m <= 3; m++) {
    for (const kind of ["leader_forum", "theme_hour"] as const) {
      if (kind === "theme_hour" && m % 2 !== 0) continue;
      const date = addDaysToDate(addMonthsToDate(today, m), kind === "leader_forum" ? 3 : 10);
      const row = await tx
        .insertInto("training_session")
        .values({
          title: kind === "leader_forum" ? "Lean lederforum" : "Tematime",
          kind,
          starts_at: osloInstant(date, "12:00").toISOString(),
          ends_at: osloInstant(date, "14:00").toISOString(),
          location: "Rådhuset, bystyresalen",
          capacity: 400,
          organiser_id: null,
          created_at: stamp,
          updated_at: stamp,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      sessions.push({ id: row.id, kind, date });
    }
  }
  const signups: { session_id: number; person_id: number; status: "confirmed"; created_at: string; updated_at: string; attended_at: string | null }[] = [];
  for (const personId of people) {
    const keen = { leader_forum: rnd() * 0.35, theme_hour: rnd() * 0.5 };
    for (const s of sessions) {
      if (s.date < startedOn(personId) || rnd() >= keen[s.kind]) continue;
      const past = s.date < today;
      signups.push({ session_id: s.id, person_id: personId, status: "confirmed", created_at: stamp, updated_at: stamp, attended_at: past ? osloInstant(s.date, "14:00").toISOString() : null });
    }
  }
  for (let i = 0; i < signups.length; i += 500) await tx.insertInto("session_signup").values(signups.slice(i, i + 500)).execute();
  return { agreements: agreements.length, recurringSessions: sessions.length, attendances: signups.filter((s) => s.attended_at).length };
}
