import { timingSafeEqual } from "node:crypto";
import { getDb, transaction } from "../../db/client.server";
import type { Role } from "../../db/schema";
import { reach } from "~/access/policy";
import { isLocale, translate, type Locale, type MessageKey } from "~/i18n/catalog";
import type { Vars } from "~/i18n/format";
import type { YearItem } from "~/types/arshjul";
import { agreementSeason } from "~/utils/agreement-season";
import { hashToken, newToken } from "~/utils/crypto.server";
import { formatDate, osloDate } from "~/utils/dates";
import { agreementMonth, appUrl } from "~/utils/env.server";
import { publishedCalendar, type FeedEvent } from "~/utils/icalendar";
import { itemLabel } from "~/utils/year-item";
import { sortItems, unitItems, wheelItems, yearItem, type DateWindow } from "./arshjul.server";
import { audit } from "./audit.server";
import { currentCompletion, recordUse } from "./queries.server";
import type { SessionUser } from "./sign-in.server";

/**
 * Personal calendar feeds: each person may subscribe to their own part of the årshjul at
 * `/kalender/<token>.ics`. The token is the only credential (calendar programs send no cookie), so
 * it is shown once and stored only as its SHA-256, like an integration token; a person has at most
 * one live feed, and it stops working when they leave.
 */

/** Calendars poll every few hours, several per person at once: the last use is written at most once a minute. */
const LAST_USE_RESOLUTION_MS = 60_000;

/** The feed's address for a token. */
export const feedUrl = (token: string) => `${appUrl()}/kalender/${token}.ics`;

/** The person's live feed (when it was made and last fetched), or null. */
export async function feedStatus({ personId }: { personId: number }) {
  return (
    (await getDb()
      .selectFrom("calendar_feed")
      .select(["created_at", "last_used_at"])
      .where("person_id", "=", personId)
      .where("revoked_at", "is", null)
      .executeTakeFirst()) ?? null
  );
}

/**
 * A new feed address for the person; a live one is revoked in the same transaction (so «replace»
 * and «create» are one act, audited as which it was). Returns the address in clear text: the only
 * time it exists outside the person's hands.
 */
export async function issueFeed({ user, now = new Date() }: { user: SessionUser; now?: Date }): Promise<{ url: string; replaced: boolean }> {
  return transaction(async (tx) => {
    const live = await tx.selectFrom("calendar_feed").select("id").where("person_id", "=", user.id).where("revoked_at", "is", null).execute();
    if (live.length) await tx.updateTable("calendar_feed").set({ revoked_at: now.toISOString() }).where("id", "in", live.map((f) => f.id)).execute();
    const token = newToken();
    const row = await tx
      .insertInto("calendar_feed")
      .values({ person_id: user.id, token_hash: hashToken(token), created_at: now.toISOString() })
      .returning("id")
      .executeTakeFirstOrThrow();
    const replaced = live.length > 0;
    await audit(tx, {
      actorId: user.id,
      action: replaced ? "calendar_feed.replace" : "calendar_feed.create",
      entity: "calendar_feed",
      entityId: row.id,
      before: replaced ? { feedIds: live.map((f) => f.id) } : undefined,
      now,
    });
    return { url: feedUrl(token), replaced };
  });
}

/** Revokes the person's feed: the address answers 404 from now on. False when there was none. */
export async function revokeFeed({ user, now = new Date() }: { user: SessionUser; now?: Date }): Promise<boolean> {
  return transaction(async (tx) => {
    const live = await tx.selectFrom("calendar_feed").select("id").where("person_id", "=", user.id).where("revoked_at", "is", null).execute();
    if (live.length === 0) return false;
    await tx.updateTable("calendar_feed").set({ revoked_at: now.toISOString() }).where("id", "in", live.map((f) => f.id)).execute();
    for (const f of live) await audit(tx, { actorId: user.id, action: "calendar_feed.revoke", entity: "calendar_feed", entityId: f.id, now });
    return true;
  });
}

/**
 * Whose feed this token is: a live feed of a person who still works here (someone who has left or
 * was anonymised gets nothing), or null. Looked up by hash and compared in constant time.
 */
async function feedHolder(token: string, now: Date) {
  const hash = hashToken(token);
  const row = await getDb()
    .selectFrom("calendar_feed as f")
    .innerJoin("person", "person.id", "f.person_id")
    .select(["f.id", "f.token_hash", "f.last_used_at", "person.id as personId", "person.locale", "person.unit_id"])
    .where("f.token_hash", "=", hash)
    .where("f.revoked_at", "is", null)
    .where("person.active", "=", 1)
    .where("person.anonymised_at", "is", null)
    .executeTakeFirst();
  if (!row || !timingSafeEqual(Buffer.from(row.token_hash), Buffer.from(hash))) return null;
  await recordUse({ table: "calendar_feed", id: row.id, lastUsedAt: row.last_used_at, now, resolutionMs: LAST_USE_RESOLUTION_MS });
  return { personId: row.personId, locale: isLocale(row.locale) ? row.locale : ("nb" as Locale), unitId: row.unit_id };
}

/** Last year, this year and next: what a subscribed calendar holds (Oslo dates). */
export function feedWindow(now: Date): DateWindow {
  const year = Number(osloDate(now).slice(0, 4));
  return { from: `${year - 1}-01-01`, to: `${year + 1}-12-31` };
}

const UNIT_KINDS = ["rollout", "fba", "revision"] as const;

/**
 * A person's part of the årshjul: the sessions they are signed up to, their open steps' due dates,
 * their own leader agreement and their unit's Lean dates; a TOL also their areas' units and the
 * agreements still to hold there; those who see the whole municipality the whole årshjul.
 */
export async function feedItems({ personId, unitId, window }: { personId: number; unitId: number | null; window: DateWindow }): Promise<YearItem[]> {
  const db = getDb();
  const [roles, areas] = await Promise.all([
    db.selectFrom("person_role").select("role").where("person_id", "=", personId).execute(),
    db.selectFrom("service_area").select("id").where("tol_person_id", "=", personId).execute(),
  ]);
  const actor = { roles: roles.map((r) => r.role as Role), tolAreaIds: areas.map((a) => a.id) };
  const scope = reach(actor, "read:arshjul");
  const isLeader = actor.roles.includes("leader");

  const [signups, steps, own, unit, wide] = await Promise.all([
    db
      .selectFrom("session_signup as su")
      .innerJoin("training_session as ts", "ts.id", "su.session_id")
      .select(["ts.id", "ts.title", "ts.location", "ts.starts_at", "ts.ends_at"])
      .where("su.person_id", "=", personId)
      .where("su.status", "=", "confirmed")
      .where("ts.cancelled_at", "is", null)
      .execute(),
    db
      .selectFrom("path_step as s")
      .innerJoin("path", "path.id", "s.path_id")
      .leftJoin("step_completion as c", currentCompletion("s.id"))
      .select(["s.id", "s.title", "s.due_date"])
      .where("path.person_id", "=", personId)
      .where("s.removed_at", "is", null)
      .where("c.id", "is", null)
      .where("s.due_date", ">=", window.from)
      .where("s.due_date", "<=", window.to)
      .execute(),
    isLeader ? db.selectFrom("leader_agreement").select("year").where("person_id", "=", personId).execute() : [],
    unitId !== null ? unitItems({ window, areaIds: null, unitIds: [unitId], kinds: UNIT_KINDS }) : [],
    scope === "any" ? wheelItems({ window, areaIds: null }) : scope === "area" ? unitItems({ window, areaIds: actor.tolAreaIds, kinds: UNIT_KINDS }) : [],
  ]);

  const items: YearItem[] = [...unit, ...wide];
  for (const s of signups) {
    const date = osloDate(new Date(s.starts_at));
    if (date >= window.from && date <= window.to)
      items.push(yearItem({ key: `session-${s.id}`, kind: "session", date, startsAt: s.starts_at, endsAt: s.ends_at, title: s.title, location: s.location }));
  }
  for (const s of steps) items.push(yearItem({ key: `step-${s.id}`, kind: "step", date: s.due_date, title: s.title }));
  const held = new Set(own.map((a) => a.year));
  for (const year of yearsOf(window)) {
    const season = agreementSeason(year, agreementMonth());
    if (isLeader && !held.has(year)) items.push(yearItem({ key: `own-agreement-${year}`, kind: "own_agreement", date: season.due, period: String(year) }));
  }
  if (scope === "area") items.push(...(await agreementsToHold(personId, actor.tolAreaIds, window)));

  // A session can be both signed up to and in the whole årshjul, a revision both the unit's and the area's: once each.
  const byKey = new Map<string, YearItem>();
  for (const item of items) if (!byKey.has(item.key)) byKey.set(item.key, item);
  return sortItems([...byKey.values()]);
}

function yearsOf(window: DateWindow): number[] {
  const years: number[] = [];
  for (let y = Number(window.from.slice(0, 4)); y <= Number(window.to.slice(0, 4)); y++) years.push(y);
  return years;
}

/** Per area and season, the TOL's leaders whose agreement for that year is not held yet: one item over the season. */
async function agreementsToHold(tolId: number, areaIds: readonly number[], window: DateWindow): Promise<YearItem[]> {
  if (areaIds.length === 0) return [];
  const db = getDb();
  const [leaders, agreements] = await Promise.all([
    db
      .selectFrom("person")
      .innerJoin("unit", "unit.id", "person.unit_id")
      .innerJoin("service_area as area", "area.id", "unit.service_area_id")
      .select(["person.id", "person.name", "area.id as areaId", "area.name as areaName"])
      .where("area.id", "in", [...areaIds])
      .where("person.active", "=", 1)
      .where("person.anonymised_at", "is", null)
      .where("person.id", "!=", tolId)
      .where((eb) => eb.exists(eb.selectFrom("person_role as r").select("r.person_id").whereRef("r.person_id", "=", "person.id").where("r.role", "=", "leader")))
      .orderBy("person.name")
      .execute(),
    db
      .selectFrom("leader_agreement as a")
      .innerJoin("person", "person.id", "a.person_id")
      .innerJoin("unit", "unit.id", "person.unit_id")
      .select(["a.person_id", "a.year"])
      .where("unit.service_area_id", "in", [...areaIds])
      .execute(),
  ]);
  const held = new Set(agreements.map((a) => `${a.person_id}:${a.year}`));
  const items: YearItem[] = [];
  for (const year of yearsOf(window)) {
    const season = agreementSeason(year, agreementMonth());
    for (const areaId of areaIds) {
      const open = leaders.filter((l) => l.areaId === areaId && !held.has(`${l.id}:${year}`));
      if (open.length)
        items.push(yearItem({ key: `agreements-${areaId}-${year}`, kind: "agreements", date: season.start, lastDate: season.due, areaId, areaName: open[0]!.areaName, period: String(year), names: open.map((l) => l.name) }));
    }
  }
  return items;
}

/** Where an item is handled in Lederløp: the reader's way from their calendar back to the app. */
function linkOf(item: YearItem): string {
  const base = appUrl();
  if (item.unitId !== null) return `${base}/enheter/${item.unitId}`;
  if (item.kind === "session" || item.kind === "leader_forum" || item.kind === "theme_hour") return `${base}/kurs/${item.key.slice("session-".length)}`;
  if (item.kind === "step" || item.kind === "own_agreement") return `${base}/mitt-lop`;
  return `${base}/arshjul?ar=${item.date.slice(0, 4)}`;
}

/** An item as a calendar event in the reader's language. */
function eventOf(item: YearItem, locale: Locale, host: string): FeedEvent {
  const text = (key: MessageKey, vars?: Vars) => translate(locale, key, vars);
  const url = linkOf(item);
  const lines = [
    text(`arshjul.kind.${item.kind}`),
    [item.areaName, item.unitName].filter(Boolean).join(" · "),
    item.doneOn ? text("arshjul.held", { date: formatDate(item.doneOn, locale) }) : "",
    item.names ? text("arshjul.feed.still", { names: item.names.join(", ") }) : "",
    url,
  ];
  return {
    uid: `${item.key}@${host}`,
    summary: itemLabel(text, item),
    description: lines.filter(Boolean).join("\n"),
    url,
    location: item.location,
    ...(item.startsAt && item.endsAt ? { time: { start: item.startsAt, end: item.endsAt } } : { days: { first: item.date, last: item.lastDate ?? item.date } }),
  };
}

/** The feed behind a token as iCalendar text, or null when the token opens nothing. */
export async function calendarFeed({ token, now = new Date() }: { token: string; now?: Date }): Promise<string | null> {
  const holder = await feedHolder(token, now);
  if (!holder) return null;
  const items = await feedItems({ personId: holder.personId, unitId: holder.unitId, window: feedWindow(now) });
  const host = new URL(appUrl()).hostname;
  const name = translate(holder.locale, "arshjul.feed.name", { name: translate(holder.locale, "nav.arshjul") });
  return publishedCalendar({ name, stamp: now, events: items.map((i) => eventOf(i, holder.locale, host)) });
}
