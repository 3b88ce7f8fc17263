import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { deliverOutbox } from "~/jobs/deliver.server";
import { registerHire } from "~/models/person.server";
import { welcomeEmail } from "../emails/welcome";
import { agreementReminderEmail, repetitionNudgeEmail } from "../emails/agreement";
import { asUser, freshDb, seedOrg } from "./support/db";
import { startSmtp, type TestSmtp } from "./support/smtp";

let smtp: TestSmtp;
beforeAll(async () => {
  smtp = await startSmtp();
});
afterAll(() => smtp.close());
const transport = () => smtp.transport();

let org: Awaited<ReturnType<typeof seedOrg>>;
beforeEach(async () => {
  smtp.received.length = 0;
  smtp.refuse(0, 0);
  await freshDb();
  org = await seedOrg();
});

const hire = async (email = "lise@test.example") =>
  registerHire({
    actor: await asUser(org.hr),
    input: { name: "Lise Leder", email, unitId: org.unitA, position: "enhetsleder", startDate: "2026-12-01", templateId: org.templateId },
  });

describe("the welcome email", () => {
  test("is delivered through a real SMTP server with text and HTML parts and automatic-mail headers", async () => {
    process.env.MAIL_FROM = "Lederløp <lederlop@kommune.example>";
    await hire();
    const result = await deliverOutbox({ transport: transport() });
    expect(result).toMatchObject({ sent: 1, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
    const mail = smtp.received[0]!;
    expect(mail.to).toMatchObject({ text: "lise@test.example" });
    expect(mail.from?.text).toContain("lederlop@kommune.example");
    expect(mail.subject).toBe("Velkommen som leder – ditt introduksjonsløp i Lederløp");
    expect(mail.text).toContain("Hei Lise Leder,");
    expect(mail.text).toContain("Velkommen som enhetsleder i Sykehjemmet");
    expect(mail.text).toContain("/logg-inn?epost=lise%40test.example");
    expect(mail.html).toContain("<a href=");
    expect(mail.headers.get("auto-submitted")).toBe("auto-generated");
    expect(mail.messageId).toMatch(/^<.+@.+>$/);
    const row = await getDb().selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "sent", attempts: 1, message_id: mail.messageId });
  });

  test("a second delivery pass sends nothing again", async () => {
    await hire();
    await deliverOutbox({ transport: transport() });
    expect(await deliverOutbox({ transport: transport() })).toMatchObject({ sent: 0, retried: 0, failed: 0 });
    expect(smtp.received).toHaveLength(1);
  });

  test("a temporary refusal (421) is retried later; a permanent one (550) fails at once", async () => {
    await hire();
    smtp.refuse(421);
    const now = new Date();
    expect(await deliverOutbox({ transport: transport(), now })).toMatchObject({ sent: 0, retried: 1, failed: 0 });
    const waiting = await getDb().selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
    expect(waiting.status).toBe("pending");
    expect(waiting.send_after > now.toISOString()).toBe(true);
    smtp.refuse(0, 0);
    expect(await deliverOutbox({ transport: transport(), now: new Date(now.getTime() + 3 * 60_000) })).toMatchObject({ sent: 1, retried: 0, failed: 0 });

    await hire("other@test.example");
    smtp.refuse(550);
    expect(await deliverOutbox({ transport: transport() })).toMatchObject({ sent: 0, retried: 0, failed: 1 });
    const failed = await getDb().selectFrom("outbox").selectAll().where("to_address", "=", "other@test.example").executeTakeFirstOrThrow();
    expect(failed.status).toBe("failed");
    expect(failed.last_error).toContain("Refused with 550");
  });

  test("on a nynorsk installation (DEFAULT_LOCALE=nn) a new leader's welcome comes in nynorsk, and so does their later mail", async () => {
    process.env.DEFAULT_LOCALE = "nn";
    try {
      await hire();
    } finally {
      delete process.env.DEFAULT_LOCALE;
    }
    const person = await getDb().selectFrom("person").select("locale").where("email", "=", "lise@test.example").executeTakeFirstOrThrow();
    expect(person.locale).toBe("nn");
    await deliverOutbox({ transport: transport() });
    expect(smtp.received[0]!.subject).toBe(welcomeEmail({ name: "", position: "", unit: "", firstDue: "2026-12-01", signInUrl: "" }, "nn").subject);
  });

  test("without SMTP configured the mail stays in the built-in outbox", async () => {
    delete process.env.SMTP_URL;
    await hire();
    expect(await deliverOutbox()).toMatchObject({ sent: 0, retried: 0, failed: 0 });
    const row = await getDb().selectFrom("outbox").selectAll().executeTakeFirstOrThrow();
    expect(row.status).toBe("pending");
  });
});

describe("the recurring obligations' emails (pure templates)", () => {
  const reminder = (kind: "before" | "due" | "overdue" | "escalation", locale: "nb" | "nn" | "en") =>
    agreementReminderEmail({ recipientName: "Tor", leaderName: "Lise Leder", year: 2027, dueDate: "2027-03-31", today: kind === "before" ? "2027-03-01" : kind === "due" ? "2027-03-31" : "2027-04-14", kind, url: "https://lederlop.test/ledere/7#lederavtale" }, locale);

  test("the agreement reminder names the leader, the season and the due date in each language, with the link in both parts", () => {
    expect(reminder("before", "nb").subject).toBe("Lederavtalen med Lise Leder skal holdes innen 31. mars 2027");
    expect(reminder("before", "nb").text).toContain("om 30 dager");
    expect(reminder("due", "nn").subject).toBe("Frist i dag: leiaravtalen med Lise Leder");
    expect(reminder("overdue", "en").text).toContain("was due 31 Mar 2027, 14 days ago");
    const escalation = reminder("escalation", "nb");
    expect(escalation.subject).toBe("Lederavtalen med Lise Leder er ikke registrert");
    expect(escalation.text).toContain("rådmannens ledergruppe");
    for (const locale of ["nb", "nn", "en"] as const) {
      const m = reminder("due", locale);
      expect(m.text).toContain("https://lederlop.test/ledere/7#lederavtale");
      expect(m.html).toContain('href="https://lederlop.test/ledere/7#lederavtale"');
    }
  });

  test("the repetition nudge: when last attended (or never), and the coming sessions with their links; escaped in HTML", () => {
    const sessions = [{ title: "Lederforum <våren>", startsAt: "2027-04-07T07:00:00.000Z", location: "Rådhuset", url: "https://lederlop.test/kurs/3" }];
    const forum = repetitionNudgeEmail({ name: "Lise", kind: "leader_forum", months: 6, lastAttended: "2026-09-01", sessions, url: "https://lederlop.test/mitt-lop#repetisjon" }, "nb");
    expect(forum.subject).toBe("Det er en stund siden du var på Lean lederforum");
    expect(forum.text).toContain("Du var sist på Lean lederforum 1. sep. 2026.");
    expect(forum.text).toContain("Lederforum <våren>, ");
    expect(forum.text).toContain("https://lederlop.test/kurs/3");
    expect(forum.html).toContain("Lederforum &lt;våren&gt;");
    const never = repetitionNudgeEmail({ name: "Lise", kind: "theme_hour", months: 12, lastAttended: null, sessions: [], url: "https://lederlop.test/mitt-lop#repetisjon" }, "nn");
    expect(never.subject).toBe("Det er ei stund sidan du var på ein tematime");
    expect(never.text).toContain("Du har ikkje vore på ein tematime enno.");
    expect(never.text).toContain("Ingen datoar er lagde ut enno");
    expect(repetitionNudgeEmail({ name: "Lise", kind: "theme_hour", months: 12, lastAttended: null, sessions: [], url: "x" }, "en").subject).toBe("It has been a while since your last theme hour");
  });
});
