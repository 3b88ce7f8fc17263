import type { DB } from "../../db/client.server";
import { nbCollator } from "~/utils/collections";
import { stepListEmail, tolDigestEmail } from "../../emails/digest";
import { addDaysToDate, osloDate } from "~/utils/dates";
import { appUrl } from "~/utils/env.server";
import { localeOf, openSteps, staff, stepUrl, type PlannedMail } from "./reminders.server";
import { firstWorkingDayOfWeek, osloMorning } from "./workdays";
import { openDuties } from "./unit-duties.server";
import { openAgreements } from "./recurring.server";



const tolDigestKey = (tolId: number, areaId: number, today: string) => `digest_tol:${tolId}:${areaId}:${today}`;
const hrDigestKey = (hrId: number, today: string) => `digest_hr:${hrId}:${today}`;

/**
 * Whether today's digest is already in the outbox for every TOL of an area and every HR person
 * (each key can be planned at most once a day): then every pass after the first that day skips
 * reading all open steps. An area whose digest was empty at the first pass keeps it open.
 */
async function allWritten(db: DB, today: string, people: Awaited<ReturnType<typeof staff>>): Promise<boolean> {
  const areas = await db.selectFrom("service_area").select(["id", "tol_person_id"]).where("tol_person_id", "is not", null).execute();
  // The same recipients the plan below writes to: an area's TOL among the staff, every HR person.
  const keys = [
    ...areas.filter((a) => people.byId.has(a.tol_person_id!)).map((a) => tolDigestKey(a.tol_person_id!, a.id, today)),
    ...(people.byRole.get("hr") ?? []).map((hr) => hrDigestKey(hr.id, today)),
  ];
  if (keys.length === 0) return false;
  const written = await db.selectFrom("outbox").select((eb) => eb.fn.countAll<number>().as("n")).where("dedupe_key", "in", keys).executeTakeFirstOrThrow();
  return Number(written.n) === keys.length;
}

/**
 * The weekly digests, planned on the week's first working day: each TOL gets their area (who is
 * behind, what fell overdue, what was completed), each HR person gets HR's open steps.
 */
export async function digestPlan(db: DB, now: Date): Promise<PlannedMail[]> {
  const today = osloDate(now);
  if (firstWorkingDayOfWeek(today) !== today) return [];
  const sendAfter = osloMorning(today);
  const people = await staff(db);
  if (await allWritten(db, today, people)) return [];
  const weekAgo = addDaysToDate(today, -7);
  const [steps, duties, agreements, completed] = await Promise.all([
    openSteps(db, today),
    openDuties(db, today),
    // The TOL's agreements still to record this season.
    openAgreements(db, today).then((all) => all.filter((a) => !a.byRlg)),
    db
      .selectFrom("step_completion as c")
      .innerJoin("path_step as s", "s.id", "c.path_step_id")
      .innerJoin("path", "path.id", "s.path_id")
      .innerJoin("person", "person.id", "path.person_id")
      .innerJoin("unit", "unit.id", "person.unit_id")
      .select(["unit.service_area_id as areaId", "person.name as leader", "s.title as step"])
      .where("c.undone_at", "is", null)
      .where("c.completed_at", ">=", new Date(now.getTime() - 7 * 86_400_000).toISOString())
      .orderBy("c.completed_at")
      .execute(),
  ]);
  const planned: PlannedMail[] = [];

  const areas = new Map<number, { name: string; tolId: number | null }>();
  for (const s of steps) if (s.areaId !== null) areas.set(s.areaId, { name: s.areaName!, tolId: s.tolId });
  for (const d of duties) areas.set(d.areaId, { name: d.areaName, tolId: d.tolId });
  for (const a of agreements) if (a.areaId !== null) areas.set(a.areaId, { name: a.areaName!, tolId: a.tolId });
  for (const [areaId, area] of areas) {
    const tol = area.tolId === null ? undefined : people.byId.get(area.tolId);
    if (!tol) continue;
    const inArea = steps.filter((s) => s.areaId === areaId);
    const overdueBy = new Map<string, number>();
    for (const s of inArea) if (s.due_date < today) overdueBy.set(s.personName, (overdueBy.get(s.personName) ?? 0) + 1);
    const data = {
      name: tol.name,
      area: area.name,
      behind: [...overdueBy].map(([leader, overdue]) => ({ leader, overdue })).sort((a, b) => b.overdue - a.overdue || nbCollator.compare(a.leader, b.leader)),
      fellOverdue: inArea.filter((s) => s.due_date >= weekAgo && s.due_date < today).map((s) => ({ leader: s.personName, step: s.title, due: s.due_date })),
      completed: completed.filter((c) => c.areaId === areaId).map((c) => ({ leader: c.leader, step: c.step })),
      // The units' own duties past their due date: meetings, analyses, revisions, measures.
      unitDuties: duties.filter((d) => d.areaId === areaId && d.due < today).map((d) => ({ unit: d.unitName, duty: d.title(localeOf(tol)), due: d.due })),
      agreements: agreements.filter((a) => a.areaId === areaId).map((a) => ({ leader: a.personName, due: a.due })),
      url: `${appUrl()}/beredskap?omrade=${areaId}`,
    };
    if (data.behind.length + data.fellOverdue.length + data.completed.length + data.unitDuties.length + data.agreements.length === 0) continue;
    planned.push({ key: tolDigestKey(tol.id, areaId, today), kind: "digest_tol", to: tol, pathStepId: null, sendAfter, render: () => tolDigestEmail(data, localeOf(tol)) });
  }

  const hrSteps = steps.filter((s) => s.responsible === "hr" && s.due_date <= addDaysToDate(today, 14));
  if (hrSteps.length > 0) {
    for (const hr of people.byRole.get("hr") ?? []) {
      const items = hrSteps.map((s) => ({ leader: s.personName, step: s.title, due: s.due_date, url: stepUrl(hr.id, s.personId, s.id) }));
      planned.push({
        key: hrDigestKey(hr.id, today),
        kind: "digest_hr",
        to: hr,
        pathStepId: null,
        sendAfter,
        render: () => stepListEmail("hr", { name: hr.name, steps: items, url: `${appUrl()}/ledere?status=overdue`, today }, localeOf(hr)),
      });
    }
  }
  return planned;
}
