import type { DB } from "../client.server";
import { random } from "./random";
import type { Role } from "../schema";
import { createPath } from "../../app/models/path.server";
import { enrolInRollout } from "../../app/models/rollout.server";
import { osloInstant } from "../../app/utils/oslo-instant";
import { addDaysToDate, addMonthsToDate, osloDate } from "../../app/utils/dates";
import { contractDue, meetingDue } from "../../app/utils/lean-cycle";
import { agreementSeason } from "../../app/utils/agreement-season";
import { agreementMonth } from "../../app/utils/env.server";

export const DEMO_DOMAIN = "lederlop.example";

/** The demo sign-ins shown on the sign-in page in demo mode. */
export const DEMO_ACCOUNTS = [
  { email: `hanne.hr@${DEMO_DOMAIN}`, name: "Hanne Haugen", roles: ["hr"] },
  { email: `tor.helse@${DEMO_DOMAIN}`, name: "Tor Olsen", roles: ["tol"] },
  { email: `tone.oppvekst@${DEMO_DOMAIN}`, name: "Tone Berg", roles: ["tol"] },
  { email: `nina.ny@${DEMO_DOMAIN}`, name: "Nina Nilsen", roles: ["leader"] },
  { email: `ulrik.utvikling@${DEMO_DOMAIN}`, name: "Ulrik Dahl", roles: ["development_unit"] },
  { email: `ada.admin@${DEMO_DOMAIN}`, name: "Ada Lund", roles: ["admin"] },
  { email: `rita.rlg@${DEMO_DOMAIN}`, name: "Rita Rådmann", roles: ["rlg"] },
] as const satisfies readonly { email: string; name: string; roles: Role[] }[];

// Units with the codes the HR system knows them by (docs/examples/hr-eksport.csv uses them).
const AREAS: { name: string; tol: string; units: [name: string, code: string][] }[] = [
  { name: "Helse og omsorg", tol: `tor.helse@${DEMO_DOMAIN}`, units: [["Solbakken sykehjem", "SOL"], ["Hjemmetjenesten sør", "HJS"], ["Legevakta", "LEG"]] },
  { name: "Oppvekst", tol: `tone.oppvekst@${DEMO_DOMAIN}`, units: [["Nordby skole", "NOS"], ["Sentrum barnehage", "SEB"], ["Fjellheim skole", "FJS"]] },
  { name: "Teknisk drift", tol: `per.teknisk@${DEMO_DOMAIN}`, units: [["Vann og avløp", "VA"], ["Eiendom", "EIE"]] },
  { name: "Kultur og fritid", tol: `kari.kultur@${DEMO_DOMAIN}`, units: [["Biblioteket", "BIB"], ["Kulturskolen", "KUS"]] },
  { name: "Stab og støtte", tol: `sven.stab@${DEMO_DOMAIN}`, units: [["Økonomi", "OKO"], ["Personal og organisasjon", "PO"]] },
];

/**
 * What the HR system knows about the staff accounts: fixed dates, so the sample export matches them
 * whenever the demo is seeded. Sven Stabell has no employee number yet: the sample export binds
 * one to him by his address.
 */
const STAFF: Record<string, { employeeNumber: string | null; position: string; startDate: string; unit?: string }> = {
  [`hanne.hr@${DEMO_DOMAIN}`]: { employeeNumber: "1001", position: "HR-rådgiver", startDate: "2016-09-01", unit: "PO" },
  [`tor.helse@${DEMO_DOMAIN}`]: { employeeNumber: "1002", position: "kommunalsjef", startDate: "2012-03-01" },
  [`tone.oppvekst@${DEMO_DOMAIN}`]: { employeeNumber: "1003", position: "kommunalsjef", startDate: "2014-08-01" },
  [`ulrik.utvikling@${DEMO_DOMAIN}`]: { employeeNumber: "1005", position: "utviklingsleder", startDate: "2018-01-15", unit: "PO" },
  [`ada.admin@${DEMO_DOMAIN}`]: { employeeNumber: "1006", position: "systemforvalter", startDate: "2020-03-01", unit: "PO" },
  [`rita.rlg@${DEMO_DOMAIN}`]: { employeeNumber: "1007", position: "rådmann", startDate: "2017-05-02" },
  [`per.teknisk@${DEMO_DOMAIN}`]: { employeeNumber: "1008", position: "kommunalsjef", startDate: "2010-10-01" },
  [`kari.kultur@${DEMO_DOMAIN}`]: { employeeNumber: "1009", position: "kommunalsjef", startDate: "2015-02-01" },
  [`sven.stab@${DEMO_DOMAIN}`]: { employeeNumber: null, position: "stabssjef", startDate: "2013-06-03", unit: "PO" },
};

/** Leaders who were there before Lederløp: their introduction path lies years back and is done. */
const EXPERIENCED = [
  { email: `gunnar.gran@${DEMO_DOMAIN}`, name: "Gunnar Gran", unit: "EIE", position: "enhetsleder", startDate: "2019-08-12", employeeNumber: "3001" },
  { email: `mona.moe@${DEMO_DOMAIN}`, name: "Mona Moe", unit: "KUS", position: "rektor", startDate: "2021-01-04", employeeNumber: "3002" },
];

/**
 * Long-serving leaders without an introduction path (and without an employee number in the sample
 * export), in units without a rollout so the rollout demo's readiness stays as it is.
 */
const ESTABLISHED = [
  { email: `solveig.sandvik@${DEMO_DOMAIN}`, name: "Solveig Sandvik", unit: "SOL", position: "avdelingsleder", startDate: "2016-04-01" },
  { email: `terje.tollefsen@${DEMO_DOMAIN}`, name: "Terje Tollefsen", unit: "SOL", position: "fagleder", startDate: "2018-09-03" },
  { email: `berit.brekke@${DEMO_DOMAIN}`, name: "Berit Brekke", unit: "FJS", position: "avdelingsleder", startDate: "2015-01-12" },
  { email: `arne.aune@${DEMO_DOMAIN}`, name: "Arne Aune", unit: "FJS", position: "rektor", startDate: "2014-08-01" },
  { email: `wenche.wold@${DEMO_DOMAIN}`, name: "Wenche Wold", unit: "EIE", position: "fagleder", startDate: "2019-08-01" },
  { email: `knut.kvam@${DEMO_DOMAIN}`, name: "Knut Kvam", unit: "EIE", position: "avdelingsleder", startDate: "2017-02-01" },
  { email: `lene.lund@${DEMO_DOMAIN}`, name: "Lene Lund", unit: "OKO", position: "fagleder", startDate: "2022-03-01" },
  { email: `odd.ostby@${DEMO_DOMAIN}`, name: "Odd Østby", unit: "PO", position: "fagleder", startDate: "2020-06-15" },
];

const EXTRA_TOLS = [
  { email: `per.teknisk@${DEMO_DOMAIN}`, name: "Per Teknisk Aas" },
  { email: `kari.kultur@${DEMO_DOMAIN}`, name: "Kari Kulturås" },
  { email: `sven.stab@${DEMO_DOMAIN}`, name: "Sven Stabell" },
];

const FIRST = ["Anne", "Bjørn", "Camilla", "Dag", "Eva", "Frode", "Guri", "Håkon", "Ingrid", "Jon", "Kjersti", "Lars", "Marit", "Nils", "Oda", "Pål", "Randi", "Stian", "Trine", "Øystein", "Åse", "Vegard", "Hilde", "Espen", "Siri", "Rune", "Liv", "Geir"];
const LAST = ["Andersen", "Bakke", "Dahl", "Eide", "Fjeld", "Hagen", "Johansen", "Karlsen", "Lie", "Moen", "Nygård", "Pedersen", "Rønning", "Solberg", "Strand", "Tangen", "Vik", "Aasen", "Ødegård", "Berg"];
const POSITIONS = ["enhetsleder", "avdelingsleder", "fagleder", "rektor", "styrer"];

const slug = (s: string) =>
  s.toLowerCase().replace(/æ/g, "ae").replace(/ø/g, "o").replace(/å/g, "a").replace(/[^a-z]+/g, ".").replace(/^\.|\.$/g, "");

/**
 * A demo municipality with dates relative to `now`, so it never goes stale. Does nothing when
 * people already exist: running the demo again keeps the data.
 */
export async function seedDemo(db: DB, now = new Date()): Promise<boolean> {
  const existing = await db.selectFrom("person").select("id").limit(1).executeTakeFirst();
  if (existing) return false;
  const rnd = random(20180528);
  const today = osloDate(now);
  const stamp = now.toISOString();
  // The organisation has been in Lederløp for two years, and each leader since a fortnight before
  // they started: so the period reports' history (new leaders, paths done) has a shape.
  const founded = new Date(now.getTime() - 730 * 86_400_000).toISOString();
  const registered = (startDate: string) => (startDate < today ? `${addDaysToDate(startDate, -14)}T08:00:00.000Z` : stamp);

  await db.transaction().execute(async (tx) => {
    const addPerson = async (p: {
      name: string;
      email: string;
      roles: readonly Role[];
      unitId?: number | null;
      position?: string;
      startDate?: string | null;
      employeeNumber?: string | null;
      createdAt?: string;
    }) => {
      const row = await tx
        .insertInto("person")
        .values({
          name: p.name,
          email: p.email,
          unit_id: p.unitId ?? null,
          position: p.position ?? "",
          start_date: p.startDate ?? null,
          employee_number: p.employeeNumber ?? null,
          active: 1,
          created_at: p.createdAt ?? founded,
          updated_at: stamp,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await tx.insertInto("person_role").values(p.roles.map((role) => ({ person_id: row.id, role }))).execute();
      return row.id;
    };

    const ids = new Map<string, number>();
    for (const a of [...DEMO_ACCOUNTS.filter((d) => d.email !== `nina.ny@${DEMO_DOMAIN}`), ...EXTRA_TOLS.map((t) => ({ ...t, roles: ["tol"] as Role[] }))]) {
      const hr = STAFF[a.email];
      ids.set(a.email, await addPerson({ name: a.name, email: a.email, roles: a.roles, position: hr?.position, startDate: hr?.startDate, employeeNumber: hr?.employeeNumber }));
    }
    const units: { id: number; areaIndex: number }[] = [];
    const unitByCode = new Map<string, number>();
    for (const [i, area] of AREAS.entries()) {
      const row = await tx.insertInto("service_area").values({ name: area.name, tol_person_id: ids.get(area.tol)!, created_at: founded }).returning("id").executeTakeFirstOrThrow();
      for (const [name, code] of area.units) {
        const unit = await tx.insertInto("unit").values({ service_area_id: row.id, name, code, created_at: founded }).returning("id").executeTakeFirstOrThrow();
        units.push({ id: unit.id, areaIndex: i });
        unitByCode.set(code, unit.id);
      }
    }
    for (const [email, hr] of Object.entries(STAFF)) {
      if (hr.unit) await tx.updateTable("person").set({ unit_id: unitByCode.get(hr.unit)! }).where("id", "=", ids.get(email)!).execute();
    }
    const template = await tx.selectFrom("programme_template").select("id").where("key", "=", "intro").executeTakeFirstOrThrow();
    const recorder = {
      hr: ids.get(`hanne.hr@${DEMO_DOMAIN}`)!,
      development_unit: ids.get(`ulrik.utvikling@${DEMO_DOMAIN}`)!,
      radmann: ids.get(`hanne.hr@${DEMO_DOMAIN}`)!,
    };

    const leaders: { email: string; name: string; unitId: number; startOffset: number; diligence: number; fixed?: (typeof EXPERIENCED)[number] }[] = [
      // The demo's new leader: started ten days ago, nothing done yet.
      { email: `nina.ny@${DEMO_DOMAIN}`, name: "Nina Nilsen", unitId: units[0]!.id, startOffset: -10, diligence: 0 },
    ];
    // Hjemmetjenesten sør (units[1]) gets one leader of its own: the rollout demo's leader.
    const others = units.filter((_, i) => i !== 1);
    leaders.push({ email: `helge.hansen@${DEMO_DOMAIN}`, name: "Helge Hansen", unitId: units[1]!.id, startOffset: -200, diligence: 1 });
    for (let i = 0; i < 32; i++) {
      const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]}`;
      leaders.push({
        email: `${slug(name)}@${DEMO_DOMAIN}`,
        name,
        unitId: others[i % others.length]!.id,
        startOffset: -Math.floor(rnd() * 365) + 14,
        diligence: rnd(),
      });
    }

    // Last, so the random draws of the leaders above stay what they were.
    for (const e of EXPERIENCED) leaders.push({ email: e.email, name: e.name, unitId: unitByCode.get(e.unit)!, startOffset: 0, diligence: 1, fixed: e });

    for (const [i, l] of leaders.entries()) {
      const startDate = l.fixed?.startDate ?? addDaysToDate(today, l.startOffset);
      const personId = await addPerson({
        name: l.name,
        email: l.email,
        roles: ["leader"],
        unitId: l.unitId,
        position: l.fixed?.position ?? POSITIONS[Math.floor(rnd() * POSITIONS.length)]!,
        startDate,
        employeeNumber: l.fixed?.employeeNumber ?? String(2001 + i),
        createdAt: registered(startDate),
      });
      ids.set(l.email, personId);
      const pathId = await createPath(tx, { personId, templateId: template.id, anchorDate: startDate, now: new Date(registered(startDate)) });
      const steps = await tx.selectFrom("path_step").select(["id", "due_date", "responsible", "evidence"]).where("path_id", "=", pathId).execute();
      const unitArea = units.find((u) => u.id === l.unitId)!.areaIndex;
      const tolId = ids.get(AREAS[unitArea]!.tol)!;
      for (const s of steps) {
        // Diligent leaders finish what is due, and some of what is coming; others fall behind.
        const chance = s.due_date <= today ? l.diligence : l.diligence * 0.3;
        if (rnd() >= chance) continue;
        const doneOn = s.due_date < today ? addDaysToDate(s.due_date, -Math.floor(rnd() * 5)) : today;
        const by = s.responsible === "leader" ? personId : s.responsible === "tol" ? tolId : recorder[s.responsible as keyof typeof recorder] ?? personId;
        await tx
          .insertInto("step_completion")
          .values({
            path_step_id: s.id,
            completed_by: by,
            completed_at: `${doneOn}T09:00:00.000Z`,
            evidence_date: s.evidence === "date" || s.evidence === "attendance" ? doneOn : null,
            evidence_note: s.evidence === "note" && rnd() < 0.5 ? "Sterk påminnelse om å se flyten fra innbyggerens side." : null,
            confirmed: by === personId ? 0 : 1,
          })
          .execute();
      }
    }

    await seedRollouts(tx, { units, today, now, tolOf: (unitId) => ids.get(AREAS[units.find((u) => u.id === unitId)!.areaIndex]!.tol)!, devUnit: recorder.development_unit });
    await seedSessions(tx, { today, organiser: recorder.development_unit, attendee: ids.get(`helge.hansen@${DEMO_DOMAIN}`)!, now });
    await seedForums(tx, { today, organiser: recorder.development_unit, attendee: ids.get(`helge.hansen@${DEMO_DOMAIN}`)!, now });
    // Leaders who were there long before Lederløp and have no introduction path: the yearly
    // agreement and repetition are for every leader.
    for (const [i, e] of ESTABLISHED.entries()) {
      ids.set(e.email, await addPerson({ name: e.name, email: e.email, roles: ["leader"], unitId: unitByCode.get(e.unit)!, position: e.position, startDate: e.startDate }));
      if (i === 0) ids.set("established", ids.get(e.email)!);
    }
    await seedRecurring(tx, { today, now, organiser: recorder.development_unit, rlg: ids.get(`rita.rlg@${DEMO_DOMAIN}`)!, featured: ids.get("established")! });
  });
  return true;
}


/**
 * Rollouts in every stage of the Lean cycle. Hjemmetjenesten sør starts in three weeks and is at
 * risk: its leader's training (due a month before) is overdue, though a session before the date
 * has room. Legevakta, Nordby skole and Vann og avløp are new (coming); Biblioteket started a month
 * ago and is in its guidance period; Sentrum barnehage started five months ago and its fishbone
 * analysis is coming due; Kulturskolen is more than a year in: its analysis was held, the
 * development unit withdrew, and two half-year revisions were held, the second with an open
 * follow-up area carried from the first.
 */
async function seedRollouts(
  tx: DB,
  { units, today, now, tolOf, devUnit }: { units: { id: number }[]; today: string; now: Date; tolOf: (unitId: number) => number; devUnit: number },
) {
  const plan: [number, number][] = [
    [1, 21], // Hjemmetjenesten sør
    [2, 60], // Legevakta
    [3, 45], // Nordby skole
    [6, 100], // Vann og avløp
    [8, -30], // Biblioteket, started a month ago
    [4, -150], // Sentrum barnehage, five months in
    [9, -400], // Kulturskolen, more than a year in
  ];
  const stamp = now.toISOString();
  const at = (date: string) => `${date}T10:00:00.000Z`;
  for (const [index, days] of plan) {
    const unitId = units[index]!.id;
    const startDate = addDaysToDate(today, days);
    // Set three months ahead of the date (today, for one further ahead), as a TOL would.
    const set = new Date(Math.min(now.getTime(), Date.parse(at(addDaysToDate(startDate, -90)))));
    await tx.insertInto("rollout").values({ unit_id: unitId, start_date: startDate, guidance_months: 6, created_at: set.toISOString(), updated_at: set.toISOString() }).execute();
    const leaders = await tx
      .selectFrom("person")
      .innerJoin("person_role as r", (j) => j.onRef("r.person_id", "=", "person.id").on("r.role", "=", "leader"))
      .select("person.id")
      .where("person.unit_id", "=", unitId)
      .execute();
    for (const l of leaders) await enrolInRollout(tx, { personId: l.id, unitId, now: set });
    const tol = tolOf(unitId);
    // The TOL's information meeting and the guidance contract are in place wherever they are due within a month.
    const meeting = meetingDue(startDate);
    if (meeting <= addDaysToDate(today, 30)) {
      const on = meeting < today ? meeting : today;
      await tx.insertInto("unit_meeting").values({ unit_id: unitId, held_on: on, attendees: "Alle ansatte på dagvakt, tillitsvalgt og verneombud", recorded_by: tol, recorded_at: at(on) }).execute();
    }
    const contract = contractDue(startDate);
    if (contract <= addDaysToDate(today, 30)) {
      const on = contract < today ? contract : today;
      await tx
        .insertInto("guidance_contract")
        .values({ unit_id: unitId, agreed_on: on, period_start: startDate, period_end: addMonthsToDate(startDate, 6), recorded_by: devUnit, recorded_at: at(on), updated_at: at(on) })
        .execute();
    }
    if (days >= -365) continue;
    // Kulturskolen: the leaders took their training, and the unit's first year is on record.
    const open = await tx
      .selectFrom("path_step as s")
      .innerJoin("path", "path.id", "s.path_id")
      .innerJoin("person", "person.id", "path.person_id")
      .select(["s.id", "s.due_date"])
      .where("person.unit_id", "=", unitId)
      .where("s.offset_days", "<", 0)
      .execute();
    for (const s of open) {
      await tx.insertInto("step_completion").values({ path_step_id: s.id, completed_by: devUnit, completed_at: at(s.due_date), evidence_date: s.due_date, confirmed: 1 }).execute();
    }
    const fbaOn = addMonthsToDate(startDate, 5);
    const fba = await tx
      .insertInto("fishbone_analysis")
      .values({ unit_id: unitId, held_on: fbaOn, participants: "Enhetsleder, TOL, tre lærere, tillitsvalgt, Utviklingsenheten", tol_took_part: 1, recorded_by: tol, recorded_at: at(fbaOn) })
      .returning("id")
      .executeTakeFirstOrThrow();
    await tx
      .insertInto("fishbone_cause")
      .values([
        { analysis_id: fba.id, category: "Metode", description: "Tavlemøtene har ingen fast tid" },
        { analysis_id: fba.id, category: "Menneske", description: "Nye lærere får ikke opplæring i forbedringsarbeid" },
        { analysis_id: fba.id, category: "Maskin/utstyr", description: "Tavla står i et rom ingen bruker" },
        { analysis_id: fba.id, category: "Måling", description: "Ingen måler ventetid på elevplass" },
      ])
      .execute();
    await tx
      .insertInto("unit_measure")
      .values([
        { unit_id: unitId, kind: "measure", analysis_id: fba.id, title: "Fast tavlemøte mandag 08:15", owner_id: tol, due_date: addMonthsToDate(startDate, 6), status: "done", closed_on: addMonthsToDate(startDate, 6), closed_by: tol, created_by: tol, created_at: at(fbaOn), updated_at: at(fbaOn) },
        { unit_id: unitId, kind: "measure", analysis_id: fba.id, title: "Flytt tavla til personalrommet", owner_id: tol, due_date: addMonthsToDate(startDate, 7), status: "done", closed_on: addMonthsToDate(startDate, 7), closed_by: tol, created_by: tol, created_at: at(fbaOn), updated_at: at(fbaOn) },
      ])
      .execute();
    const decidedOn = addDaysToDate(fbaOn, 7);
    await tx
      .updateTable("guidance_contract")
      .set({ decision: "withdraw", decision_reason: "Tiltakene er enkle og eies av enheten; TOL følger opp.", decided_on: decidedOn, decided_by: devUnit, updated_at: at(decidedOn) })
      .where("unit_id", "=", unitId)
      .execute();
    const revisions = [];
    for (const n of [1, 2]) {
      const on = addMonthsToDate(startDate, 6 * n);
      revisions.push(
        await tx
          .insertInto("unit_revision")
          .values({ unit_id: unitId, number: n, held_on: on, gemba_on: on, development_unit_took_part: 1, notes: "", recorded_by: tol, recorded_at: at(on) })
          .returning(["id", "held_on"])
          .executeTakeFirstOrThrow(),
      );
    }
    // A deviation from the first revision, still open at the second and carried on to the next.
    const followUp = await tx
      .insertInto("unit_measure")
      .values({ unit_id: unitId, kind: "follow_up", revision_id: revisions[0]!.id, title: "Måle ventetid på elevplass hver måned", owner_id: leaders[0]?.id ?? tol, due_date: addDaysToDate(revisions[0]!.held_on, 60), created_by: tol, created_at: at(revisions[0]!.held_on), updated_at: at(revisions[0]!.held_on) })
      .returning("id")
      .executeTakeFirstOrThrow();
    await tx.insertInto("measure_review").values({ measure_id: followUp.id, revision_id: revisions[1]!.id, outcome: "carried" }).execute();
  }
}

/**
 * Training sessions: the pre-rollout programme yesterday (Helge Hansen took part; his attendance
 * is not recorded yet), in three days and in five weeks, theme hours, and a full one.
 */
async function seedSessions(tx: DB, { today, organiser, attendee, now }: { today: string; organiser: number; attendee: number; now: Date }) {
  const steps = await tx
    .selectFrom("template_step as ts")
    .innerJoin("programme_template as t", "t.id", "ts.template_id")
    .select(["ts.id", "t.key", "ts.evidence", "ts.title"])
    .where("ts.evidence", "=", "attendance")
    .execute();
  const preTraining = steps.find((s) => s.key === "pre_rollout")!.id;
  const themeHour = steps.find((s) => s.key === "intro" && s.title.startsWith("Tematime"))!.id;
  const introProgramme = steps.find((s) => s.key === "intro" && !s.title.startsWith("Tematime"))!.id;
  const sessions: [string, number, string, string, string, number, number[]][] = [
    ["Opplæringsprogram før innføring, del 1–3", -1, "09:00", "15:00", "Rådhuset, møterom Fjorden", 12, [preTraining]],
    ["Opplæringsprogram før innføring, del 1–3", 3, "09:00", "15:00", "Rådhuset, møterom Fjorden", 12, [preTraining]],
    ["Opplæringsprogram før innføring, del 1–3", 35, "09:00", "15:00", "Rådhuset, møterom Fjorden", 12, [preTraining]],
    ["Tematime: grunnleggende Lean", 8, "13:00", "14:00", "Utviklingsenheten, kurssal", 25, [themeHour]],
    ["Tematime: grunnleggende Lean", 29, "13:00", "14:00", "Teams", 2, [themeHour]],
    ["Opplæringsprogram for nye ledere (samling 1)", 15, "08:30", "15:30", "Kulturhuset", 20, [introProgramme]],
  ];
  for (const [title, days, from, to, location, capacity, stepIds] of sessions) {
    const date = addDaysToDate(today, days);
    const row = await tx
      .insertInto("training_session")
      .values({ title, description: "", starts_at: osloInstant(date, from).toISOString(), ends_at: osloInstant(date, to).toISOString(), location, capacity, organiser_id: organiser, created_at: now.toISOString(), updated_at: now.toISOString() })
      .returning("id")
      .executeTakeFirstOrThrow();
    await tx.insertInto("session_step").values(stepIds.map((template_step_id) => ({ session_id: row.id, template_step_id }))).execute();
    if (days < 0) await tx.insertInto("session_signup").values({ session_id: row.id, person_id: attendee, status: "confirmed", created_at: now.toISOString(), updated_at: now.toISOString() }).execute();
  }
}

const TOPICS: [name: string, description: string][] = [
  ["Tavlemøter og forbedringstavler", "Korte, faste møter ved tavla: avvik, forbedringer, oppfølging."],
  ["A3-problemløsing", "Et problem på ett ark: nåsituasjon, årsaker, tiltak, oppfølging."],
  ["Standardisert arbeid", "Beste kjente måte, beskrevet og forbedret av dem som gjør jobben."],
  ["Verdistrømsanalyse", "Flyten fra innbyggerens behov til levert tjeneste."],
  ["Coaching og medarbeidersamtaler", "Å lede forbedring gjennom spørsmål."],
];

/**
 * The recurring obligations: the development unit's competence topics; topics and attendance for
 * the forums and theme hours, and two more theme hours on A3; last season's leader agreements
 * for most leaders and this season's for some (the TOLs' recorded by the executive group), so the
 * overview has every state and the leaders' pages have suggestions and last year's needs.
 */
async function seedRecurring(tx: DB, { today, now, organiser, rlg, featured }: { today: string; now: Date; organiser: number; rlg: number; featured: number }) {
  const rnd = random(20261218);
  const stamp = now.toISOString();
  const topics: number[] = [];
  for (const [i, [name, description]] of TOPICS.entries()) {
    topics.push((await tx.insertInto("competence_topic").values({ name, description, position: i + 1, created_at: stamp }).returning("id").executeTakeFirstOrThrow()).id);
  }
  // The existing theme hours of the introduction path are theme hours on the basics.
  await tx.updateTable("training_session").set({ kind: "theme_hour" }).where("title", "like", "Tematime%").execute();

  const people = await tx
    .selectFrom("person")
    .innerJoin("person_role as r", "r.person_id", "person.id")
    .leftJoin("unit", "unit.id", "person.unit_id")
    .leftJoin("service_area as area", "area.id", "unit.service_area_id")
    .select(["person.id", "person.start_date", "r.role", "area.tol_person_id as tolId"])
    .where("r.role", "in", ["leader", "tol"])
    .orderBy("person.id")
    .execute();
  const leaders = people.filter((p) => p.role === "leader");

  // The årshjul's forums and theme hours (seedForums) get topics, and two theme hours on A3 join
  // them: one the featured leader went to after last year's agreement, one it now suggests.
  const topicOf: Record<string, number> = { "Lean lederforum": topics[2]!, "Tematime: tavlemøter som virker": topics[0]!, "Tematime: gevinstrealisering": topics[3]! };
  for (const [title, topic] of Object.entries(topicOf)) await tx.updateTable("training_session").set({ topic_id: topic }).where("title", "=", title).execute();
  for (const [title, days, topic] of [["Tematime: A3 i praksis", -220, topics[1]!], ["Tematime: A3 for viderekomne", 62, topics[1]!], ["Tematime: coaching", 150, topics[4]!]] as const) {
    const date = addDaysToDate(today, days);
    await tx
      .insertInto("training_session")
      .values({ title, description: "", kind: "theme_hour", topic_id: topic, starts_at: osloInstant(date, "13:00").toISOString(), ends_at: osloInstant(date, "14:00").toISOString(), location: "Utviklingsenheten, kurssal", capacity: 30, organiser_id: organiser, created_at: stamp, updated_at: stamp })
      .execute();
  }
  // Some of the leaders who had started came to each past forum and theme hour; some never did, so
  // «Repetisjon» has names. The featured leader went to the theme hours.
  const past = await tx.selectFrom("training_session").select(["id", "kind", "starts_at"]).where("kind", "in", ["leader_forum", "theme_hour"]).where("starts_at", "<", stamp).orderBy("starts_at").execute();
  for (const session of past) {
    const date = osloDate(new Date(session.starts_at));
    const came = leaders.filter((l) => l.start_date !== null && l.start_date < date && (l.id === featured ? session.kind === "theme_hour" : rnd() < 0.45));
    if (came.length) await tx.insertInto("session_signup").values(came.map((l) => ({ session_id: session.id, person_id: l.id, status: "confirmed" as const, created_at: session.starts_at, updated_at: session.starts_at, attended_at: session.starts_at }))).execute();
  }

  const current = agreementSeason(Number(today.slice(0, 4)), agreementMonth());
  const season = current.start <= today ? current : agreementSeason(current.year - 1, agreementMonth());
  const last = agreementSeason(season.year - 1, agreementMonth());
  const NEEDS = ["Vil bli tryggere på tavlemøter med hele personalgruppen.", "Trenger hjelp til å bruke A3 på ventetidene.", "Ønsker mer om standardisert arbeid i turnus.", "Vil lære å coache teamlederne."];
  for (const p of people) {
    const recordedBy = p.role === "tol" || p.tolId === null ? rlg : p.tolId;
    const agree = async (s: { year: number; start: string; due: string }, chance: number) => {
      if (!p.start_date || p.start_date > s.due) return;
      if (p.id !== featured && rnd() >= chance) return;
      const heldOn = addDaysToDate(s.start, Math.floor(rnd() * 25));
      const need = p.id === featured ? 1 : Math.floor(rnd() * NEEDS.length);
      const id = (
        await tx
          .insertInto("leader_agreement")
          .values({ person_id: p.id, year: s.year, held_on: heldOn, needs: NEEDS[need]!, recorded_by: recordedBy, recorded_at: `${heldOn}T12:00:00.000Z`, updated_at: `${heldOn}T12:00:00.000Z` })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
      const chosen = [...new Set([need === 0 ? topics[0]! : need === 1 ? topics[1]! : need === 2 ? topics[2]! : topics[4]!, topics[Math.floor(rnd() * topics.length)]!])];
      await tx.insertInto("leader_agreement_topic").values(chosen.map((topic_id) => ({ agreement_id: id, topic_id }))).execute();
    };
    await agree(last, 0.85);
    // The featured leader's agreement for this season is still to be held: their page shows last year's needs and suggestions.
    if (p.id !== featured) await agree(season, 0.5);
  }
}

/**
 * The årshjul's repetition: Lean leader forums through the year and two theme hours, around today,
 * so «Årshjul» shows this year and next with something in most quarters. Helge is signed up to the
 * next forum (it is then in his calendar feed).
 */
async function seedForums(tx: DB, { today, organiser, attendee, now }: { today: string; organiser: number; attendee: number; now: Date }) {
  const sessions: ["leader_forum" | "theme_hour", string, number, string, string, string][] = [
    ["leader_forum", "Lean lederforum", -160, "09:00", "11:30", "Rådhuset, bystyresalen"],
    ["leader_forum", "Lean lederforum", -75, "09:00", "11:30", "Rådhuset, bystyresalen"],
    ["theme_hour", "Tematime: tavlemøter som virker", -120, "13:00", "14:00", "Utviklingsenheten, kurssal"],
    ["leader_forum", "Lean lederforum", 40, "09:00", "11:30", "Rådhuset, bystyresalen"],
    ["theme_hour", "Tematime: gevinstrealisering", 95, "13:00", "14:00", "Teams"],
    ["leader_forum", "Lean lederforum", 130, "09:00", "11:30", "Kulturhuset"],
  ];
  const stamp = now.toISOString();
  for (const [kind, title, days, from, to, location] of sessions) {
    const date = addDaysToDate(today, days);
    const row = await tx
      .insertInto("training_session")
      .values({ kind, title, description: "", starts_at: osloInstant(date, from).toISOString(), ends_at: osloInstant(date, to).toISOString(), location, capacity: 80, organiser_id: organiser, created_at: stamp, updated_at: stamp })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (days === 40) await tx.insertInto("session_signup").values({ session_id: row.id, person_id: attendee, status: "confirmed", created_at: stamp, updated_at: stamp }).execute();
  }
}
