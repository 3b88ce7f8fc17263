import { sql } from "kysely";
import { getDb } from "../../db/client.server";
import { hashToken } from "../utils/crypto.server";

export interface Limit {
  max: number;
  windowMs: number;
}

export const LIMITS = {
  signInPerAddress: { max: 5, windowMs: 15 * 60_000 },
  signInPerClient: { max: 20, windowMs: 15 * 60_000 },
  redeemPerClient: { max: 20, windowMs: 15 * 60_000 },
  /** Failed SCIM authentications; a configured Entra ID never fails, so this is only guessers. */
  scimAuthPerClient: { max: 20, windowMs: 15 * 60_000 },
  /** Failed returns from the provider that are audited; beyond this a client's failures are not (the log cannot be flooded). */
  providerFailuresAuditedPerClient: { max: 20, windowMs: 15 * 60_000 },
  /** Calendar feed addresses that open nothing; a subscribed calendar never asks for one, so this is only guessers. */
  calendarFeedPerClient: { max: 20, windowMs: 15 * 60_000 },
} satisfies Record<string, Limit>;

/**
 * Counts one hit in a fixed window kept in the database, so every web instance counts into the
 * same window; returns the seconds to wait when the limit is exceeded, else null. One upsert, so
 * two instances counting at once cannot lose a hit.
 */
export async function hit(key: string, limit: Limit, now = Date.now()): Promise<number | null> {
  const nowIso = new Date(now).toISOString();
  const resetAt = new Date(now + limit.windowMs).toISOString();
  const expired = sql<boolean>`rate_limit.reset_at <= ${nowIso}`;
  const row = await getDb()
    .insertInto("rate_limit")
    .values({ key_hash: hashToken(key), count: 1, reset_at: resetAt })
    .onConflict((oc) =>
      oc.column("key_hash").doUpdateSet({
        count: sql<number>`case when ${expired} then 1 else rate_limit.count + 1 end`,
        reset_at: sql<string>`case when ${expired} then ${resetAt} else rate_limit.reset_at end`,
      }),
    )
    .returning(["count", "reset_at"])
    .executeTakeFirstOrThrow();
  return row.count > limit.max ? Math.max(1, Math.ceil((Date.parse(row.reset_at) - now) / 1000)) : null;
}

/** Status and Retry-After for an answer that says «too many attempts» on the page itself. */
export const tooManyInit = (retryAfterSeconds: number): ResponseInit => ({ status: 429, headers: { "Retry-After": String(retryAfterSeconds) } });

/** The client address server.js put in the load context (socket, or X-Forwarded-For only as far as TRUST_PROXY says). */
export function clientIp(context: unknown): string | null {
  const ip = (context as { clientIp?: unknown } | undefined)?.clientIp;
  return typeof ip === "string" && ip ? ip : null;
}
