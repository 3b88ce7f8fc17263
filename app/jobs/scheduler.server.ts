import { Cron } from "croner";
import type { Transporter } from "nodemailer";
import { getDb, type DB } from "../../db/client.server";
import { mailTransport } from "~/utils/mail.server";
import { clockFrom, deliverOutbox, type DeliveryCounts } from "./deliver.server";
import { digestPlan } from "./digests.server";
import { reminderPlan, untimed, writePlanned, type Stopwatch } from "./reminders.server";
import { repetitionPlan } from "./repetition-nudges.server";
import { remindersSchedule } from "~/utils/env.server";
import { freezeEndedPeriods } from "~/models/period-report.server";
import { anonymiseDue } from "~/models/retention.server";

export interface PassResult extends Omit<DeliveryCounts, "claimed" | "overtaken"> {
  planned: number;
  purged: number;
  /** People anonymised because they left RETENTION_MONTHS ago. */
  anonymised: number;
  /** Period report packs taken (the quarter just ended, and at a year's end the year). */
  frozen: string[];
}

/** Expired sessions, sign-in links and rate-limit windows are deleted, not kept: they are personal data with no further use. */
export async function purgeExpired(db: DB, now: Date): Promise<number> {
  const iso = now.toISOString();
  const sessions = await db.deleteFrom("session").where("expires_at", "<", iso).executeTakeFirst();
  const tokens = await db.deleteFrom("login_token").where("expires_at", "<", iso).executeTakeFirst();
  const limits = await db.deleteFrom("rate_limit").where("reset_at", "<", iso).executeTakeFirst();
  return Number(sessions.numDeletedRows) + Number(tokens.numDeletedRows) + Number(limits.numDeletedRows);
}

/** One planning and delivery pass: what `--once` runs and what the scheduler runs every minute. */
export async function runPass({
  now = new Date(),
  db = getDb(),
  transport = mailTransport(),
  time = untimed,
}: { now?: Date; db?: DB; transport?: Transporter | null; time?: Stopwatch } = {}): Promise<PassResult> {
  const plan = [...(await reminderPlan(db, now, time)), ...(await time("digests", () => digestPlan(db, now))), ...(await time("repetition", () => repetitionPlan(db, now)))];
  const result: PassResult = {
    planned: await time("writing the outbox", () => writePlanned(db, plan, now)),
    purged: await time("purging expired", () => purgeExpired(db, now)),
    anonymised: 0,
    frozen: [],
    sent: 0,
    retried: 0,
    failed: 0,
    cancelled: 0,
  };
  // Each claim is stamped with the time it is made: a pass that sends for minutes must not claim
  // its later batches with a lease that already ran out at the pass's start.
  const clock = clockFrom(now);
  await time("delivery", async () => {
    for (;;) {
      const r = await deliverOutbox({ clock, db, transport });
      result.sent += r.sent;
      result.retried += r.retried;
      result.failed += r.failed;
      result.cancelled += r.cancelled;
      if (r.claimed === 0 || !transport) break;
    }
  });
  // After delivery: a backlog of anonymisations must not hold up mail.
  result.anonymised = await time("retention", () => anonymiseDue({ db, now }));
  // Last: a quarter's end is computed once, as of that instant, so nothing before it waits.
  result.frozen = await time("report freeze", () => freezeEndedPeriods({ db, now }));
  return result;
}

/** Every minute by default; REMINDERS_SCHEDULE (a cron expression with seconds) overrides it. */
export const schedule = remindersSchedule;

/**
 * Runs a pass now and then on the schedule. `protect` skips a tick while the previous pass is
 * still running, so passes never overlap in one process (the outbox lease covers several).
 */
export function startScheduler(): () => void {
  const job = new Cron(schedule(), { protect: true, timezone: "Europe/Oslo" }, async () => {
    try {
      await runPass();
    } catch (error) {
      console.error("[reminders] pass failed:", error);
    }
  });
  void job.trigger();
  return () => job.stop();
}
