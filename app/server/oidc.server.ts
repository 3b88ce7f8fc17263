import * as client from "openid-client";
import { hit, LIMITS } from "~/models/rate-limit.server";
import { recordProviderFailure, signInWithProvider, type ProviderClaims, type ProviderFailure, type ProviderRefusal } from "~/models/oidc-sign-in.server";
import type { ProviderProblem } from "~/types/provider";
import { appUrl, oidcSettings, type OidcSettings } from "../utils/env.server";
import { providerFlowCookie } from "./cookies.server";

// The relying party: openid-client does the protocol (discovery, PKCE, state, nonce, the code
// exchange and every check on the ID token); this module keeps the flow in a cookie and turns the
// library's errors into what the person is told.

const callbackUrl = () => `${appUrl()}/auth/oidc/callback`;

let cached: { key: string; config: Promise<client.Configuration> } | null = null;

/** Plain http only for a provider on this machine (tests, development): never across a network. */
const loopbackHttp = (issuer: string) => /^http:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?(\/|$)/.test(issuer);

/**
 * The provider's metadata, discovered once per process and kept; a failed discovery is forgotten,
 * so the next sign-in tries again. Every request to the provider gives up after the timeout.
 */
function configuration(settings: OidcSettings): Promise<client.Configuration> {
  const key = JSON.stringify([settings.issuer, settings.clientId, settings.clientSecret, settings.timeoutSeconds]);
  if (cached?.key === key) return cached.config;
  const config = client.discovery(new URL(settings.issuer), settings.clientId, settings.clientSecret, undefined, {
    timeout: settings.timeoutSeconds,
    execute: loopbackHttp(settings.issuer) ? [client.allowInsecureRequests] : [],
  });
  const entry = { key, config };
  cached = entry;
  config.catch(() => {
    if (cached === entry) cached = null;
  });
  return config;
}

interface Flow {
  state: string;
  nonce: string;
  verifier: string;
  next: string | null;
}

/**
 * Starts sign-in: a fresh state, nonce and PKCE verifier in the flow cookie, and the provider's
 * authorization URL to send the browser to.
 */
export async function beginProviderSignIn({ next }: { next: string | null }): Promise<{ ok: true; url: string; cookie: string } | { ok: false; problem: ProviderProblem }> {
  const settings = oidcSettings();
  if (!settings) return { ok: false, problem: "unavailable" };
  let config: client.Configuration;
  try {
    config = await configuration(settings);
  } catch (error) {
    await recordProviderFailure({ reason: "unreachable", detail: describe(error) });
    return { ok: false, problem: "unavailable" };
  }
  const flow: Flow = { state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier(), next };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(),
    scope: "openid profile email",
    code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: "S256",
    state: flow.state,
    nonce: flow.nonce,
  });
  return { ok: true, url: url.href, cookie: await providerFlowCookie().serialize(flow) };
}

export type ProviderCallback =
  | { ok: true; sessionId: string; next: string | null; clearFlow: string }
  | { ok: false; problem: ProviderProblem; clearFlow: string };

/**
 * Finishes sign-in on the provider's redirect back: the library checks state, exchanges the code
 * with the PKCE verifier and validates the ID token (issuer, audience, expiry, signature, nonce);
 * then the person is found or bound and a session opened. Failures are audited, the first 20 per
 * client in 15 minutes: anyone can call this URL, and each refusal would otherwise add a row.
 */
export async function finishProviderSignIn(request: Request, clientIp: string | null): Promise<ProviderCallback> {
  const clearFlow = await providerFlowCookie().serialize("", { maxAge: 0 });
  const fail = async (reason: ProviderFailure, detail: string) => {
    const flooding = clientIp !== null && (await hit(`oidc-failure:${clientIp}`, LIMITS.providerFailuresAuditedPerClient)) !== null;
    if (!flooding) await recordProviderFailure({ reason, detail });
    return { ok: false as const, problem: reason === "unreachable" ? ("unavailable" as const) : ("refused" as const), clearFlow };
  };
  const settings = oidcSettings();
  if (!settings) return { ok: false, problem: "unavailable", clearFlow };
  const flow = asFlow(await providerFlowCookie().parse(request.headers.get("Cookie")));
  if (!flow) return fail("no_flow", "no sign-in in progress in this browser (cookie missing or older than ten minutes)");

  let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
  try {
    const config = await configuration(settings);
    // The URL the provider redirected to, as registered: behind a proxy the request's own URL differs.
    const current = new URL(callbackUrl());
    current.search = new URL(request.url).search;
    tokens = await client.authorizationCodeGrant(config, current, { pkceCodeVerifier: flow.verifier, expectedState: flow.state, expectedNonce: flow.nonce, idTokenExpected: true });
  } catch (error) {
    return fail(classify(error), describe(error));
  }
  const claims = tokens.claims() as ProviderClaims | undefined;
  if (!claims || !tokens.id_token) return fail("token_rejected", "no ID token in the token response");
  const result = await signInWithProvider({ claims, idToken: tokens.id_token, settings });
  if (!result.ok) return { ok: false, problem: problemFor(result.reason), clearFlow };
  return { ok: true, sessionId: result.sessionId, next: flow.next, clearFlow };
}

const problemFor = (reason: ProviderRefusal): ProviderProblem => (reason === "already_bound" ? "refused" : "not_registered");

/**
 * Where the browser goes after Lederløp's session has ended, when it was opened through the
 * provider and the provider has an end-session endpoint; null means stay here. A provider that does
 * not answer is no reason to keep anyone signed in, so its failure is null too.
 */
export async function providerSignOutUrl({ idToken }: { idToken: string | null }): Promise<string | null> {
  const settings = oidcSettings();
  if (!settings || !idToken) return null;
  try {
    const config = await configuration(settings);
    if (!config.serverMetadata().end_session_endpoint) return null;
    return client.buildEndSessionUrl(config, { id_token_hint: idToken, post_logout_redirect_uri: `${appUrl()}/logg-inn` }).href;
  } catch {
    return null;
  }
}

function asFlow(value: unknown): Flow | null {
  if (!value || typeof value !== "object") return null;
  const { state, nonce, verifier, next } = value as Record<string, unknown>;
  if (typeof state !== "string" || typeof nonce !== "string" || typeof verifier !== "string") return null;
  return { state, nonce, verifier, next: typeof next === "string" ? next : null };
}

/** The library's error, sorted into what went wrong (the audit log keeps the library's words). */
function classify(error: unknown): ProviderFailure {
  if (error instanceof client.AuthorizationResponseError) return "provider_error";
  if (error instanceof client.ResponseBodyError) return error.error === "invalid_grant" ? "code_rejected" : "provider_error";
  const code = (error as { code?: string }).code;
  if (code === "OAUTH_JWT_TIMESTAMP_CHECK_FAILED") return "token_expired";
  if (code === "OAUTH_JWT_CLAIM_COMPARISON_FAILED" || code === "OAUTH_KEY_SELECTION_FAILED") return "token_rejected";
  if (code === "OAUTH_INVALID_RESPONSE" && /"state"/.test(describe(error))) return "state_mismatch";
  if (code === "OAUTH_TIMEOUT" || code === "OAUTH_ABORT" || code === "OAUTH_RESPONSE_IS_NOT_CONFORM" || code === "OAUTH_RESPONSE_IS_NOT_JSON" || error instanceof TypeError) return "unreachable";
  return "failed";
}

/** The error and its causes in one line. */
function describe(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e && parts.length < 4; e = (e as { cause?: unknown }).cause) {
    parts.push(e instanceof Error ? `${e.name}: ${e.message}` : String(e));
    if (!(e instanceof Error)) break;
  }
  return parts.join(" ← ");
}
