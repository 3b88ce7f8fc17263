/**
 * Fixed-window counters in this process's memory. Enough for one server; with several web
 * instances each counts on its own, so the effective limit is per instance (documented).
 */
const windows = new Map<string, { count: number; resetAt: number }>();

export interface Limit {
  max: number;
  windowMs: number;
}

export const LIMITS = {
  signInPerAddress: { max: 5, windowMs: 15 * 60_000 },
  signInPerClient: { max: 20, windowMs: 15 * 60_000 },
  redeemPerClient: { max: 20, windowMs: 15 * 60_000 },
} satisfies Record<string, Limit>;

/** Counts one hit; returns the seconds to wait when the limit is exceeded, else null. */
export function hit(key: string, limit: Limit, now = Date.now()): number | null {
  let w = windows.get(key);
  if (!w || w.resetAt <= now) {
    w = { count: 0, resetAt: now + limit.windowMs };
    windows.set(key, w);
  }
  w.count++;
  if (windows.size > 50_000) for (const [k, v] of windows) if (v.resetAt <= now) windows.delete(k);
  return w.count > limit.max ? Math.ceil((w.resetAt - now) / 1000) : null;
}

/** Status and Retry-After for an answer that says «too many attempts» on the page itself. */
export const tooManyInit = (retryAfterSeconds: number): ResponseInit => ({ status: 429, headers: { "Retry-After": String(retryAfterSeconds) } });

/** The client address server.js put in the load context (socket, or X-Forwarded-For only as far as TRUST_PROXY says). */
export function clientIp(context: unknown): string | null {
  const ip = (context as { clientIp?: unknown } | undefined)?.clientIp;
  return typeof ip === "string" && ip ? ip : null;
}
