/**
 * SCIM 2.0 provisioning as Entra ID drives it: the request sequence of Microsoft's «Develop and plan
 * provisioning for a SCIM endpoint» (user operations: query, create, update, disable, delete),
 * bearer tokens, refusals as SCIM error bodies, and what each request means in Lederløp.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { createToken, revokeToken } from "~/models/integration-token.server";
import { registerHire } from "~/models/person.server";
import { setRollout } from "~/models/rollout.server";
import { osloDate } from "~/utils/dates";
import { loadApp } from "./support/app";
import { asUser, freshDb, seedOrg } from "./support/db";
import { daysFromToday } from "./support/fuzz";

let app: Awaited<ReturnType<typeof loadApp>>;
let org: Awaited<ReturnType<typeof seedOrg>>;
let token: string;

const USER = "urn:ietf:params:scim:schemas:core:2.0:User";
const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
const PATCH = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
const ERROR = "urn:ietf:params:scim:api:messages:2.0:Error";

beforeAll(async () => {
  await freshDb();
  org = await seedOrg();
  await getDb().updateTable("unit").set({ code: "SYK-01" }).where("id", "=", org.unitA).execute();
  token = (await createToken({ actorId: null, name: "entra", scope: "scim", source: "test" })).token;
  app = await loadApp();
});

function scim(path: string, { method = "GET", body, auth = token }: { method?: string; body?: unknown; auth?: string | null } = {}) {
  const headers: Record<string, string> = { Accept: "application/scim+json" };
  if (auth !== null) headers.Authorization = `Bearer ${auth}`;
  if (body !== undefined) headers["Content-Type"] = "application/scim+json";
  return app.request(`/scim/v2${path}`, { method, headers, body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body) });
}

async function json(res: Response) {
  expect(res.headers.get("Content-Type")).toContain("application/scim+json");
  return (await res.json()) as Record<string, any>;
}

/** Microsoft's «Create User» request, with a userName and address of our own. */
const entraUser = (tag: string, extension: Record<string, string> = {}) => ({
  schemas: [USER, ENTERPRISE],
  externalId: `ext-${tag}`,
  userName: `${tag}@kommune.example`,
  active: true,
  emails: [{ primary: true, type: "work", value: `${tag}@kommune.example` }],
  meta: { resourceType: "User" },
  name: { formatted: "Kari Nordmann", familyName: "Nordmann", givenName: "Kari" },
  roles: [],
  ...(Object.keys(extension).length ? { [ENTERPRISE]: extension } : {}),
});

const filterUrl = (userName: string) => `/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`;

const auditRows = (personId: number) =>
  getDb().selectFrom("audit_log").select(["action", "actor_id", "after"]).where("entity", "=", "person").where("entity_id", "=", String(personId)).orderBy("id").execute();

describe("Entra ID's provisioning sequence", () => {
  test("query → not found → create → query → update → disable → delete", async () => {
    const missing = await scim(filterUrl("kari@kommune.example"));
    expect(missing.status).toBe(200);
    expect(await json(missing)).toMatchObject({ schemas: ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], totalResults: 0, Resources: [] });

    const created = await scim("/Users", { method: "POST", body: entraUser("kari", { employeeNumber: "701984", department: "syk-01" }) });
    expect(created.status).toBe(201);
    const user = await json(created);
    expect(user).toMatchObject({ userName: "kari@kommune.example", externalId: "ext-kari", active: true, [ENTERPRISE]: { employeeNumber: "701984", department: "syk-01" } });
    expect(created.headers.get("Location")).toBe(`http://localhost:3000/scim/v2/Users/${user.id}`);
    const id = Number(user.id);

    // A leader with the introduction path from today (Oslo), in the unit whose code was sent, welcomed by mail.
    const db = getDb();
    const person = await db.selectFrom("person").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(person).toMatchObject({ name: "Kari Nordmann", email: "kari@kommune.example", unit_id: org.unitA, start_date: osloDate(), employee_number: "701984", external_id: "ext-kari", active: 1 });
    expect(await db.selectFrom("person_role").select("role").where("person_id", "=", id).execute()).toEqual([{ role: "leader" }]);
    expect(await db.selectFrom("path").select("id").where("person_id", "=", id).execute()).toHaveLength(1);
    expect(await db.selectFrom("outbox").select("kind").where("to_person_id", "=", id).execute()).toEqual([{ kind: "welcome" }]);
    const register = (await auditRows(id)).find((r) => r.action === "person.register")!;
    expect(register.actor_id).toBeNull();
    expect(JSON.parse(register.after!)).toMatchObject({ source: "scim:entra" });

    const found = await json(await scim(filterUrl("KARI@kommune.example")));
    expect(found).toMatchObject({ totalResults: 1, Resources: [{ id: user.id }] });
    expect((await json(await scim(`/Users/${id}`))).userName).toBe("kari@kommune.example");

    // «Update User [Multi-valued properties]» and «[Single-valued properties]», capitalised as Entra sends them.
    const updated = await scim(`/Users/${id}`, {
      method: "PATCH",
      body: {
        schemas: [PATCH],
        Operations: [
          { op: "Replace", path: 'emails[type eq "work"].value', value: "kari.n@kommune.example" },
          { op: "Replace", path: "name.familyName", value: "updatedFamilyName" },
          { op: "Replace", path: "userName", value: "kari.n@kommune.example" },
          { op: "Add", path: `${ENTERPRISE}:employeeNumber`, value: "701985" },
          { op: "Replace", path: "displayName", value: "Kari N. Nordmann" },
        ],
      },
    });
    expect(updated.status).toBe(200);
    expect(await json(updated)).toMatchObject({ userName: "kari.n@kommune.example", displayName: "Kari N. Nordmann", emails: [{ value: "kari.n@kommune.example" }], [ENTERPRISE]: { employeeNumber: "701985" } });
    expect(await db.selectFrom("person").select(["email", "name", "employee_number"]).where("id", "=", id).executeTakeFirst()).toEqual({ email: "kari.n@kommune.example", name: "Kari N. Nordmann", employee_number: "701985" });
    expect((await json(await scim(filterUrl("kari.n@kommune.example")))).totalResults).toBe(1);

    // «Disable User»: the string "False" some tenants send.
    const disabled = await scim(`/Users/${id}`, { method: "PATCH", body: { schemas: [PATCH], Operations: [{ op: "Replace", path: "active", value: "False" }] } });
    expect(disabled.status).toBe(200);
    expect((await json(disabled)).active).toBe(false);
    expect(await db.selectFrom("person").select(["active"]).where("id", "=", id).executeTakeFirst()).toEqual({ active: 0 });
    expect((await auditRows(id)).map((r) => r.action)).toContain("person.leave");

    const deleted = await scim(`/Users/${id}`, { method: "DELETE" });
    expect(deleted.status).toBe(204);
    const gone = await scim(`/Users/${id}`);
    expect(gone.status).toBe(404);
    expect(await json(gone)).toMatchObject({ schemas: [ERROR], status: "404" });
    // Lederløp keeps the person and their history; they are only no longer bound to the directory.
    expect(await db.selectFrom("person").select(["active", "user_name", "left_at"]).where("id", "=", id).executeTakeFirstOrThrow()).toMatchObject({ active: 0, user_name: null });
    for (const r of (await auditRows(id)).filter((r) => r.action.startsWith("person.scim"))) {
      expect(r.actor_id).toBeNull();
      expect(JSON.parse(r.after!).source).toBe("scim:entra");
    }
  });

  test("Entra's no-path value object with «active»: «False» and its manager as a list are understood", async () => {
    const id = (await json(await scim("/Users", { method: "POST", body: entraUser("ola") }))).id;
    const manager = await scim(`/Users/${id}`, { method: "PATCH", body: { schemas: [PATCH], Operations: [{ op: "Add", path: `${ENTERPRISE}:manager`, value: [{ $ref: null, value: "2819c223" }] }] } });
    expect(manager.status, JSON.stringify(await manager.clone().json())).toBe(200);
    const res = await scim(`/Users/${id}`, { method: "PATCH", body: { schemas: [PATCH], Operations: [{ op: "Replace", value: { active: "False", displayName: "Ola Nordmann" } }] } });
    expect(res.status).toBe(200);
    expect(await getDb().selectFrom("person").select(["active", "name"]).where("id", "=", Number(id)).executeTakeFirst()).toEqual({ active: 0, name: "Ola Nordmann" });
  });

  test("PUT replaces the user, and the discovery endpoints describe what is offered", async () => {
    const id = (await json(await scim("/Users", { method: "POST", body: entraUser("per") }))).id;
    const put = await scim(`/Users/${id}`, { method: "PUT", body: { ...entraUser("per"), displayName: "Per Hansen", title: "Rektor" } });
    expect(put.status).toBe(200);
    expect(await json(put)).toMatchObject({ displayName: "Per Hansen", title: "Rektor" });

    const config = await json(await scim("/ServiceProviderConfig"));
    expect(config).toMatchObject({ patch: { supported: true }, filter: { supported: true, maxResults: 100 }, bulk: { supported: false } });
    const types = await json(await scim("/ResourceTypes"));
    expect(types.Resources[0]).toMatchObject({ id: "User", endpoint: "/Users", schemaExtensions: [{ schema: ENTERPRISE, required: false }] });
    expect((await scim("/ResourceTypes/User")).status).toBe(200);
    const schemas = await json(await scim("/Schemas"));
    expect(schemas.Resources.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining([USER, ENTERPRISE]));
    expect((await scim(`/Schemas/${ENTERPRISE}`)).status).toBe(200);
    expect((await scim("/Schemas/urn:nothing")).status).toBe(404);
    const groups = await scim("/Groups");
    expect(groups.status).toBe(404);
    expect((await json(groups)).schemas).toEqual([ERROR]);
  });

  test("lists page with startIndex and count", async () => {
    for (const tag of ["page1", "page2"]) await scim("/Users", { method: "POST", body: entraUser(tag) });
    const all = await json(await scim("/Users?count=100"));
    expect(all.totalResults).toBeGreaterThanOrEqual(2);
    const second = await json(await scim("/Users?startIndex=2&count=1"));
    expect(second).toMatchObject({ totalResults: all.totalResults, startIndex: 2, itemsPerPage: 1 });
    expect(second.Resources[0].id).toBe(all.Resources[1].id);
    const none = await json(await scim("/Users?count=0"));
    expect(none).toMatchObject({ totalResults: all.totalResults, Resources: [] });
    const only = await json(await scim(`/Users?attributes=userName&filter=${encodeURIComponent('userName eq "page1@kommune.example"')}`));
    expect(only.Resources[0]).toMatchObject({ userName: "page1@kommune.example" });
    expect(only.Resources[0].emails).toBeUndefined();
  });
});

describe("people HR registered, departments and transfers", () => {
  test("the first sync binds to a person HR registered (by address or employee number) instead of duplicating them", async () => {
    const hr = await asUser(org.hr);
    const byMail = await registerHire({ actor: hr, input: { name: "Eva Hansen", email: "eva@kommune.example", unitId: org.unitB, position: "rektor", startDate: daysFromToday(-30), templateId: org.templateId } });
    const res = await scim("/Users", { method: "POST", body: entraUser("eva", { employeeNumber: "1001" }) });
    expect(res.status).toBe(201);
    expect((await json(res)).id).toBe(String(byMail.id));
    const db = getDb();
    expect(await db.selectFrom("person").select(["external_id", "employee_number", "start_date"]).where("id", "=", byMail.id).executeTakeFirst()).toEqual({ external_id: "ext-eva", employee_number: "1001", start_date: daysFromToday(-30) });
    expect(await db.selectFrom("path").select("id").where("person_id", "=", byMail.id).execute()).toHaveLength(1);

    // HR typed a private address, but the employee number is the same person; they had left, and come back.
    const byNumber = await registerHire({ actor: hr, input: { name: "Lars Berg", email: "lars.privat@test.example", unitId: org.unitB, position: "leder", startDate: daysFromToday(-10), templateId: org.templateId } });
    await db.updateTable("person").set({ employee_number: "2002", active: 0, left_at: new Date().toISOString() }).where("id", "=", byNumber.id).execute();
    const lars = await scim("/Users", { method: "POST", body: entraUser("lars", { employeeNumber: "2002" }) });
    expect((await json(lars)).id).toBe(String(byNumber.id));
    expect(await db.selectFrom("person").select(["email", "active", "left_at"]).where("id", "=", byNumber.id).executeTakeFirst()).toEqual({ email: "lars@kommune.example", active: 1, left_at: null });
    expect((await auditRows(byNumber.id)).map((r) => r.action)).toEqual(expect.arrayContaining(["person.scim.bind", "person.return"]));
  });

  test("a duplicate userName is 409 uniqueness and writes nothing", async () => {
    await scim("/Users", { method: "POST", body: entraUser("dup") });
    const count = async () => (await getDb().selectFrom("person").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n;
    const before = await count();
    const again = await scim("/Users", { method: "POST", body: { ...entraUser("dup"), externalId: "other", emails: [{ primary: true, type: "work", value: "other@kommune.example" }] } });
    expect(again.status).toBe(409);
    expect(await json(again)).toMatchObject({ schemas: [ERROR], status: "409", scimType: "uniqueness" });
    expect(await count()).toBe(before);
    // A retry racing its original: one is created, the other refused, never a 500.
    const race = await Promise.all([0, 1, 2].map(() => scim("/Users", { method: "POST", body: entraUser("race") })));
    expect(race.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(await count()).toBe(before + 1);
  });

  test("a department matches a unit by code or by name, ignoring case; an unknown one leaves the unit empty and says so in the audit log", async () => {
    const db = getDb();
    const byName = await json(await scim("/Users", { method: "POST", body: entraUser("name", { department: "SKOLEN" }) }));
    expect((await db.selectFrom("person").select("unit_id").where("id", "=", Number(byName.id)).executeTakeFirstOrThrow()).unit_id).toBe(org.unitB);
    const unknown = await scim("/Users", { method: "POST", body: entraUser("unknown", { department: "Kulturhuset" }) });
    expect(unknown.status).toBe(201);
    const id = Number((await json(unknown)).id);
    expect((await db.selectFrom("person").select("unit_id").where("id", "=", id).executeTakeFirstOrThrow()).unit_id).toBeNull();
    const row = (await auditRows(id)).find((r) => r.action === "person.scim.unknownDepartment")!;
    expect(JSON.parse(row.after!)).toEqual({ source: "scim:entra", department: "Kulturhuset" });
    // The welcome mail still goes, without a unit to name.
    const welcome = await db.selectFrom("outbox").select(["kind", "text_body"]).where("to_person_id", "=", id).executeTakeFirstOrThrow();
    expect(welcome.kind).toBe("welcome");
    expect(welcome.text_body).toContain("Velkommen som Leder! I Lederløp");
  });

  test("a new department is a transfer: history kept, the pre-rollout path added when the new unit has a rollout", async () => {
    await setRollout({ user: await asUser(org.tolA), unitId: org.unitA, startDate: daysFromToday(60), guidanceMonths: 6 });
    const db = getDb();
    const id = Number((await json(await scim("/Users", { method: "POST", body: entraUser("flytt", { department: "Skolen" }) }))).id);
    const step = await db.selectFrom("path_step").innerJoin("path", "path.id", "path_step.path_id").select("path_step.id").where("path.person_id", "=", id).executeTakeFirstOrThrow();
    await db.insertInto("step_completion").values({ path_step_id: step.id, completed_at: new Date().toISOString(), completed_by: id, evidence_date: osloDate(), evidence_note: null, confirmed: 0, undone_at: null, undone_by: null }).execute();
    const res = await scim(`/Users/${id}`, { method: "PATCH", body: { schemas: [PATCH], Operations: [{ op: "Replace", path: `${ENTERPRISE}:department`, value: "Sykehjemmet" }] } });
    expect(res.status).toBe(200);
    // Answered as sent, not as the unit's code: Entra ID compares, and a difference makes it PATCH again every cycle.
    expect((await json(res))[ENTERPRISE].department).toBe("Sykehjemmet");
    expect((await json(await scim(`/Users/${id}`)))[ENTERPRISE].department).toBe("Sykehjemmet");
    expect((await db.selectFrom("person").select("unit_id").where("id", "=", id).executeTakeFirstOrThrow()).unit_id).toBe(org.unitA);
    const audited = (await auditRows(id)).length;
    const again = await scim(`/Users/${id}`, { method: "PATCH", body: { schemas: [PATCH], Operations: [{ op: "Replace", path: `${ENTERPRISE}:department`, value: "Sykehjemmet" }] } });
    expect(again.status).toBe(200);
    expect((await auditRows(id)).length).toBe(audited);
    expect(await db.selectFrom("path").select("id").where("person_id", "=", id).execute()).toHaveLength(2);
    expect(await db.selectFrom("step_completion").select("id").where("path_step_id", "=", step.id).execute()).toHaveLength(1);
    const transfer = (await auditRows(id)).find((r) => r.action === "person.transfer")!;
    expect(JSON.parse(transfer.after!)).toMatchObject({ unitId: org.unitA, source: "scim:entra", preRolloutPath: true });
  });

  test("deactivation stops planned reminders and signs the person out", async () => {
    const db = getDb();
    const id = Number((await json(await scim("/Users", { method: "POST", body: entraUser("borte") }))).id);
    const cookie = await app.signIn("borte@kommune.example");
    const page = await app.request("/mitt-lop", { cookie });
    await page.text();
    expect(page.status).toBe(200);
    const now = new Date().toISOString();
    const reminder = await db
      .insertInto("outbox")
      .values({ kind: "reminder_due", to_address: "borte@kommune.example", to_person_id: id, subject: "Frist", text_body: "x", html_body: "x", created_at: now, send_after: now, status: "pending", dedupe_key: `test:${id}` })
      .returning("id")
      .executeTakeFirstOrThrow();
    const res = await scim(`/Users/${id}`, { method: "PATCH", body: { schemas: [PATCH], Operations: [{ op: "replace", path: "active", value: false }] } });
    expect(res.status).toBe(200);
    expect((await db.selectFrom("outbox").select("status").where("id", "=", reminder.id).executeTakeFirstOrThrow()).status).toBe("cancelled");
    expect(await db.selectFrom("session").select("id_hash").where("person_id", "=", id).execute()).toEqual([]);
    expect((await app.request("/mitt-lop", { cookie })).status).toBe(302);
  });
});

describe("refusals, as SCIM error bodies", () => {
  test("a missing, unknown or revoked token is 401 with WWW-Authenticate; a good one records its last use at most once a minute", async () => {
    const spare = await createToken({ actorId: null, name: "spare", scope: "scim", source: "test" });
    for (const auth of [null, "", "not-a-token", "x".repeat(43), spare.token.slice(0, -1)]) {
      const res = await scim("/Users", { auth });
      expect(res.status, String(auth)).toBe(401);
      expect(res.headers.get("WWW-Authenticate")).toMatch(/^Bearer realm="Lederlop"/);
      expect(await json(res)).toMatchObject({ schemas: [ERROR], status: "401" });
    }
    const db = getDb();
    const lastUse = () => db.selectFrom("integration_token").select("last_used_at").where("id", "=", spare.id).executeTakeFirstOrThrow();
    expect((await lastUse()).last_used_at).toBeNull();
    expect((await scim("/Users", { auth: spare.token })).status).toBe(200);
    const first = (await lastUse()).last_used_at;
    expect(first).not.toBeNull();
    expect((await scim("/Users", { auth: spare.token })).status).toBe(200);
    expect((await lastUse()).last_used_at).toBe(first);

    await revokeToken({ actorId: org.admin, tokenId: spare.id });
    const revoked = await scim("/Users", { auth: spare.token });
    expect(revoked.status).toBe(401);
    expect(revoked.headers.get("WWW-Authenticate")).toContain('error="invalid_token"');
  });

  test("filters other than eq on userName, externalId, id or the email are 400 invalidFilter", async () => {
    for (const filter of ['userName xx "a"', 'displayName eq "a"', 'userName eq "a" or userName eq "b"', "(((", "userName eq", 'userName gt "a"', 'emails[type eq "home"].value eq "a"', "\u0000"]) {
      const res = await scim(`/Users?filter=${encodeURIComponent(filter)}`);
      expect(res.status, filter).toBe(400);
      expect(await json(res)).toMatchObject({ schemas: [ERROR], status: "400", scimType: "invalidFilter" });
    }
    expect((await json(await scim(`/Users?filter=${encodeURIComponent('externalId eq "ext-per"')}`))).totalResults).toBe(1);
    expect((await json(await scim(`/Users?filter=${encodeURIComponent('emails[type eq "work"].value eq "PER@kommune.example"')}`))).totalResults).toBe(1);
    expect((await json(await scim(`/Users?filter=${encodeURIComponent('id eq "99999999999"')}`))).totalResults).toBe(0);
    // A NUL inside a value is a well-formed filter that matches nobody (PostgreSQL refused the query: a 500).
    for (const filter of ['userName eq "\u0000"', 'externalId eq "a\u0000b"', 'emails[type eq "work"].value eq "\u0000@x"']) {
      const res = await scim(`/Users?filter=${encodeURIComponent(filter)}`);
      expect(res.status, filter).toBe(200);
      expect((await json(res)).totalResults).toBe(0);
    }
  });

  test("unknown ids are 404, and so is anyone not provisioned (an admin's record cannot be read or changed by id)", async () => {
    for (const id of ["999999", "abc", "0", "-1", "99999999999", "1e3", String(org.admin)]) {
      for (const method of ["GET", "PATCH", "PUT", "DELETE"]) {
        const body = method === "PATCH" ? { schemas: [PATCH], Operations: [{ op: "replace", path: "active", value: false }] } : method === "PUT" ? entraUser("ghost") : undefined;
        const res = await scim(`/Users/${id}`, { method, body });
        expect(res.status, `${method} ${id}`).toBe(404);
        expect(await json(res)).toMatchObject({ schemas: [ERROR], status: "404" });
      }
    }
    expect((await getDb().selectFrom("person").select("active").where("id", "=", org.admin).executeTakeFirstOrThrow()).active).toBe(1);
  });

  test("malformed JSON, wrong types, NUL characters and oversized bodies are refused without a write", async () => {
    const db = getDb();
    const people = async () => (await db.selectFrom("person").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n;
    const before = await people();
    const cases: [unknown, number, string][] = [
      ['{"userName":', 400, "invalidSyntax"],
      ["[]", 400, "invalidSyntax"],
      [{ ...entraUser("t1"), userName: 5 }, 400, "invalidValue"],
      [{ ...entraUser("t2"), active: "maybe" }, 400, "invalidValue"],
      [{ ...entraUser("t3"), userName: "kari\u0000@kommune.example" }, 400, "invalidValue"],
      [{ ...entraUser("t4"), displayName: "Kari\u0000" }, 400, "invalidValue"],
      [{ ...entraUser("t5"), emails: [{ value: "not-an-address", type: "work", primary: true }], userName: "t5" }, 400, "invalidValue"],
      [{ ...entraUser("t6"), displayName: "x".repeat(121) }, 400, "invalidValue"],
      [{ ...entraUser("t7"), displayName: "x".repeat(70_000) }, 413, ""],
    ];
    for (const [body, status, scimType] of cases) {
      const res = await scim("/Users", { method: "POST", body });
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      const error = await json(res);
      expect(error.schemas).toEqual([ERROR]);
      if (scimType) expect(error.scimType).toBe(scimType);
    }
    expect(await people()).toBe(before);
  });
});

describe("tokens from the command line", () => {
  test("`npm run token -- --name … --scope scim` prints a token that works, audited with no actor", async () => {
    const out = execFileSync(join(process.cwd(), "node_modules", ".bin", "tsx"), ["bin/token.ts", "--name", "cli-entra", "--scope", "scim"], { env: process.env, encoding: "utf8" });
    const printed = out.trim().split("\n").pop()!;
    expect(printed).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await scim("/Users", { auth: printed })).status).toBe(200);
    const row = await getDb().selectFrom("integration_token").select(["id", "token_hash", "created_by"]).where("name", "=", "cli-entra").executeTakeFirstOrThrow();
    expect(row.created_by).toBeNull();
    expect(row.token_hash).not.toContain(printed);
    const a = await getDb().selectFrom("audit_log").select(["actor_id", "after"]).where("action", "=", "token.create").where("entity_id", "=", String(row.id)).executeTakeFirstOrThrow();
    expect(a.actor_id).toBeNull();
    expect(JSON.parse(a.after!)).toMatchObject({ name: "cli-entra", scope: "scim", source: "cli" });
  });
});

describe("«Integrasjoner»", () => {
  test("an admin creates a token (shown once, stored hashed), a taken name is a field error, and revoking is audited; HR may not", async () => {
    const admin = await app.signIn("admin@test.example");
    const hr = await app.signIn("hr@test.example");
    const status = async (res: Promise<Response>) => {
      const r = await res;
      await r.text();
      return r.status;
    };
    expect(await status(app.request("/integrasjoner", { cookie: hr }))).toBe(403);
    expect(await status(app.post("/integrasjoner", { intent: "create", name: "hr-try" }, hr))).toBe(403);

    const created = await app.post("/integrasjoner", { intent: "create", name: "entra-prod" }, admin);
    expect(created.status).toBe(200);
    const html = await created.text();
    const shown = /id="created-token"[^>]*value="([A-Za-z0-9_-]{43})"/.exec(html)?.[1] ?? /value="([A-Za-z0-9_-]{43})"[^>]*id="created-token"/.exec(html)?.[1];
    expect(shown).toBeDefined();
    expect((await scim("/Users", { auth: shown! })).status).toBe(200);
    const page = await (await app.request("/integrasjoner", { cookie: admin })).text();
    expect(page).toContain("entra-prod");
    expect(page).not.toContain(shown!);

    const taken = await app.post("/integrasjoner", { intent: "create", name: "entra-prod" }, admin);
    expect(taken.status).toBe(400);
    expect(await taken.text()).toContain("En nøkkel i bruk har allerede dette navnet.");
    const short = await app.post("/integrasjoner", { intent: "create", name: "" }, admin);
    expect(short.status).toBe(400);
    expect(await short.text()).toContain('aria-invalid="true"');

    const row = await getDb().selectFrom("integration_token").select("id").where("name", "=", "entra-prod").executeTakeFirstOrThrow();
    expect(await status(app.post("/integrasjoner", { intent: "revoke", tokenId: String(row.id) }, admin))).toBe(302);
    expect((await scim("/Users", { auth: shown! })).status).toBe(401);
    const audit = await getDb().selectFrom("audit_log").select(["action", "actor_id"]).where("entity", "=", "integration_token").where("entity_id", "=", String(row.id)).orderBy("id").execute();
    expect(audit).toEqual([
      { action: "token.create", actor_id: org.admin },
      { action: "token.revoke", actor_id: org.admin },
    ]);
    expect(await status(app.post("/integrasjoner", { intent: "revoke", tokenId: "999999" }, admin))).toBe(404);
  });
});
