import type { DB } from "../../db/client.server";
import { agreementLeaders, recordedByRlg, repetitionStatus, seasonOf, startedOn, type RepetitionRow } from "~/models/recurring-queries.server";
import { agreementState } from "~/utils/agreement-season";
import { osloDate } from "~/utils/dates";
import { appUrl } from "~/utils/env.server";

/**
 * The recurring obligations on the reminder engine: each leader's yearly agreement, an open duty
 * of its recorder until it is recorded, and the repetition nudges to the leader.
 */
export interface OpenAgreement {
  /** Stable per leader and season: part of the reminder's dedupe key. */
  key: string;
  personId: number;
  personName: string;
  areaId: number | null;
  areaName: string | null;
  tolId: number | null;
  /** The executive group records it (the leader is a TOL, or their area has none). */
  byRlg: boolean;
  year: number;
  start: string;
  due: string;
}

export const agreementUrl = (personId: number) => `${appUrl()}/ledere/${personId}#lederavtale`;

/** The current season's agreements not yet recorded (reminders start on the season's first day). */
export async function openAgreements(db: DB, today: string, personIds?: number[]): Promise<OpenAgreement[]> {
  const season = seasonOf(today);
  let q = agreementLeaders(db)
    .leftJoin("leader_agreement as a", (j) => j.onRef("a.person_id", "=", "person.id").on("a.year", "=", season.year))
    .select("a.id as agreementId");
  if (personIds) q = q.where("person.id", "in", personIds.length ? personIds : [-1]);
  const out: OpenAgreement[] = [];
  for (const p of await q.execute()) {
    const state = agreementState(season, { held: p.agreementId !== null, startedOn: startedOn(p), today });
    if (state !== "due" && state !== "overdue") continue;
    out.push({
      key: `agreement:${p.id}:${season.year}`,
      personId: p.id,
      personName: p.name,
      areaId: p.areaId,
      areaName: p.areaName,
      tolId: p.tolId,
      byRlg: recordedByRlg(p),
      year: season.year,
      start: season.start,
      due: season.due,
    });
  }
  return out;
}

/** One lapse, one nudge: the key names the leader, the kind, what the months count from and which lapse it is. */
export const nudgeKey = (r: Pick<RepetitionRow, "personId" | "kind" | "since" | "lapse">) => `rep:${r.personId}:${r.kind}:${r.since}:${r.lapse}`;

/** Of these outbox keys, the agreement reminders and nudges that no longer hold: recorded, attended since, or the person left. */
export async function staleRecurring(db: DB, keys: string[], now: Date): Promise<Set<string>> {
  const stale = new Set<string>();
  const today = osloDate(now);
  // An agreement reminder's key is `a:<recipient>:agreement:<person>:<year>:<kind>:<date>`.
  const agreements = keys.filter((k) => k.startsWith("a:"));
  if (agreements.length > 0) {
    const open = new Set((await openAgreements(db, today, agreements.map((k) => Number(k.split(":")[3])))).map((a) => a.key));
    for (const k of agreements) if (!open.has(k.split(":").slice(2, -2).join(":"))) stale.add(k);
  }
  const nudges = keys.filter((k) => k.startsWith("rep:"));
  if (nudges.length > 0) {
    const current = new Set((await repetitionStatus(db, today, nudges.map((k) => Number(k.split(":")[1])))).filter((r) => r.lapse > 0).map(nudgeKey));
    for (const k of nudges) if (!current.has(k)) stale.add(k);
  }
  return stale;
}
