import { daysBetween, osloDate } from "./dates";
import type { OutboxStatus } from "../../db/schema";

export const STEP_STATUSES = ["done", "overdue", "due_soon", "upcoming"] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** A step is «snart» (due soon) this many days ahead of its due date. */
export const DUE_SOON_DAYS = 14;

/** The one rule for a step's status; `today` is the Oslo calendar date. */
export function stepStatus(step: { due_date: string; done: boolean }, today: string): StepStatus {
  if (step.done) return "done";
  const left = daysBetween(today, step.due_date);
  if (left < 0) return "overdue";
  if (left <= DUE_SOON_DAYS) return "due_soon";
  return "upcoming";
}

/** The day a step was done: the date recorded with it (attendance, a meeting), else the Oslo day it was ticked. */
export const completedOn = (c: { evidence_date: string | null; completed_at: string }) => c.evidence_date ?? osloDate(new Date(c.completed_at));

/** Done on time: on or before its due date (the day after, stepStatus calls it overdue). */
export const doneOnTime = (doneOn: string, due: string) => doneOn <= due;

/** Whole per cent, rounded down so 99.6 % never shows as finished. */
export function completionPercent(done: number, total: number): number {
  return total === 0 ? 0 : Math.floor((done * 100) / total);
}

/** What «Sendte e-poster» calls a message: a pending one that has failed before is being retried. */
export function outboxStatusLabel(m: { status: OutboxStatus; attempts: number }): `outbox.status.${OutboxStatus | "retrying"}` {
  return m.status === "pending" && m.attempts > 0 ? "outbox.status.retrying" : `outbox.status.${m.status}`;
}
