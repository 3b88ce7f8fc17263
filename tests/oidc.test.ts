// Sign-in through an OpenID provider (Entra ID), against a real provider on loopback and the
// production build's request handler: the whole flow, who gets in, the roles their groups give,
// and every way it is refused.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { updatePerson } from "~/models/person.server";
import { requestSignInLink } from "~/models/sign-in.server";
import { contentSecurityPolicy } from "~/server/security.server";
import { oidcSettings } from "~/utils/env.server";
import { loadApp, ORIGIN } from "./support/app";
import { asUser, freshDb, seedOrg } from "./support/db";
import { GROUPS, OTHER_TENANT, signInAtProvider, startForger, startProvider, startSilentProvider, TENANT, type Accounts, type RunningProvider } from "./support/oidc";

let app: Awaited<ReturnType<typeof loadApp>>;
let provider: RunningProvider;
const accounts: Accounts = {};
const saved = { ...process.env };

const setEnv = (env: Record<string, string | undefined>) => {
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
};

async function person(name: string, email: string, roles: ("leader" | "hr" | "admin" | "development_unit" | "rlg")[], active = 1) {
  const now = new Date().toISOString();
  const { id } = await getDb()
    .insertInto("person")
    .values({ name, email, unit_id: null, position: "leder", start_date: null, active, created_at: now, updated_at: now })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (roles.length) await getDb().insertInto("person_role").values(roles.map((role) => ({ person_id: id, role }))).execute();
  return id;
}

const rolesOf = async (personId: number) =>
  (await getDb().selectFrom("person_role").select(["role", "source"]).where("person_id", "=", personId).orderBy("role").execute()).map((r) => `${r.role}:${r.source}`);

const auditRows = async (action: string) =>
  (await getDb().selectFrom("audit_log").select(["entity_id", "after"]).where("action", "=", action).orderBy("id").execute()).map((r) => ({ entityId: r.entity_id, ...JSON.parse(r.after ?? "{}") }));

const lastFailure = async () => (await auditRows("sign_in.failed")).pop();

/** Presses «Logg inn med Microsoft»: the redirect to the provider and the flow cookie. */
async function start(neste = "") {
  const res = await app.post("/auth/oidc", { neste });
  expect(res.status).toBe(302);
  const cookie = res.headers.get("Set-Cookie") ?? "";
  expect(cookie).toMatch(/^lederlop_oidc=/);
  return { authorizationUrl: res.headers.get("Location")!, flowCookie: cookie.split(";")[0]!, setCookie: cookie };
}

/** The whole sign-in as `login` at the provider; the callback's answer. */
async function signInAs(login: string, neste = "") {
  const { authorizationUrl, flowCookie } = await start(neste);
  const callback = await signInAtProvider(authorizationUrl, login);
  return app.request(callback, { cookie: flowCookie });
}

const sessionCookie = (res: Response) => res.headers.getSetCookie().find((c) => c.startsWith("lederlop_session="))?.split(";")[0];

let org: Awaited<ReturnType<typeof seedOrg>>;

beforeAll(async () => {
  await freshDb();
  org = await seedOrg();
  app = await loadApp();
  provider = await startProvider({ appUrl: ORIGIN, accounts });
  setEnv({ APP_URL: ORIGIN, ...provider.env, EMAIL_SIGN_IN: undefined, OIDC_TIMEOUT_SECONDS: undefined });
});

afterAll(async () => {
  await provider?.stop();
  for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
  Object.assign(process.env, saved);
});

describe("signing in with Microsoft (a real OpenID provider)", () => {
  test("the button starts the code flow with PKCE, state and nonce, in a short-lived HttpOnly cookie", async () => {
    const page = await (await app.request("/logg-inn")).text();
    expect(page.indexOf("Logg inn med Microsoft")).toBeGreaterThan(-1);
    expect(page.indexOf("Logg inn med Microsoft")).toBeLessThan(page.indexOf("E-post på jobb"));
    expect(page).toMatch(/<form[^>]*method="post"[^>]*action="\/auth\/oidc"/);

    const { authorizationUrl, setCookie } = await start();
    const url = new URL(authorizationUrl);
    expect(url.href.startsWith(`${provider.issuer}/auth`)).toBe(true);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: "lederlop-test",
      redirect_uri: `${ORIGIN}/auth/oidc/callback`,
      response_type: "code",
      code_challenge_method: "S256",
      scope: "openid profile email",
    });
    for (const p of ["code_challenge", "state", "nonce"]) expect(url.searchParams.get(p)?.length).toBeGreaterThanOrEqual(43);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/Max-Age=600/);
    expect(setCookie).toMatch(/Path=\/auth\/oidc/);
    expect(setCookie).toMatch(/SameSite=Lax/i);
  });

  test("first sign-in matches the registered address once, binds tid+oid, maps groups to roles and lands on the home page", async () => {
    const nina = await person("Nina Ny", "nina@test.example", ["leader"]);
    accounts.nina = { email: "Nina@Test.Example", preferred_username: "nina@test.example", tid: TENANT, oid: "0000aaaa-0000-4000-8000-00000000000a", groups: [GROUPS.hr] };

    const res = await signInAs("nina");
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/ledere"); // HR's home page: the hr role came from her group
    const cookie = sessionCookie(res);
    expect(cookie).toBeTruthy();
    expect(res.headers.getSetCookie().find((c) => c.startsWith("lederlop_oidc="))).toMatch(/Max-Age=0/);
    expect(await rolesOf(nina)).toEqual(["hr:groups", "leader:lederlop"]);
    expect((await app.request("/ledere", { cookie })).status).toBe(200);

    const identity = await getDb().selectFrom("person_identity").selectAll().where("person_id", "=", nina).executeTakeFirstOrThrow();
    expect(identity).toMatchObject({ issuer: `entra:${TENANT}`, subject: "0000aaaa-0000-4000-8000-00000000000a" });
    expect(identity.last_sign_in_at).toBeTruthy();
    expect(await auditRows("person.identity_bound")).toEqual([expect.objectContaining({ entityId: String(nina), issuer: `entra:${TENANT}`, matchedBy: "nina@test.example" })]);
    expect(await auditRows("person.roles_from_groups")).toEqual([expect.objectContaining({ entityId: String(nina), granted: ["hr"], revoked: [] })]);
  });

  test("later sign-ins go by the bound identity, not the address; groups no longer held take their roles away, Lederløp's stay", async () => {
    const nina = (await getDb().selectFrom("person").select("id").where("email", "=", "nina@test.example").executeTakeFirstOrThrow()).id;
    // HR changes her address; the provider still says the old one.
    await getDb().updateTable("person").set({ email: "nina.nilsen@test.example" }).where("id", "=", nina).execute();
    accounts.nina!.groups = [GROUPS.admin, "99999999-9999-4999-8999-999999999999"];

    const res = await signInAs("nina");
    expect(res.status).toBe(302);
    expect(await rolesOf(nina)).toEqual(["admin:groups", "leader:lederlop"]);
    expect((await auditRows("person.roles_from_groups")).pop()).toMatchObject({ granted: ["admin"], revoked: ["hr"] });
    expect(await getDb().selectFrom("person_identity").select("issuer").where("person_id", "=", nina).execute()).toHaveLength(1);

    // An admin saving her page under «Personer» leaves the group's role the group's.
    await updatePerson({
      actor: await asUser(org.admin),
      personId: nina,
      input: { name: "Nina Ny", email: "nina.nilsen@test.example", unitId: null, position: "leder", startDate: null, active: true, locale: "nb", roles: ["admin", "leader", "rlg"] },
    });
    expect(await rolesOf(nina)).toEqual(["admin:groups", "leader:lederlop", "rlg:lederlop"]);
    // …and her page tells the admin which role the group holds, and that removing it here will not last.
    const page = (await (await app.request(`/personer/${nina}`, { cookie: await app.signIn("admin@test.example") })).text()).replace(/<!-- -->/g, "");
    expect(page).toContain("Administrator (fra Entra ID-gruppe)");
    expect(page).not.toContain("Leder (fra Entra ID-gruppe)");
    expect(page).toContain("endre gruppemedlemskapet i Entra ID i stedet");
    accounts.nina!.groups = [];
    expect((await signInAs("nina")).status).toBe(302);
    expect(await rolesOf(nina)).toEqual(["leader:lederlop", "rlg:lederlop"]);

    // Someone else in the tenant with the same address is not Nina.
    accounts.impostor = { email: "nina.nilsen@test.example", tid: TENANT, oid: "0000bbbb-0000-4000-8000-00000000000b" };
    const refused = await signInAs("impostor");
    expect(refused.status).toBe(400);
    expect(sessionCookie(refused)).toBeUndefined();
    expect((await auditRows("sign_in.refused")).pop()).toMatchObject({ reason: "already_bound", entityId: String(nina) });
  });

  test("the return path survives the round trip; another site's is dropped", async () => {
    accounts.hr = { email: "hr@test.example", tid: TENANT, oid: "0000cccc-0000-4000-8000-00000000000c", groups: [GROUPS.hr] };
    expect((await signInAs("hr", "/profil")).headers.get("Location")).toBe("/profil");
    expect((await signInAs("hr", "//evil.example/x")).headers.get("Location")).toBe("/ledere");
  });

  test("when the groups overflowed (_claim_names), the stored roles stay and the audit log says so", async () => {
    const dev = (await getDb().selectFrom("person").select("id").where("email", "=", "dev@test.example").executeTakeFirstOrThrow()).id;
    await getDb().updateTable("person_role").set({ source: "groups" }).where("person_id", "=", dev).execute();
    accounts.dev = {
      email: "dev@test.example",
      tid: TENANT,
      oid: "0000dddd-0000-4000-8000-00000000000d",
      _claim_names: { groups: "src1" },
      _claim_sources: { src1: { endpoint: "https://graph.microsoft.com/v1.0/users/0000dddd/getMemberObjects" } },
    };
    const res = await signInAs("dev");
    expect(res.status).toBe(302);
    expect(await rolesOf(dev)).toEqual(["development_unit:groups"]);
    expect((await auditRows("person.groups_overage")).pop()).toMatchObject({ entityId: String(dev), kept: ["development_unit"] });
  });
});

describe("refusals, each with a message and an audit row", () => {
  const page = async (res: Response) => (await res.text()).replace(/<!-- -->/g, "");

  test("an unknown person gets «Du er ikke registrert i Lederløp – kontakt HR» and no account", async () => {
    accounts.stranger = { email: "stranger@test.example", tid: TENANT, oid: "0000eeee-0000-4000-8000-00000000000e" };
    const people = await getDb().selectFrom("person").select("id").execute();
    const res = await signInAs("stranger");
    expect(res.status).toBe(403);
    expect(await page(res)).toContain("Du er ikke registrert i Lederløp – kontakt HR");
    expect(sessionCookie(res)).toBeUndefined();
    expect(await getDb().selectFrom("person").select("id").execute()).toHaveLength(people.length);
    expect((await auditRows("sign_in.refused")).pop()).toMatchObject({ reason: "not_registered", email: "stranger@test.example" });
  });

  test("an inactive person gets the same page", async () => {
    const gone = await person("Gunnar Gått", "gone@test.example", ["leader"], 0);
    accounts.gone = { email: "gone@test.example", tid: TENANT, oid: "0000ffff-0000-4000-8000-00000000000f" };
    const res = await signInAs("gone");
    expect(res.status).toBe(403);
    expect(await page(res)).toContain("Du er ikke registrert i Lederløp – kontakt HR");
    expect((await auditRows("sign_in.refused")).pop()).toMatchObject({ reason: "inactive", entityId: String(gone) });
    expect(await getDb().selectFrom("person_identity").select("issuer").where("person_id", "=", gone).execute()).toEqual([]);
  });

  test("a person of another tenant is not matched by address, even a registered one", async () => {
    accounts.outsider = { email: "admin@test.example", tid: OTHER_TENANT, oid: "1111aaaa-0000-4000-8000-00000000000a" };
    const res = await signInAs("outsider");
    expect(res.status).toBe(403);
    expect(await page(res)).toContain("Du er ikke registrert i Lederløp – kontakt HR");
    expect((await auditRows("sign_in.refused")).pop()).toMatchObject({ reason: "other_tenant", issuer: `entra:${OTHER_TENANT}` });
    expect(await getDb().selectFrom("person_identity").select("issuer").where("issuer", "=", `entra:${OTHER_TENANT}`).execute()).toEqual([]);
  });

  test("a wrong state is refused", async () => {
    const { authorizationUrl, flowCookie } = await start();
    const callback = await signInAtProvider(authorizationUrl, "hr");
    const res = await app.request(callback.replace(/state=[^&]+/, "state=forged"), { cookie: flowCookie });
    expect(res.status).toBe(400);
    expect(await page(res)).toContain("Innloggingen ble ikke godtatt");
    expect(sessionCookie(res)).toBeUndefined();
    expect(await lastFailure()).toMatchObject({ reason: "state_mismatch" });
  });

  test("a client that keeps sending bad callbacks is audited 20 times in 15 minutes, not once per request", async () => {
    const before = (await auditRows("sign_in.failed")).length;
    for (let i = 0; i < 25; i++) expect((await app.request("/auth/oidc/callback?code=x&state=y", { clientIp: "203.0.113.9" })).status).toBe(400);
    expect((await auditRows("sign_in.failed")).length).toBe(before + 20);
    // Another client is audited as before.
    await app.request("/auth/oidc/callback?code=x&state=y", { clientIp: "198.51.100.7" });
    expect((await auditRows("sign_in.failed")).length).toBe(before + 21);
  });

  test("a callback without the flow cookie (another browser, or older than ten minutes) is refused", async () => {
    const { authorizationUrl } = await start();
    const res = await app.request(await signInAtProvider(authorizationUrl, "hr"));
    expect(res.status).toBe(400);
    expect(await lastFailure()).toMatchObject({ reason: "no_flow" });
    // Its language chooser goes back to the sign-in page, not to a callback that cannot work twice.
    expect(await res.text()).toMatch(/name="back" value="\/logg-inn"/);
  });

  test("a replayed code is refused", async () => {
    const { authorizationUrl, flowCookie } = await start();
    const callback = await signInAtProvider(authorizationUrl, "hr");
    expect((await app.request(callback, { cookie: flowCookie })).status).toBe(302);
    const again = await app.request(callback, { cookie: flowCookie });
    expect(again.status).toBe(400);
    expect(await page(again)).toContain("Innloggingen ble ikke godtatt");
    expect(sessionCookie(again)).toBeUndefined();
    expect(await lastFailure()).toMatchObject({ reason: "code_rejected" });
  });

  test.each([
    ["another audience", (c: Record<string, unknown>) => ({ ...c, aud: "some-other-app" }), "token_rejected", /aud/],
    ["an expired token", (c: Record<string, unknown>) => ({ ...c, iat: Number(c.iat) - 7200, exp: Number(c.iat) - 3600 }), "token_expired", /exp/],
    ["another issuer", (c: Record<string, unknown>) => ({ ...c, iss: "https://login.microsoftonline.com/evil/v2.0" }), "token_rejected", /iss/],
    ["a wrong nonce", (c: Record<string, unknown>) => ({ ...c, nonce: "replayed-nonce" }), "token_rejected", /nonce/],
  ])("an ID token with %s is refused by the library", async (_name, tamper, reason, detail) => {
    const forger = await startForger({ idTokenClaims: tamper });
    setEnv(forger.env);
    try {
      const res = await signInAs("anyone");
      expect(res.status).toBe(400);
      expect(await page(res)).toContain("Innloggingen ble ikke godtatt");
      expect(sessionCookie(res)).toBeUndefined();
      const failure = await lastFailure();
      expect(failure).toMatchObject({ reason });
      expect(failure.detail).toMatch(detail);
    } finally {
      setEnv(provider.env);
      await forger.stop();
    }
  });

  test("the forger's correct token is accepted (so the refusals above are the tampering's doing)", async () => {
    await person("Frida Fersk", "frida@test.example", []);
    const forger = await startForger({ idTokenClaims: (c) => ({ ...c, email: "frida@test.example" }) });
    setEnv(forger.env);
    try {
      const res = await signInAs("anyone");
      expect(res.status).toBe(302);
      expect(sessionCookie(res)).toBeTruthy();
    } finally {
      setEnv(provider.env);
      await forger.stop();
    }
  });
});

describe("a slow or absent provider", () => {
  test("a provider that never answers gives a clear page after the timeout, not a hung request", async () => {
    const silent = await startSilentProvider();
    setEnv({ ...silent.env, OIDC_TIMEOUT_SECONDS: "1" });
    try {
      const res = await app.post("/auth/oidc", { neste: "" });
      expect(res.status, res.headers.get("Location") ?? "").toBe(503);
      expect(await res.text()).toContain("Microsoft svarer ikke akkurat nå");
      expect(await lastFailure()).toMatchObject({ reason: "unreachable" });
    } finally {
      setEnv({ ...provider.env, OIDC_TIMEOUT_SECONDS: undefined });
      await silent.stop();
    }
  });

  test("a provider that is down, at the start or between the start and the way back, gives the same page", async () => {
    const other = await startProvider({ appUrl: ORIGIN, accounts });
    setEnv(other.env);
    try {
      const { authorizationUrl, flowCookie } = await start();
      const callback = await signInAtProvider(authorizationUrl, "hr");
      await other.stop();
      const res = await app.request(callback, { cookie: flowCookie });
      expect(res.status).toBe(503);
      expect(await res.text()).toContain("Microsoft svarer ikke akkurat nå");
      expect(await lastFailure()).toMatchObject({ reason: "unreachable" });

      setEnv({ OIDC_ISSUER: `http://127.0.0.1:1/${TENANT}/v2.0` });
      const down = await app.post("/auth/oidc", { neste: "" });
      expect(down.status).toBe(503);
      expect(await down.text()).toContain("Microsoft svarer ikke akkurat nå");
    } finally {
      setEnv(provider.env);
    }
  });

  test("once the provider is back, sign-in works again (a failed discovery is not kept)", async () => {
    const res = await signInAs("hr");
    expect(res.status).toBe(302);
  });
});

describe("signing out", () => {
  test("ends the session and, signed in through the provider, goes to its end-session endpoint with the ID token as hint", async () => {
    const cookie = sessionCookie(await signInAs("hr"))!;
    const res = await app.post("/logg-ut", {}, cookie);
    expect(res.status).toBe(302);
    const to = new URL(res.headers.get("Location")!);
    expect(to.href.startsWith(`${provider.issuer}/session/end`)).toBe(true);
    expect(to.searchParams.get("post_logout_redirect_uri")).toBe(`${ORIGIN}/logg-inn`);
    expect(to.searchParams.get("id_token_hint")?.split(".")).toHaveLength(3);
    expect((await app.request("/ledere", { cookie })).status).toBe(302);
    // The provider accepts the request and sends the browser back.
    const ended = await fetch(to, { redirect: "manual" });
    expect(ended.status).toBeLessThan(500);
  });

  test("signed in with a link by email, sign-out stays in Lederløp", async () => {
    const cookie = await app.signIn("hr@test.example");
    const res = await app.post("/logg-ut", {}, cookie);
    expect(res.headers.get("Location")).toBe("/logg-inn");
  });
});

describe("settings", () => {
  test("EMAIL_SIGN_IN=off hides the email form and refuses links, old ones too", async () => {
    await requestSignInLink({ email: "hr@test.example" });
    const mail = await getDb().selectFrom("outbox").select("text_body").where("to_address", "=", "hr@test.example").orderBy("id", "desc").executeTakeFirstOrThrow();
    const token = /\/logg-inn\/([A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!;
    setEnv({ EMAIL_SIGN_IN: "off" });
    try {
      const page = await (await app.request("/logg-inn")).text();
      expect(page).toContain("Logg inn med Microsoft");
      expect(page).not.toContain("E-post på jobb");
      const tokens = await getDb().selectFrom("login_token").select("id").execute();
      const res = await app.post("/logg-inn?index", { email: "hr@test.example" });
      expect(res.status).toBe(403);
      expect(await res.text()).toContain("Innlogging med lenke på e-post er slått av her");
      expect(await getDb().selectFrom("login_token").select("id").execute()).toHaveLength(tokens.length);
      expect((await app.post(`/logg-inn/${token}`, {})).status).toBe(400);
    } finally {
      setEnv({ EMAIL_SIGN_IN: undefined });
    }
  });

  test("without OIDC settings there is no Microsoft button", async () => {
    setEnv({ OIDC_ISSUER: undefined });
    try {
      const page = await (await app.request("/logg-inn")).text();
      expect(page).not.toContain("Logg inn med Microsoft");
      expect(page).toContain("E-post på jobb");
      const audited = () => getDb().selectFrom("audit_log").select("id").where("action", "like", "sign_in.%").execute();
      const before = (await audited()).length;
      expect((await app.post("/auth/oidc", { neste: "/ledere" })).status, "no flow to start").toBe(404);
      expect(await audited()).toHaveLength(before);
    } finally {
      setEnv(provider.env);
    }
  });

  test("forms may post to the provider's origin (the sign-in and sign-out redirects), and only then", () => {
    expect(contentSecurityPolicy("n")).toContain(`form-action 'self' ${new URL(provider.issuer).origin};`);
    setEnv({ OIDC_ISSUER: undefined });
    expect(contentSecurityPolicy("n")).toContain("form-action 'self';");
    setEnv(provider.env);
  });

  test("the tenant comes from the issuer; a mistyped OIDC_GROUP_ROLES is an error, not wrong roles", () => {
    expect(oidcSettings()).toMatchObject({ tenantId: TENANT, groupRoles: expect.arrayContaining([{ role: "hr", group: GROUPS.hr }]) });
    for (const bad of ["hr", "boss:123", `tol:${GROUPS.hr}`, "hr:a:b"]) {
      setEnv({ OIDC_GROUP_ROLES: bad });
      expect(() => oidcSettings(), bad).toThrow(/OIDC_GROUP_ROLES/);
    }
    setEnv(provider.env);
  });
});
