import SCIMMY from "scimmy";
import { safeParse } from "zod/v4/core";
import { authenticateToken, type TokenHolder } from "~/models/integration-token.server";
import { ProvisioningError, type ProvisionedUser, type UserQuery } from "~/models/provisioning.server";
import { clientIp, hit, LIMITS } from "~/models/rate-limit.server";
import { appUrl } from "~/utils/env.server";
import { SCIM_CONTENT_TYPE, scimErrorBody } from "~/utils/scim-error";
import { hasControlChars, isId } from "~/validation/fields";
import { scimUserSchema, type ScimUserInput } from "~/validation/scim";
import { boundedRequest } from "./limits.server";

/**
 * SCIM 2.0 (RFC 7643/7644) for Entra ID's provisioning service: authentication, reading and
 * writing the protocol's JSON, and its error bodies. SCIMMY does the protocol's hard parts (the
 * filter grammar, the User and enterprise extension schemas, PatchOp with its paths and value
 * filters, the discovery resources); app/models/provisioning.server.ts says what a request means.
 */

const LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
const ENTERPRISE = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
/** The largest page a list answers with (ServiceProviderConfig's filter.maxResults). */
export const MAX_RESULTS = 100;

let configured = false;
function configure() {
  if (configured) return;
  SCIMMY.Config.set({
    documentationUri: undefined,
    patch: true,
    filter: { supported: true, maxResults: MAX_RESULTS },
    bulk: false,
    changePassword: false,
    sort: false,
    etag: false,
    authenticationSchemes: [{ type: "oauthbearertoken", name: "Bearer token", description: "A token from «Integrasjoner» or `npm run token`, in the Authorization header." }],
  });
  SCIMMY.Resources.declare(SCIMMY.Resources.User.extend(SCIMMY.Schemas.EnterpriseUser, false));
  SCIMMY.Resources.User.basepath(`${appUrl()}/scim/v2`);
  configured = true;
}

const HEADERS = { "Content-Type": SCIM_CONTENT_TYPE, "Cache-Control": "no-store" };

const scimText = (text: string, status: number, headers: Record<string, string>) => new Response(text, { status, headers: { ...HEADERS, ...headers } });

export const scimJson = (body: unknown, status = 200, headers: Record<string, string> = {}) => scimText(JSON.stringify(body), status, headers);

export const scimError = (status: number, detail: string, scimType?: string, headers: Record<string, string> = {}) => scimText(scimErrorBody(status, detail, scimType), status, headers);

/** A refusal thrown from anywhere below a SCIM route, answered as a SCIM error. */
class ScimRefusal extends Error {
  constructor(
    readonly status: number,
    readonly scimType: string | undefined,
    detail: string,
  ) {
    super(detail);
  }
}
const invalid = (scimType: string, detail: string) => new ScimRefusal(400, scimType, detail);

const TOKEN = /^[A-Za-z0-9_-]{20,200}$/;

/**
 * The token holder, or a 401 (missing, unknown or revoked token) with WWW-Authenticate. Failures
 * are counted per client address: past the limit they get 429 without a database lookup of the
 * token, so guessing costs the guesser more than us.
 */
async function authenticate(request: Request, context: unknown): Promise<TokenHolder | Response> {
  const header = request.headers.get("Authorization") ?? "";
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  const token = match?.[1];
  const holder = token && TOKEN.test(token) ? await authenticateToken({ token, scope: "scim" }) : null;
  if (holder) return holder;
  const wait = await hit(`scim-auth:${clientIp(context) ?? "unknown"}`, LIMITS.scimAuthPerClient);
  if (wait !== null) return scimError(429, "Too many failed attempts; try again later.", undefined, { "Retry-After": String(wait) });
  const challenge = token ? 'Bearer realm="Lederlop", error="invalid_token"' : 'Bearer realm="Lederlop"';
  return scimError(401, token ? "The bearer token is unknown or revoked." : "A bearer token is required.", undefined, { "WWW-Authenticate": challenge });
}

/**
 * Runs a SCIM request: authenticated, with every refusal (ours, the model's, SCIMMY's) answered as
 * a SCIM error body. Anything else is a bug and stays a 500.
 */
export async function scimRequest(request: Request, context: unknown, work: (token: TokenHolder) => Promise<Response>): Promise<Response> {
  const token = await authenticate(request, context);
  if (token instanceof Response) return token;
  configure();
  try {
    return await work(token);
  } catch (error) {
    if (error instanceof ScimRefusal) return scimError(error.status, error.message, error.scimType);
    if (error instanceof ProvisioningError) return scimError(error.status, error.message, error.scimType ?? undefined);
    if (error instanceof SCIMMY.Types.Error) return scimError(Number(error.status), error.message, error.scimType ?? undefined);
    if (error instanceof Response && error.status === 413) return scimError(413, "The request body is too large.");
    throw error;
  }
}

/** SCIMMY's own checks throw TypeErrors (a wrong type, a missing attribute): those are the client's. */
function scimmy<T>(scimType: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof SCIMMY.Types.Error) throw error;
    if (error instanceof TypeError || error instanceof RangeError || error instanceof SyntaxError) throw invalid(scimType, error.message);
    throw error;
  }
}

/** `/Users/:id`: our ids are plain positive 32-bit integers; anything else names nobody. */
export function userId(value: string | undefined): number {
  const n = /^[1-9]\d{0,9}$/.test(value ?? "") ? Number(value) : NaN;
  if (!isId(n)) throw new ScimRefusal(404, undefined, `Resource ${String(value).slice(0, 100)} not found`);
  return n;
}

export async function readJson(request: Request): Promise<Record<string, unknown>> {
  const text = await (await boundedRequest(request)).text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw invalid("invalidSyntax", "The request body is not valid JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw invalid("invalidSyntax", "The request body must be a JSON object.");
  return body as Record<string, unknown>;
}

/**
 * Entra ID sends `"active": "False"` (a string) in some tenants, and a manager as a one-element
 * list with a null `$ref`; SCIM wants a boolean and a single value. Everything else is left to
 * SCIMMY to judge.
 */
const asBoolean = (v: unknown) => (typeof v === "string" && /^(true|false)$/i.test(v) ? v.toLowerCase() === "true" : v);

/** Entra's manager: `[{ "$ref": null, "value": "…" }]`; SCIM's: `{ "value": "…" }`. (Lederløp does not keep it.) */
function managerValue(value: unknown): unknown {
  const one = Array.isArray(value) && value.length === 1 ? value[0] : value;
  return typeof one === "object" && one !== null && !Array.isArray(one) ? Object.fromEntries(Object.entries(one).filter(([, v]) => v !== null)) : one;
}

function entraQuirks(resource: Record<string, unknown>): Record<string, unknown> {
  return "active" in resource ? { ...resource, active: asBoolean(resource.active) } : resource;
}

function patchQuirks(message: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(message.Operations)) return message;
  const operations = message.Operations.map((op: unknown) => {
    if (typeof op !== "object" || op === null || Array.isArray(op)) return op;
    const { path, value } = op as { path?: unknown; value?: unknown };
    if (typeof path === "string" && path.toLowerCase() === "active") return { ...op, value: asBoolean(value) };
    if (typeof path === "string" && /(^|:)manager$/i.test(path)) return { ...op, value: managerValue(value) };
    if (path === undefined && typeof value === "object" && value !== null && !Array.isArray(value)) return { ...op, value: entraQuirks(value as Record<string, unknown>) };
    return op;
  });
  return { ...message, Operations: operations };
}

type UserResource = InstanceType<typeof SCIMMY.Schemas.User> & Record<string, unknown>;

const text = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : null);

/** The values Lederløp keeps, picked out of a SCIM User; a 400 invalidValue when they do not pass. */
function toInput(resource: UserResource): ScimUserInput {
  const r = resource as {
    userName?: string;
    externalId?: string;
    active?: boolean;
    displayName?: string;
    title?: string;
    name?: { formatted?: string; givenName?: string; familyName?: string };
    emails?: { value?: string; type?: string; primary?: boolean }[];
    [ENTERPRISE]?: { employeeNumber?: string; department?: string };
  };
  const emails = r.emails ?? [];
  const work = emails.find((e) => e.type === "work" && e.primary) ?? emails.find((e) => e.primary) ?? emails.find((e) => e.type === "work") ?? emails[0];
  const userName = r.userName ?? "";
  const given = [r.name?.givenName, r.name?.familyName].filter((s) => text(s)).join(" ");
  const raw = {
    userName,
    externalId: text(r.externalId),
    active: r.active ?? true,
    name: text(r.displayName) ?? text(r.name?.formatted) ?? (text(given) || userName),
    email: text(work?.value) ?? (userName.includes("@") ? userName : ""),
    position: r.title ?? "",
    employeeNumber: text(r[ENTERPRISE]?.employeeNumber),
    department: text(r[ENTERPRISE]?.department),
  };
  const result = safeParse(scimUserSchema, raw);
  if (!result.success) {
    const fields = [...new Set(result.error.issues.map((i) => String(i.path[0] ?? "value")))];
    throw invalid("invalidValue", `Invalid or missing value for: ${fields.join(", ")} (an email address is required; no control characters).`);
  }
  return result.data;
}

function resourceData(u: ProvisionedUser) {
  return {
    id: String(u.id),
    userName: u.userName,
    ...(u.externalId ? { externalId: u.externalId } : {}),
    displayName: u.name,
    name: { formatted: u.name },
    ...(u.position ? { title: u.position } : {}),
    active: u.active,
    emails: [{ value: u.email, type: "work", primary: true }],
    meta: { created: new Date(u.created), lastModified: new Date(u.lastModified) },
    [ENTERPRISE]: { ...(u.employeeNumber ? { employeeNumber: u.employeeNumber } : {}), ...(u.department ? { department: u.department } : {}) },
  };
}

type Attributes = InstanceType<typeof SCIMMY.Resources.User>["attributes"];

/** SCIMMY's reading of a request's query parameters (filter, attributes) into its own types. */
const UserQueryParams = SCIMMY.Resources.User as unknown as new (params: Record<string, string>) => { filter?: unknown; attributes?: Attributes };

export const userLocation = (u: ProvisionedUser) => `${appUrl()}/scim/v2/Users/${u.id}`;

export function userResource(u: ProvisionedUser, attributes?: Attributes) {
  return new SCIMMY.Schemas.User(resourceData(u), "out", `${appUrl()}/scim/v2/Users`, attributes);
}

/** `attributes` / `excludedAttributes` from the query string, parsed by SCIMMY. */
export function attributesOf(url: URL): Attributes {
  const params: Record<string, string> = {};
  for (const key of ["attributes", "excludedAttributes"]) {
    const v = url.searchParams.get(key);
    if (v !== null) params[key] = v;
  }
  return scimmy("invalidFilter", () => new UserQueryParams(params).attributes);
}

/** A new user, or a whole replacement, from a POST or PUT body. */
export async function userFromBody(request: Request): Promise<ScimUserInput> {
  const body = entraQuirks(await readJson(request));
  return toInput(scimmy("invalidValue", () => new SCIMMY.Schemas.User(body, "in") as UserResource));
}

/** A PATCH body, ready to apply to the user as they are now (undefined when nothing changes). */
export async function patchFromBody(request: Request): Promise<(current: ProvisionedUser) => Promise<ScimUserInput | undefined>> {
  const message = patchQuirks(await readJson(request));
  const patch = scimmy("invalidSyntax", () => new SCIMMY.Messages.PatchOp(message as unknown as ConstructorParameters<typeof SCIMMY.Messages.PatchOp>[0]));
  return async (current) => {
    let patched: UserResource | undefined;
    try {
      patched = (await patch.apply(userResource(current))) as UserResource | undefined;
    } catch (error) {
      if (error instanceof TypeError) throw invalid("invalidValue", error.message);
      throw error;
    }
    return patched === undefined ? undefined : toInput(patched);
  };
}

const FILTER_ATTRIBUTES: Record<string, keyof UserQuery> = { username: "userName", externalid: "externalId", id: "id" };

/**
 * A filter as conditions Lederløp can query: `eq` on userName, externalId, id or the email
 * (`emails.value`, `emails[type eq "work"].value`), joined by `and` — what Entra ID sends. Anything
 * else is a 400 invalidFilter. Null: the filter can match nobody (an id that is not one of ours, a
 * value with a control character).
 */
function queryOf(filter: string): UserQuery | null {
  const parsed = scimmy("invalidFilter", () => new UserQueryParams({ filter }).filter) as Record<string, unknown>[];
  if (parsed.length !== 1) throw invalid("invalidFilter", "Only eq, joined by and, is supported (no or).");
  const query: UserQuery = {};
  const eq = (cond: unknown): string => {
    if (Array.isArray(cond) && cond.length === 2 && cond[0] === "eq" && typeof cond[1] === "string") return cond[1];
    throw invalid("invalidFilter", "Only eq with a string value is supported.");
  };
  for (const [attribute, cond] of Object.entries(parsed[0]!)) {
    const key = attribute.toLowerCase();
    if (key === "emails" && typeof cond === "object" && cond !== null && !Array.isArray(cond)) {
      const { value, type, ...rest } = Object.fromEntries(Object.entries(cond).map(([k, v]) => [k.toLowerCase(), v]));
      if (Object.keys(rest).length || (type !== undefined && eq(type).toLowerCase() !== "work")) throw invalid("invalidFilter", "Only emails.value and emails[type eq \"work\"].value are supported.");
      query.email = eq(value);
    } else if (FILTER_ATTRIBUTES[key]) {
      const value = eq(cond);
      if (key === "id") {
        const n = /^[1-9]\d{0,9}$/.test(value) ? Number(value) : NaN;
        if (!isId(n)) return null;
        query.id = n;
      } else query[FILTER_ATTRIBUTES[key] as "userName" | "externalId"] = value;
    } else throw invalid("invalidFilter", `Filtering on ${attribute.slice(0, 100)} is not supported.`);
  }
  // No stored value holds a control character (the schema refuses them), and PostgreSQL refuses a
  // NUL in a parameter outright (a 500): such a filter matches nobody.
  return [query.userName, query.externalId, query.email].some((v) => v !== undefined && hasControlChars(v)) ? null : query;
}

const integer = (value: string | null, fallback: number) => (value !== null && /^-?\d{1,12}$/.test(value.trim()) ? Number(value.trim()) : fallback);

/** The list request's filter and page (startIndex 1-based; count at most MAX_RESULTS, negative as 0). */
export function listRequest(url: URL) {
  const filter = url.searchParams.get("filter");
  const query = filter === null ? {} : queryOf(filter);
  const startIndex = Math.min(Math.max(integer(url.searchParams.get("startIndex"), 1), 1), 2_147_483_647);
  const count = Math.min(Math.max(integer(url.searchParams.get("count"), MAX_RESULTS), 0), MAX_RESULTS);
  return { query, startIndex, count, attributes: attributesOf(url) };
}

export function listResponse(users: ProvisionedUser[], { total, startIndex, attributes }: { total: number; startIndex: number; attributes?: Attributes }) {
  return scimJson({ schemas: [LIST_SCHEMA], totalResults: total, startIndex, itemsPerPage: users.length, Resources: users.map((u) => userResource(u, attributes)) });
}

/** `/ServiceProviderConfig`, `/ResourceTypes[/id]`, `/Schemas[/id]`, as SCIMMY describes what is declared. */
export async function discovery(kind: "ServiceProviderConfig" | "ResourceTypes" | "Schemas", id?: string) {
  const named = id ? id : undefined;
  if (kind === "ServiceProviderConfig") return scimJson(await new SCIMMY.Resources.ServiceProviderConfig().read());
  const resource = kind === "ResourceTypes" ? SCIMMY.Resources.ResourceType : SCIMMY.Resources.Schema;
  try {
    return scimJson(await (named ? new resource(named) : new resource()).read());
  } catch (error) {
    if (error instanceof SCIMMY.Types.Error && Number(error.status) === 404) throw new ScimRefusal(404, undefined, `${kind.slice(0, -1)} ${named?.slice(0, 100)} not found`);
    throw error;
  }
}

export { ScimRefusal };
