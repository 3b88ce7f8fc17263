import { beforeEach, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { peekSignInToken, redeemSignInToken, requestSignInLink, TOKEN_TTL_MS, userForSession } from "~/models/sign-in.server";
import { hashToken } from "~/utils/crypto.server";
import { freshDb, seedOrg } from "./support/db";

const NOW = new Date("2026-11-27T10:00:00Z");
const later = (ms: number) => new Date(NOW.getTime() + ms);

/** The token in the newest sign-in mail to this address (what the person would click). */
async function tokenFromMail(email: string) {
  const mail = await getDb().selectFrom("outbox").select("text_body").where("to_address", "=", email).where("kind", "=", "sign_in").orderBy("id", "desc").executeTakeFirstOrThrow();
  return /\/logg-inn\/([A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!;
}

beforeEach(async () => {
  await freshDb();
  await seedOrg();
});

describe("sign-in links", () => {
  test("the token is stored only as its SHA-256 hash", async () => {
    await requestSignInLink({ email: "hr@test.example", now: NOW });
    const token = await tokenFromMail("hr@test.example");
    expect(token.length).toBeGreaterThanOrEqual(43); // 256 bits, base64url
    const rows = await getDb().selectFrom("login_token").selectAll().execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.token_hash).toBe(hashToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  test("opening the link does not use it up; pressing «Logg inn» does, once", async () => {
    await requestSignInLink({ email: "hr@test.example", now: NOW });
    const token = await tokenFromMail("hr@test.example");
    expect(await peekSignInToken({ token, now: later(1000) })).toMatchObject({ email: "hr@test.example" });
    expect(await peekSignInToken({ token, now: later(2000) })).toBeTruthy();
    const sessionId = await redeemSignInToken({ token, now: later(3000) });
    expect(sessionId).toBeTruthy();
    expect(await userForSession({ sessionId: sessionId!, now: later(4000) })).toMatchObject({ email: "hr@test.example", roles: ["hr"] });
    expect(await redeemSignInToken({ token, now: later(5000) })).toBeNull();
    expect(await peekSignInToken({ token, now: later(6000) })).toBeUndefined();
  });

  test("a link expires after 15 minutes", async () => {
    await requestSignInLink({ email: "hr@test.example", now: NOW });
    const token = await tokenFromMail("hr@test.example");
    expect(await redeemSignInToken({ token, now: later(TOKEN_TTL_MS + 1) })).toBeNull();
  });

  test("a newer link supersedes the older one", async () => {
    await requestSignInLink({ email: "hr@test.example", now: NOW });
    const first = await tokenFromMail("hr@test.example");
    await requestSignInLink({ email: "hr@test.example", now: later(60_000) });
    const second = await tokenFromMail("hr@test.example");
    expect(second).not.toBe(first);
    expect(await redeemSignInToken({ token: first, now: later(70_000) })).toBeNull();
    expect(await redeemSignInToken({ token: second, now: later(70_000) })).toBeTruthy();
  });

  test("an unknown or inactive address gets no token and no mail", async () => {
    await requestSignInLink({ email: "nobody@test.example", now: NOW });
    await getDb().updateTable("person").set({ active: 0 }).where("email", "=", "hr@test.example").execute();
    await requestSignInLink({ email: "hr@test.example", now: NOW });
    expect(await getDb().selectFrom("login_token").selectAll().execute()).toEqual([]);
    expect(await getDb().selectFrom("outbox").selectAll().execute()).toEqual([]);
  });

  test("addresses match whatever their case", async () => {
    await requestSignInLink({ email: "  HR@Test.Example ", now: NOW });
    expect(await tokenFromMail("hr@test.example")).toBeTruthy();
  });

  test("two presses at once sign in only once", async () => {
    await requestSignInLink({ email: "hr@test.example", now: NOW });
    const token = await tokenFromMail("hr@test.example");
    const results = await Promise.all([redeemSignInToken({ token, now: later(1) }), redeemSignInToken({ token, now: later(1) })]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  test("a session carries every role and every area the person leads, each once", async () => {
    const db = getDb();
    const tol = await db.selectFrom("person").select("id").where("email", "=", "tol.a@test.example").executeTakeFirstOrThrow();
    await db.insertInto("person_role").values([{ person_id: tol.id, role: "leader" }, { person_id: tol.id, role: "hr" }]).execute();
    await db.updateTable("service_area").set({ tol_person_id: tol.id }).execute();
    const areas = (await db.selectFrom("service_area").select("id").orderBy("id").execute()).map((a) => a.id);
    await requestSignInLink({ email: "tol.a@test.example", now: NOW });
    const sessionId = (await redeemSignInToken({ token: await tokenFromMail("tol.a@test.example"), now: later(1) }))!;
    const user = await userForSession({ sessionId, now: later(2) });
    expect(user).toMatchObject({ id: tol.id, email: "tol.a@test.example", roles: ["hr", "leader", "tol"], tolAreaIds: areas });
    expect(areas).toHaveLength(2);

    await db.deleteFrom("person_role").where("person_id", "=", tol.id).execute();
    await db.updateTable("service_area").set({ tol_person_id: null }).execute();
    expect(await userForSession({ sessionId, now: later(3) })).toMatchObject({ id: tol.id, roles: [], tolAreaIds: [] });
  });

  test("a deactivated person's session stops working", async () => {
    await requestSignInLink({ email: "hr@test.example", now: NOW });
    const sessionId = (await redeemSignInToken({ token: await tokenFromMail("hr@test.example"), now: later(1) }))!;
    await getDb().updateTable("person").set({ active: 0 }).where("email", "=", "hr@test.example").execute();
    expect(await userForSession({ sessionId, now: later(2) })).toBeNull();
  });
});
