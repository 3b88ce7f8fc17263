import { createCookie } from "@remix-run/node";
import type { MessageKey, Vars } from "~/i18n/catalog";
import { isMessageKey } from "~/i18n/catalog";
import { SESSION_TTL_MS } from "~/models/sign-in.server";
import { appUrl, sessionSecrets } from "../utils/env.server";

const secure = () => appUrl().startsWith("https:");

/** Holds only the random session id; the session itself lives in the database (revocable). */
export const sessionCookie = () =>
  createCookie("lederlop_session", {
    httpOnly: true,
    sameSite: "lax",
    secure: secure(),
    path: "/",
    maxAge: SESSION_TTL_MS / 1000,
    secrets: sessionSecrets(),
  });

export async function readSessionId(request: Request): Promise<string | null> {
  const value = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : null;
}

/** A one-time message shown on the next page (works without JavaScript). */
const flashCookie = () =>
  createCookie("lederlop_flash", { httpOnly: true, sameSite: "lax", secure: secure(), path: "/", maxAge: 60, secrets: sessionSecrets() });

export type Flash = { key: MessageKey; vars?: Vars };

export async function setFlash(flash: Flash): Promise<string> {
  return flashCookie().serialize(flash);
}

export async function takeFlash(request: Request): Promise<{ flash: Flash | null; clear: string | null }> {
  const value = await flashCookie().parse(request.headers.get("Cookie"));
  if (!value || !isMessageKey(value.key)) return { flash: null, clear: null };
  return { flash: value as Flash, clear: await flashCookie().serialize("", { maxAge: 0 }) };
}

/** The reader's language: not secret, but Secure on https like every other cookie. */
export const localeCookie = () => createCookie("lederlop_lang", { sameSite: "lax", secure: secure(), path: "/", maxAge: 365 * 24 * 3600 });

/**
 * The sign-in through the OpenID provider in progress: state, nonce, PKCE verifier and where to go
 * afterwards. Signed (not readable by scripts, not forgeable), sent only to /auth/oidc, and gone
 * after ten minutes; Lax, so it comes along on the provider's redirect back.
 */
export const providerFlowCookie = () =>
  createCookie("lederlop_oidc", { httpOnly: true, sameSite: "lax", secure: secure(), path: "/auth/oidc", maxAge: 600, secrets: sessionSecrets() });
