import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { deliverOutbox } from "~/jobs/deliver.server";
import { registerHire } from "~/models/person.server";
import { welcomeEmail } from "../emails/welcome";
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
