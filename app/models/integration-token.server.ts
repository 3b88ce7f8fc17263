import { timingSafeEqual } from "node:crypto";
import { getDb, transaction } from "../../db/client.server";
import type { TokenScope } from "../../db/schema";
import { hashToken, newToken } from "../utils/crypto.server";
import { audit } from "./audit.server";
import { FieldError } from "./errors";
import { HttpError } from "./http-error";
import { recordUse } from "./queries.server";

/**
 * Bearer tokens for integrations (Entra ID's SCIM provisioning). The token itself is shown once,
 * when it is made; only its SHA-256 is kept, so a database leak authenticates nobody.
 */

export interface TokenHolder {
  id: number;
  name: string;
  scope: TokenScope;
}

/** A sync burst is hundreds of requests a minute: the last use is written at most once a minute. */
const LAST_USE_RESOLUTION_MS = 60_000;

export async function listTokens() {
  return getDb()
    .selectFrom("integration_token")
    .leftJoin("person", "person.id", "integration_token.created_by")
    .select([
      "integration_token.id",
      "integration_token.name",
      "integration_token.scope",
      "integration_token.created_at",
      "integration_token.last_used_at",
      "integration_token.revoked_at",
      "person.name as createdByName",
    ])
    .orderBy("integration_token.revoked_at", (ob) => ob.desc().nullsFirst())
    .orderBy("integration_token.created_at", "desc")
    .orderBy("integration_token.id", "desc")
    .execute();
}

/**
 * A new token; returns it in clear text, the only time it exists outside the caller's hands.
 * `actorId` is null from the command line (`npm run token`), which the audit row says.
 */
export async function createToken({ actorId, name, scope, now = new Date(), source }: { actorId: number | null; name: string; scope: TokenScope; now?: Date; source: string }) {
  return transaction(async (tx) => {
    // Two live tokens with one name would make the audit's «scim:<name>» ambiguous.
    const taken = await tx.selectFrom("integration_token").select("id").where("name", "=", name).where("revoked_at", "is", null).executeTakeFirst();
    if (taken) throw new FieldError("name", "integrations.nameTaken");
    const token = newToken();
    const row = await tx
      .insertInto("integration_token")
      .values({ name, scope, token_hash: hashToken(token), created_by: actorId, created_at: now.toISOString() })
      .returning("id")
      .executeTakeFirstOrThrow();
    await audit(tx, { actorId, action: "token.create", entity: "integration_token", entityId: row.id, after: { name, scope, source }, now });
    return { id: row.id, name, token };
  });
}

/** Revokes a token at once (requests carrying it are refused from now on); returns its name. */
export async function revokeToken({ actorId, tokenId, now = new Date() }: { actorId: number; tokenId: number; now?: Date }): Promise<string> {
  return transaction(async (tx) => {
    const before = await tx.selectFrom("integration_token").select(["name", "revoked_at"]).where("id", "=", tokenId).executeTakeFirst();
    if (!before) throw new HttpError(404);
    if (before.revoked_at !== null) return before.name;
    await tx.updateTable("integration_token").set({ revoked_at: now.toISOString() }).where("id", "=", tokenId).execute();
    await audit(tx, { actorId, action: "token.revoke", entity: "integration_token", entityId: tokenId, before: { name: before.name }, now });
    return before.name;
  });
}

/**
 * The live token with this value and scope, or null. Looked up by its hash (an index lookup on a
 * value the caller cannot steer prefix by prefix) and compared in constant time all the same.
 */
export async function authenticateToken({ token, scope, now = new Date() }: { token: string; scope: TokenScope; now?: Date }): Promise<TokenHolder | null> {
  const hash = hashToken(token);
  const row = await getDb()
    .selectFrom("integration_token")
    .select(["id", "name", "scope", "token_hash", "last_used_at"])
    .where("token_hash", "=", hash)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (!row || row.scope !== scope || !timingSafeEqual(Buffer.from(row.token_hash), Buffer.from(hash))) return null;
  await recordUse({ table: "integration_token", id: row.id, lastUsedAt: row.last_used_at, now, resolutionMs: LAST_USE_RESOLUTION_MS });
  return { id: row.id, name: row.name, scope: row.scope };
}
