import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { deliverOutbox } from "~/jobs/deliver.server";
import { reminderSchedule } from "~/jobs/reminder-schedule";
import { runPass } from "~/jobs/scheduler.server";
import { firstWorkingDayOfWeek, isWorkingDay, nextWorkingDay, osloMorning } from "~/jobs/workdays";
import { completeStep } from "~/models/path.server";
import { registerHire } from "~/models/person.server";
import { DEFAULT_POLICY, dueEvents, remindableDueDates } from "~/jobs/reminder-schedule";
import { addDaysToDate, osloDate } from "~/utils/dates";
import { asUser, freshDb, seedOrg } from "./support/db";
import { startSmtp, type TestSmtp } from "./support/smtp";

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(() => smtp.close());

let org: Awaited<ReturnType<typeof seedOrg>>;
beforeEach(async () => {
  smtp.received.length = 0;
  smtp.refuse(0, 0);
  smtp.delayMs = 0;
  await freshDb();
  org = await seedOrg();
  process.env.APP_URL = "https://lederlop.test";
});

/** An instant in Oslo local time, e.g. at("2026-11-24", "09:30"). */
const at = (date: string, time = "09:30") => {
  const [h, m] = time.split(":").map(Number);
  return new Date(osloMorning(date, h!).getTime() + m! * 60_000);
};

const pass = (now: Date) => runPass({ now, transport: smtp.transport() });

async function hire(startDate: string, email = "lise@test.example", unitId = org.unitA) {
  const { id } = await registerHire({
    actor: await asUser(org.hr),
    input: { name: "Lise Leder", email, unitId, position: "leder", startDate, templateId: org.templateId },
    now: at("2026-09-01"),
  });
  return id;
}

const BOOK = "Les «Dette er Lean» av Niklas Modig";
/** Reminders only: the welcome mail sent on the first pass mentions the book too. */
const reminders = () => smtp.received.filter((m) => !m.subject?.startsWith("Velkommen"));
const aboutBook = () => reminders().filter((m) => m.subject?.includes("Dette er Lean"));

describe("working days and Oslo time", () => {
  test("weekends and Norwegian public holidays are not working days; the next one is", () => {
    expect(isWorkingDay("2026-11-27")).toBe(true); // Friday
    expect(isWorkingDay("2026-11-28")).toBe(false); // Saturday
    expect(isWorkingDay("2026-05-14")).toBe(false); // Ascension Day (Thursday)
    expect(isWorkingDay("2026-05-17")).toBe(false); // Constitution Day
    expect(nextWorkingDay("2026-12-25")).toBe("2026-12-28"); // Christmas Day → Monday
    expect(nextWorkingDay("2026-04-02")).toBe("2026-04-07"); // Maundy Thursday → Tuesday after Easter Monday
    expect(firstWorkingDayOfWeek("2026-04-08")).toBe("2026-04-07"); // Easter Monday week
    expect(firstWorkingDayOfWeek("2026-11-27")).toBe("2026-11-23");
  });

  test("08:00 in Oslo is 07:00 UTC in winter and 06:00 UTC in summer, across the DST change", () => {
    expect(osloMorning("2026-03-27").toISOString()).toBe("2026-03-27T07:00:00.000Z");
    expect(osloMorning("2026-03-30").toISOString()).toBe("2026-03-30T06:00:00.000Z");
    expect(osloMorning("2026-10-26").toISOString()).toBe("2026-10-26T07:00:00.000Z");
  });

  test("the day in Oslo turns at Oslo midnight, in winter and in summer", () => {
    expect(osloDate(new Date("2026-11-27T22:59:59Z"))).toBe("2026-11-27");
    expect(osloDate(new Date("2026-11-27T23:00:00Z"))).toBe("2026-11-28");
    expect(osloDate(new Date("2026-06-30T21:59:59Z"))).toBe("2026-06-30");
    expect(osloDate(new Date("2026-06-30T22:00:00Z"))).toBe("2026-07-01");
    expect(osloDate(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
  });

  test("a reminder that falls on a weekend or holiday moves to the next working day", () => {
    const events = reminderSchedule("2026-12-25", DEFAULT_POLICY);
    expect(events).toEqual([
      { kind: "before", date: "2026-12-18" },
      { kind: "due", date: "2026-12-28" },
      { kind: "overdue", date: "2027-01-04" }, // 1 Jan is a holiday and Friday; 3 Jan is Sunday
      { kind: "overdue", date: "2027-01-08" },
      { kind: "overdue", date: "2027-01-15" },
      { kind: "escalation", date: "2027-01-08" },
    ]);
  });
});

describe("the reminder life of one step", () => {
  test("before, on and after the due date, escalation to the TOL, and silence once it is done", async () => {
    // Started Friday 2 Oct: the book is due Tuesday 1 Dec (+60 days).
    const leader = await hire("2026-10-02");
    const book = await getDb().selectFrom("path_step").select("id").where("title", "=", BOOK).executeTakeFirstOrThrow();

    await pass(at("2026-11-23"));
    expect(aboutBook()).toHaveLength(0);

    // Planned at 06:00, held until 08:00 Oslo.
    await pass(at("2026-11-24", "06:00"));
    expect(aboutBook()).toHaveLength(0);
    await pass(at("2026-11-24", "08:01"));
    expect(aboutBook()).toHaveLength(1);
    const before = aboutBook()[0]!;
    expect(before.subject).toBe(`Påminnelse: «${BOOK}» har frist 1. des. 2026`);
    expect(before.to).toMatchObject({ text: "lise@test.example" });
    expect(before.text).toContain(`https://lederlop.test/mitt-lop#steg-${book.id}`);
    expect(before.headers.get("auto-submitted")).toBe("auto-generated");

    // Another pass the same day sends nothing new.
    await pass(at("2026-11-24", "15:00"));
    expect(aboutBook()).toHaveLength(1);

    await pass(at("2026-12-01"));
    expect(aboutBook().at(-1)!.subject).toBe(`Frist i dag: «${BOOK}»`);
    await pass(at("2026-12-08"));
    expect(aboutBook().at(-1)!.subject).toBe(`Forfalt: «${BOOK}» (frist 1. des. 2026)`);
    expect(aboutBook().at(-1)!.text).toContain("7 dager på overtid");

    await pass(at("2026-12-15"));
    const dec15 = aboutBook().slice(3);
    expect(dec15.map((m) => (m.to as { text: string }).text).sort()).toEqual(["lise@test.example", "tol.a@test.example"]);
    const escalation = dec15.find((m) => (m.to as { text: string }).text === "tol.a@test.example")!;
    expect(escalation.subject).toBe(`Lise Leder ligger etter: «${BOOK}»`);
    expect(escalation.text).toContain(`https://lederlop.test/ledere/${leader}#steg-${book.id}`);
    expect(escalation.text).toContain("14 dager på overtid");

    await completeStep({ user: await asUser(leader), stepId: book.id, now: at("2026-12-16") });
    await pass(at("2026-12-22"));
    expect(aboutBook()).toHaveLength(5);
  });

  test("a reminder already queued is cancelled, not sent, when the step is completed before 08:00", async () => {
    const leader = await hire("2026-10-02");
    const book = await getDb().selectFrom("path_step").select("id").where("title", "=", BOOK).executeTakeFirstOrThrow();
    await pass(at("2026-12-01", "06:00"));
    await completeStep({ user: await asUser(leader), stepId: book.id, now: at("2026-12-01", "07:00") });
    const result = await pass(at("2026-12-01", "08:05"));
    expect(result.cancelled).toBeGreaterThanOrEqual(1);
    expect(aboutBook()).toHaveLength(0);
    const row = await getDb().selectFrom("outbox").select("status").where("path_step_id", "=", book.id).executeTakeFirstOrThrow();
    expect(row.status).toBe("cancelled");
  });

  test("nothing is sent for an inactive person or a retired template step", async () => {
    const leader = await hire("2026-10-02");
    await getDb().updateTable("person").set({ active: 0 }).where("id", "=", leader).execute();
    await pass(at("2026-12-01"));
    expect(reminders().filter((m) => (m.to as { text: string }).text === "lise@test.example")).toHaveLength(0);

    await getDb().updateTable("person").set({ active: 1 }).where("id", "=", leader).execute();
    await getDb().updateTable("template_step").set({ retired_at: at("2026-11-01").toISOString() }).where("title", "=", BOOK).execute();
    await pass(at("2026-12-08"));
    expect(aboutBook()).toHaveLength(0);
  });

  test("a due date on Christmas Day is reminded on the next working day, 08:00 Oslo", async () => {
    // Start 26 Oct + 60 = 25 Dec.
    await hire("2026-10-26");
    await pass(at("2026-12-25"));
    expect(aboutBook().filter((m) => m.subject?.startsWith("Frist i dag"))).toHaveLength(0);
    const row = await getDb().selectFrom("outbox").select("send_after").where("subject", "=", `Frist i dag: «${BOOK}»`).executeTakeFirst();
    expect(row).toBeUndefined();
    await pass(at("2026-12-28", "07:59"));
    expect(aboutBook().filter((m) => m.subject?.startsWith("Frist i dag"))).toHaveLength(0);
    await pass(at("2026-12-28", "08:00"));
    expect(aboutBook().filter((m) => m.subject?.startsWith("Frist i dag"))).toHaveLength(1);
  });

  test("after the change to summer time the reminder goes out at 08:00 local, 06:00 UTC", async () => {
    // Start 30 Jan 2026 + 60 = 31 Mar (Tuesday after the 29 Mar change).
    await hire("2026-01-30");
    const due = `Frist i dag: «${BOOK}»`;
    await runPass({ now: new Date("2026-03-31T05:59:00Z"), transport: smtp.transport() });
    const row = await getDb().selectFrom("outbox").select(["send_after", "status"]).where("subject", "=", due).executeTakeFirstOrThrow();
    expect(row).toEqual({ send_after: "2026-03-31T06:00:00.000Z", status: "pending" });
    await runPass({ now: new Date("2026-03-31T06:00:00Z"), transport: smtp.transport() });
    expect(smtp.received.filter((m) => m.subject === due)).toHaveLength(1);
  });

  test("someone who chose a daily summary gets one mail listing their steps instead of one per step", async () => {
    const leader = await hire("2026-09-01");
    await getDb().updateTable("person").set({ reminder_mode: "daily" }).where("id", "=", leader).execute();
    // 31 Oct is Saturday; Monday 2 Nov: the rådmann step (+14 → 15 Sep) and more are overdue.
    await pass(at("2026-10-27"));
    const mine = reminders().filter((m) => (m.to as { text: string }).text === "lise@test.example");
    expect(mine).toHaveLength(1);
    expect(mine[0]!.subject).toMatch(/^Dagens steg i Lederløp \(\d+\)$/);
    expect(mine[0]!.text).toContain(BOOK);
    expect(mine[0]!.text).toContain("https://lederlop.test/mitt-lop#steg-");
  });
});

describe("which steps the pass reads", () => {
  test("every step with a reminder or an escalation today lies within the due dates the pass reads, whatever the policy", () => {
    const policies = [
      DEFAULT_POLICY,
      { remind_before_days: 0, remind_on_due: 0, overdue_every_days: 0, overdue_max: 0, escalate_after_days: 3 },
      { remind_before_days: 30, remind_on_due: 1, overdue_every_days: 14, overdue_max: 5, escalate_after_days: null },
      { remind_before_days: 0, remind_on_due: 1, overdue_every_days: 1, overdue_max: 1, escalate_after_days: 60 },
    ];
    // Working days around Easter (1–6 April 2026), Christmas and a summer's day.
    const days = ["2026-04-07", "2026-04-08", "2026-12-28", "2026-12-29", "2027-01-04", "2026-07-15"];
    let reminded = 0;
    for (const p of policies) {
      for (const today of days) {
        const window = remindableDueDates(p, today)!;
        for (let offset = -200; offset <= 200; offset++) {
          const due = addDaysToDate(today, offset);
          const { reminder, escalation } = dueEvents(due, p, today);
          if (!reminder && !escalation) continue;
          reminded++;
          expect(due >= window.from && due <= window.to, `${due} on ${today}`).toBe(true);
        }
      }
    }
    expect(reminded).toBeGreaterThan(50);
    expect(remindableDueDates({ remind_before_days: 0, remind_on_due: 0, overdue_every_days: 0, overdue_max: 0, escalate_after_days: null }, "2026-12-01")).toBeNull();
  });
});

describe("planning is idempotent", () => {
  test("running planning twice, or in two passes at once, creates no second row", async () => {
    await hire("2026-10-02");
    await hire("2026-10-02", "per@test.example");
    const now = at("2026-12-01", "06:00");
    const results = await Promise.all([runPass({ now, transport: null }), runPass({ now, transport: null })]);
    const rows = await getDb().selectFrom("outbox").select("dedupe_key").where("dedupe_key", "is not", null).execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(results[0]!.planned + results[1]!.planned).toBe(rows.length);
    expect(new Set(rows.map((r) => r.dedupe_key)).size).toBe(rows.length);
    expect((await runPass({ now, transport: null })).planned).toBe(0);
  });
});

describe("weekly digests", () => {
  test("the TOL's Monday digest names who is behind, what fell overdue and what was completed", async () => {
    // Started 28 Sep: four steps overdue on 30 Nov, the book (+60 = 27 Nov) among them, last week.
    const late = await hire("2026-09-28", "sen@test.example");
    const other = await hire("2026-11-16", "ny@test.example");
    await getDb().updateTable("person").set({ name: "Sen Leder" }).where("id", "=", late).execute();
    await getDb().updateTable("person").set({ name: "Ny Leder" }).where("id", "=", other).execute();
    const clause = await getDb()
      .selectFrom("path_step")
      .innerJoin("path", "path.id", "path_step.path_id")
      .select("path_step.id")
      .where("path.person_id", "=", other)
      .where("path_step.responsible", "=", "hr")
      .executeTakeFirstOrThrow();
    await completeStep({ user: await asUser(org.hr), stepId: clause.id, evidenceDate: "2026-11-20", now: at("2026-11-26") });

    await pass(at("2026-11-30"));
    const digest = smtp.received.find((m) => m.subject === "Ukeoversikt for Helse")!;
    expect(digest.to).toMatchObject({ text: "tol.a@test.example" });
    expect(digest.text).toMatch(/Ligger etter:\n• Sen Leder – 4 forfalte steg/);
    expect(digest.text).toContain(`Forfalt siste uke:\n• Sen Leder: ${BOOK} (27. nov. 2026)`);
    expect(digest.text).toContain("Fullført siste uke:\n• Ny Leder: Lean-forpliktelse i ansettelsesdokumentet");
    expect(digest.text).toContain("https://lederlop.test/beredskap?omrade=");
    // The other area's TOL has nothing to hear about.
    expect(reminders().some((m) => (m.to as { text: string }).text === "tol.b@test.example")).toBe(false);

    const hrDigest = smtp.received.find((m) => m.subject?.startsWith("HR:"))!;
    expect(hrDigest.to).toMatchObject({ text: "hr@test.example" });
    expect(hrDigest.text).toContain("Sen Leder: Lean-forpliktelse i ansettelsesdokumentet – forfalt 28. sep. 2026");
    expect(hrDigest.text).toContain(`https://lederlop.test/ledere/${late}#steg-`);

    // Not again the same week, and not on Tuesday.
    await pass(at("2026-11-30", "14:00"));
    await pass(at("2026-12-01"));
    expect(smtp.received.filter((m) => m.subject === "Ukeoversikt for Helse")).toHaveLength(1);
  });

  test("an area with nothing to report at the first pass still gets its digest when something falls behind later that Monday", async () => {
    await hire("2026-09-28", "sen@test.example");
    await pass(at("2026-11-30"));
    await pass(at("2026-11-30", "10:00"));
    expect(smtp.received.filter((m) => m.subject?.startsWith("Ukeoversikt"))).toHaveLength(1);

    await hire("2026-09-28", "sein@test.example", org.unitB);
    await pass(at("2026-11-30", "11:00"));
    await pass(at("2026-11-30", "12:00"));
    expect(smtp.received.filter((m) => m.subject === "Ukeoversikt for Oppvekst").map((m) => (m.to as { text: string }).text)).toEqual(["tol.b@test.example"]);
    expect(smtp.received.filter((m) => m.subject === "Ukeoversikt for Helse")).toHaveLength(1);
  });
});

describe("delivery", () => {
  async function queue(n: number) {
    const now = new Date().toISOString();
    await getDb()
      .insertInto("outbox")
      .values(Array.from({ length: n }, (_, i) => ({ kind: "test", to_address: `m${i}@test.example`, to_person_id: null, subject: `Melding ${i}`, text_body: "x", html_body: "<p>x</p>", created_at: now, send_after: now, status: "pending" as const })))
      .execute();
  }

  test("two workers on separate connections deliver each message exactly once", async () => {
    await queue(60);
    const { openDatabase } = await import("../db/client.server");
    const a = openDatabase();
    const b = openDatabase();
    const drain = async (db: typeof a) => {
      for (;;) {
        const r = await deliverOutbox({ db, transport: smtp.transport(), batch: 7 });
        if (r.claimed === 0) return;
      }
    };
    await Promise.all([drain(a), drain(b)]);
    await a.destroy();
    await b.destroy();
    const subjects = smtp.received.map((m) => m.subject);
    expect(subjects).toHaveLength(60);
    expect(new Set(subjects).size).toBe(60);
  });

  test("a server that answers 421 twice and then accepts: delivered, three attempts recorded", async () => {
    await queue(1);
    smtp.refuse(421, 2);
    const t0 = new Date();
    expect((await deliverOutbox({ now: t0, transport: smtp.transport() })).retried).toBe(1);
    expect((await deliverOutbox({ now: new Date(t0.getTime() + 10 * 60_000), transport: smtp.transport() })).retried).toBe(1);
    expect((await deliverOutbox({ now: new Date(t0.getTime() + 30 * 60_000), transport: smtp.transport() })).sent).toBe(1);
    const row = await getDb().selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "sent", attempts: 3 });
    expect(smtp.received).toHaveLength(1);
  });

  test("a retry waits: nothing is sent again before the backoff has passed", async () => {
    await queue(1);
    smtp.refuse(421, 1);
    const t0 = new Date();
    await deliverOutbox({ now: t0, transport: smtp.transport() });
    expect((await deliverOutbox({ now: new Date(t0.getTime() + 30_000), transport: smtp.transport() })).claimed).toBe(0);
  });

  test("a 550 fails at once with the server's answer kept", async () => {
    await queue(1);
    smtp.refuse(550);
    expect(await deliverOutbox({ transport: smtp.transport() })).toMatchObject({ failed: 1, retried: 0 });
    const row = await getDb().selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "failed", attempts: 1 });
    expect(row.last_error).toMatch(/550/);
  });
});
