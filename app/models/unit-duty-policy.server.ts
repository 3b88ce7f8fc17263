import { getDb, type DB } from "../../db/client.server";
import { UNIT_DUTIES, type DutyKind } from "../../db/schema";
import { can } from "~/access/policy";
import { DEFAULT_POLICY, type ReminderPolicy } from "~/jobs/reminder-schedule";
import type { UnitDutyPolicyInput } from "~/validation/unit-duty-policy";
import { audit } from "./audit.server";
import { HttpError } from "./http-error";
import type { SessionUser } from "./sign-in.server";

/** Each kind of unit duty's reminder policy: the one an administrator set, else the default. */
export async function dutyPolicies(db: DB = getDb()): Promise<Record<DutyKind, ReminderPolicy>> {
  const rows = await db.selectFrom("unit_duty_policy").selectAll().execute();
  const set = new Map(rows.map((r) => [r.duty, r]));
  return Object.fromEntries(
    UNIT_DUTIES.map((duty) => {
      const r = set.get(duty);
      return [duty, r ? { remind_before_days: r.remind_before_days, remind_on_due: r.remind_on_due, overdue_every_days: r.overdue_every_days, overdue_max: r.overdue_max, escalate_after_days: r.escalate_after_days } : DEFAULT_POLICY];
    }),
  ) as Record<DutyKind, ReminderPolicy>;
}

/** For «Påminnelser for enhetenes plikter»: who may read (as the templates) and the policies. */
export async function unitDutyPolicies({ user }: { user: SessionUser }) {
  if (!can(user, "read:template")) throw new HttpError(403);
  return { policies: await dutyPolicies(), mayEdit: can(user, "edit:template") };
}

/** Sets one kind of duty's policy (as a template step's is set); reminders planned from now on follow it. */
export async function setUnitDutyPolicy({ user, input, now = new Date() }: { user: SessionUser; input: UnitDutyPolicyInput; now?: Date }) {
  if (!can(user, "edit:template")) throw new HttpError(403);
  return getDb()
    .transaction()
    .execute(async (tx) => {
      const before = (await dutyPolicies(tx))[input.duty];
      const after = {
        remind_before_days: input.remindBeforeDays,
        remind_on_due: input.remindOnDue ? 1 : 0,
        overdue_every_days: input.overdueEveryDays,
        overdue_max: input.overdueMax,
        escalate_after_days: input.escalateAfterDays,
      };
      await tx
        .insertInto("unit_duty_policy")
        .values({ duty: input.duty, ...after, updated_at: now.toISOString() })
        .onConflict((oc) => oc.column("duty").doUpdateSet({ ...after, updated_at: now.toISOString() }))
        .execute();
      await audit(tx, { actorId: user.id, action: "unit_duty_policy.update", entity: "unit_duty_policy", entityId: input.duty, before, after, now });
    });
}
