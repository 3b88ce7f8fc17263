import type { DB } from "../../db/client.server";
import { repetitionNudgeEmail } from "../../emails/agreement";
import { isLocale } from "~/i18n/catalog";
import { comingSessions, repeatMonths, repetitionStatus } from "~/models/recurring-queries.server";
import { osloDate } from "~/utils/dates";
import { appUrl } from "~/utils/env.server";
import { REPEAT_KINDS } from "~/utils/repetition-lapse";
import { nudgeKey } from "./recurring.server";
import type { PlannedMail } from "./reminders.server";
import { isWorkingDay, osloMorning } from "./workdays";

/**
 * The repetition nudges due today: each leader who has gone a whole period without a forum (or a
 * theme hour) gets one, listing the coming sessions of that kind; a further period without gives
 * the next. Working days only, at 08:00 Oslo; a day the scheduler missed is caught up, since the key
 * carries no date.
 */
export async function repetitionPlan(db: DB, now: Date): Promise<PlannedMail[]> {
  const today = osloDate(now);
  if (!isWorkingDay(today)) return [];
  const sendAfter = osloMorning(today);
  const lapsed = (await repetitionStatus(db, today)).filter((r) => r.lapse > 0);
  if (lapsed.length === 0) return [];
  const coming = new Map(await Promise.all(REPEAT_KINDS.map(async (kind) => [kind, await comingSessions(db, kind, now)] as const)));
  return lapsed.map((r) => {
    const to = { id: r.personId, name: r.name, email: r.email, locale: r.locale, reminder_mode: r.reminderMode };
    const sessions = (coming.get(r.kind) ?? []).map((s) => ({ title: s.title, startsAt: s.starts_at, location: s.location, url: `${appUrl()}/kurs/${s.id}` }));
    return {
      key: nudgeKey(r),
      kind: "repetition_nudge",
      to,
      pathStepId: null,
      sendAfter,
      render: () =>
        repetitionNudgeEmail({ name: r.name, kind: r.kind, months: repeatMonths(r.kind), lastAttended: r.lastAttended, sessions, url: `${appUrl()}/mitt-lop#repetisjon` }, isLocale(r.locale) ? r.locale : "nb"),
    };
  });
}

