import { transaction, type DB } from "../../db/client.server";
import type { Role } from "../../db/schema";
import type { OidcSettings } from "~/utils/env.server";
import { audit } from "./audit.server";
import { openSession } from "./sign-in.server";

/** The ID token's claims that sign-in reads; the library has already checked issuer, audience, expiry and signature. */
export interface ProviderClaims {
  iss: string;
  sub: string;
  tid?: unknown;
  oid?: unknown;
  email?: unknown;
  email_verified?: unknown;
  preferred_username?: unknown;
  groups?: unknown;
  _claim_names?: unknown;
}

/** Why a valid token still opens no session. */
export type ProviderRefusal = "not_registered" | "inactive" | "other_tenant" | "unverified_address" | "already_bound";

export type ProviderSignIn = { ok: true; sessionId: string; personId: number } | { ok: false; reason: ProviderRefusal };

/** Why sign-in through the provider failed before a token was accepted (the adapter's findings). */
export type ProviderFailure = "no_flow" | "state_mismatch" | "provider_error" | "code_rejected" | "token_rejected" | "token_expired" | "unreachable" | "failed";

const text = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);

/**
 * Who the token is about, for good: Entra ID's tenant + object id (stable across renames and the
 * same for every app of the tenant), else the issuer + subject of any other provider.
 */
export function identityOf(claims: ProviderClaims): { issuer: string; subject: string } {
  const tid = text(claims.tid);
  const oid = text(claims.oid);
  return tid && oid ? { issuer: `entra:${tid.toLowerCase()}`, subject: oid.toLowerCase() } : { issuer: claims.iss, subject: claims.sub };
}

/**
 * Signs a person in from a validated ID token: finds them by their bound identity (never by address
 * once bound), or on the first sign-in matches the address HR registered, once, and binds it. Then
 * maps their groups to roles and opens a session, all in one transaction with its audit rows.
 */
export async function signInWithProvider({
  claims,
  idToken,
  settings,
  now = new Date(),
}: {
  claims: ProviderClaims;
  idToken: string;
  settings: Pick<OidcSettings, "tenantId" | "groupRoles">;
  now?: Date;
}): Promise<ProviderSignIn> {
  const identity = identityOf(claims);
  return transaction(async (tx) => {
    const refuse = async (reason: ProviderRefusal, personId: number | null = null) => {
      await audit(tx, {
        actorId: null,
        action: "sign_in.refused",
        entity: "sign_in",
        entityId: personId ?? identity.subject,
        after: { reason, ...identity, email: text(claims.email) ?? text(claims.preferred_username) },
        now,
      });
      return { ok: false as const, reason };
    };

    const bound = await tx
      .selectFrom("person_identity")
      .innerJoin("person", "person.id", "person_identity.person_id")
      .select(["person.id", "person.active"])
      .where("person_identity.issuer", "=", identity.issuer)
      .where("person_identity.subject", "=", identity.subject)
      .executeTakeFirst();
    let personId: number;
    if (bound) {
      if (!bound.active) return refuse("inactive", bound.id);
      personId = bound.id;
    } else {
      const tid = text(claims.tid)?.toLowerCase();
      // An address is only trusted from the municipality's own tenant: anyone can name themselves
      // anything in a tenant of their own. Another provider's address must be verified.
      if (tid && tid !== settings.tenantId) return refuse("other_tenant");
      if (!tid && claims.email_verified === false) return refuse("unverified_address");
      const addresses = [text(claims.email), text(claims.preferred_username)].filter((a): a is string => !!a).map((a) => a.toLowerCase());
      const person = addresses.length
        ? await tx.selectFrom("person").select(["id", "email", "active"]).where("email", "in", addresses).orderBy("active", "desc").executeTakeFirst()
        : undefined;
      if (!person) return refuse("not_registered");
      if (!person.active) return refuse("inactive", person.id);
      // One identity per provider and person: a second account with the same address is not them.
      const other = await tx.selectFrom("person_identity").select("subject").where("person_id", "=", person.id).where("issuer", "=", identity.issuer).executeTakeFirst();
      if (other) return refuse("already_bound", person.id);
      // Two first sign-ins at once (two tabs) bind once.
      await tx
        .insertInto("person_identity")
        .values({ ...identity, person_id: person.id, created_at: now.toISOString() })
        .onConflict((oc) => oc.columns(["issuer", "subject"]).doNothing())
        .execute();
      await audit(tx, { actorId: null, action: "person.identity_bound", entity: "person", entityId: person.id, after: { ...identity, matchedBy: person.email }, now });
      personId = person.id;
    }

    await tx
      .updateTable("person_identity")
      .set({ last_sign_in_at: now.toISOString() })
      .where("issuer", "=", identity.issuer)
      .where("subject", "=", identity.subject)
      .execute();
    if (settings.groupRoles.length > 0) await rolesFromGroups(tx, { personId, claims, groupRoles: settings.groupRoles, now });
    return { ok: true as const, personId, sessionId: await openSession(tx, { personId, now, idToken }) };
  });
}

/**
 * Grants the roles the person's groups map to and takes away group roles they no longer have; roles
 * granted in Lederløp stay. When the provider left the groups out because there were too many
 * (Entra ID's overage: `_claim_names.groups`), nothing changes and the audit log says so.
 */
async function rolesFromGroups(tx: DB, { personId, claims, groupRoles, now }: { personId: number; claims: ProviderClaims; groupRoles: OidcSettings["groupRoles"]; now: Date }) {
  const current = await tx.selectFrom("person_role").select(["role", "source"]).where("person_id", "=", personId).execute();
  const names = claims._claim_names;
  if (names && typeof names === "object" && "groups" in names) {
    await audit(tx, { actorId: null, action: "person.groups_overage", entity: "person", entityId: personId, after: { kept: current.map((r) => r.role).sort() }, now });
    return;
  }
  const groups = new Set(Array.isArray(claims.groups) ? claims.groups.filter((g): g is string => typeof g === "string").map((g) => g.toLowerCase()) : []);
  const wanted = new Set<Role>(groupRoles.filter((m) => groups.has(m.group)).map((m) => m.role));
  const has = new Set(current.map((r) => r.role));
  const grant = [...wanted].filter((role) => !has.has(role)).sort();
  const revoke = current.filter((r) => r.source === "groups" && !wanted.has(r.role)).map((r) => r.role).sort();
  if (grant.length === 0 && revoke.length === 0) return;
  if (grant.length) await tx.insertInto("person_role").values(grant.map((role) => ({ person_id: personId, role, source: "groups" as const }))).execute();
  if (revoke.length) await tx.deleteFrom("person_role").where("person_id", "=", personId).where("role", "in", revoke).execute();
  await audit(tx, {
    actorId: null,
    action: "person.roles_from_groups",
    entity: "person",
    entityId: personId,
    before: { roles: [...has].sort() },
    after: { granted: grant, revoked: revoke },
    now,
  });
}

/** Records why a sign-in through the provider failed before any person was known. */
export async function recordProviderFailure({ reason, detail, now = new Date() }: { reason: ProviderFailure; detail: string; now?: Date }) {
  await transaction((tx) => audit(tx, { actorId: null, action: "sign_in.failed", entity: "sign_in", entityId: "oidc", after: { reason, detail: detail.slice(0, 500) }, now }));
}
