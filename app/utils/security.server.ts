import { randomBytes } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { appUrl } from "./env.server";

// Used by server.js (through the build) so the rules live with the app and are type-checked.

export const newNonce = () => randomBytes(16).toString("base64");

/**
 * The Content-Security-Policy: scripts only from this origin or with this response's nonce (Remix's
 * inline hydration scripts carry it), no plugins, no framing, forms only to ourselves.
 */
export function contentSecurityPolicy(nonce: string): string {
  const https = appUrl().startsWith("https:");
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Headers for every response (helmet adds the rest: nosniff, referrer policy, HSTS when https). */
export const isHttps = () => appUrl().startsWith("https:");

/**
 * Refuses state-changing requests from other sites, on top of SameSite cookies: the browser's
 * Sec-Fetch-Site when it sends one, otherwise the Origin header against our own host(s).
 */
export function isCrossSite(req: Pick<IncomingMessage, "method" | "headers">): boolean {
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
  const own = new Set([req.headers.host, new URL(appUrl()).host].filter(Boolean));
  return !own.has(host);
}
