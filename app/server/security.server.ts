import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { appUrl, oidcSettings } from "../utils/env.server";

// Used by server.js (through the build) so the rules live with the app and are type-checked.

export const newNonce = () => randomBytes(16).toString("base64");

/**
 * The Content-Security-Policy: scripts only from this origin or with this response's nonce (Remix's
 * inline hydration scripts carry it), no plugins, no framing, forms only to ourselves and the
 * OpenID provider (browsers apply form-action to the redirect that sign-in and sign-out answer with).
 */
export function contentSecurityPolicy(nonce: string): string {
  const https = appUrl().startsWith("https:");
  const provider = oidcSettings();
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self'${provider ? ` ${new URL(provider.issuer).origin}` : ""}`,
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Headers for every response (helmet adds the rest: nosniff, referrer policy, HSTS when https). */
export const isHttps = () => appUrl().startsWith("https:");

type NodeRequest = Pick<IncomingMessage, "method" | "headers">;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.split(",")[0]?.trim() || undefined;

/**
 * Refuses state-changing requests from other sites, on top of SameSite cookies: the browser's
 * Sec-Fetch-Site when it sends one, otherwise the Origin header against our own host(s): the
 * public host from APP_URL, and the host the client addressed (X-Forwarded-Host only from a
 * trusted proxy).
 */
export function isCrossSite(req: NodeRequest, trustProxy = false): boolean {
  const method = (req.method ?? "GET").toUpperCase();
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return false;
  const site = req.headers["sec-fetch-site"];
  if (typeof site === "string" && site !== "same-origin" && site !== "none") return true;
  const origin = req.headers.origin;
  if (typeof origin !== "string") return false;
  if (origin === "null") return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true;
  }
  const addressed = (trustProxy && first(req.headers["x-forwarded-host"])) || req.headers.host;
  return !new Set([addressed, new URL(appUrl()).host].filter(Boolean)).has(host);
}

/**
 * After `isCrossSite` let a request through: tells Remix's own CSRF check (Origin against
 * X-Forwarded-Host or Host) the host we verified. Behind a proxy that passes its own Host
 * (nginx's plain proxy_pass), that check otherwise threw on every no-JS form, a 500.
 * An X-Forwarded-Host we do not trust is dropped, so a client cannot steer it either.
 */
export function pinVerifiedHost(req: NodeRequest, trustProxy = false): void {
  if (!trustProxy) delete req.headers["x-forwarded-host"];
  const origin = req.headers.origin;
  if (typeof origin !== "string" || origin === "null") return;
  req.headers.host = new URL(origin).host;
  delete req.headers["x-forwarded-host"];
}
