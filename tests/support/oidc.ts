// OpenID providers for the sign-in tests, all on loopback: a real one (oidc-provider, shaped like an
// Entra ID tenant: issuer https://…/<tenant-id>/v2.0, tid/oid/groups in the ID token), a forger that
// issues tokens with whatever claims a test wants (wrong audience, expired), one that never answers,
// and the sign-in walked by hand through a cookie jar, as a browser would.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { exportJWK, generateKeyPair, SignJWT } from "jose";
import Provider from "oidc-provider";

export const TENANT = "7f1e0c2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b";
export const OTHER_TENANT = "0a0b0c0d-1111-4222-8333-944455556666";
export const CLIENT_ID = "lederlop-test";
export const CLIENT_SECRET = "a-client-secret-for-tests-only";
export const GROUPS = {
  hr: "11111111-aaaa-4aaa-8aaa-000000000001",
  developmentUnit: "11111111-aaaa-4aaa-8aaa-000000000002",
  rlg: "11111111-aaaa-4aaa-8aaa-000000000003",
  admin: "11111111-aaaa-4aaa-8aaa-000000000004",
};
export const GROUP_ROLES = `hr:${GROUPS.hr},development_unit:${GROUPS.developmentUnit},rlg:${GROUPS.rlg},admin:${GROUPS.admin}`;

/** The claims an account signs in with; the dev login form takes the key as its «login». */
export type Accounts = Record<string, Record<string, unknown>>;

export interface RunningProvider {
  issuer: string;
  /** The environment that points Lederløp at this provider. */
  env: Record<string, string>;
  stop: () => Promise<void>;
}

/** A real provider whose token endpoint can be made to stop answering (a provider that hangs mid-sign-in). */
export interface RealProvider extends RunningProvider {
  hangTokenEndpoint: () => void;
}

const listen = (server: Server) =>
  new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));
const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

const envFor = (issuer: string) => ({
  OIDC_ISSUER: issuer,
  OIDC_CLIENT_ID: CLIENT_ID,
  OIDC_CLIENT_SECRET: CLIENT_SECRET,
  OIDC_GROUP_ROLES: GROUP_ROLES,
});

/**
 * A real OpenID provider. With `conformIdTokenClaims: false` the claims of the requested scopes go
 * into the ID token, as Entra ID puts tid, oid and groups there.
 */
export async function startProvider({ appUrl, accounts }: { appUrl: string; accounts: Accounts }): Promise<RealProvider> {
  const server = createServer();
  const port = await listen(server);
  const prefix = `/${TENANT}/v2.0`;
  const issuer = `http://127.0.0.1:${port}${prefix}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${appUrl}/auth/oidc/callback`],
        post_logout_redirect_uris: [`${appUrl}/logg-inn`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], profile: ["name", "preferred_username", "oid", "tid", "groups"], email: ["email", "email_verified"] },
    conformIdTokenClaims: false,
    cookies: { keys: ["oidc-test-cookie-key"] },
    pkce: { required: () => true },
    findAccount: (_ctx, id) => {
      const claims = accounts[id];
      return claims ? { accountId: id, claims: () => ({ sub: id, ...claims }) } : undefined;
    },
  });
  let hang = false;
  const app = express();
  app.post(`${prefix}/token`, (_req, _res, next) => (hang ? undefined : next()));
  app.use(prefix, provider.callback());
  server.on("request", app);
  return { issuer, env: envFor(issuer), stop: () => close(server), hangTokenEndpoint: () => (hang = true) };
}

/**
 * A provider that signs its own ID tokens with the claims a test gives (on top of correct ones):
 * for tokens the library must refuse, such as another audience or an expired one.
 */
export async function startForger({ idTokenClaims }: { idTokenClaims: (correct: Record<string, unknown>) => Record<string, unknown> }): Promise<RunningProvider> {
  const { publicKey, privateKey } = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(publicKey)), kid: "forger", alg: "RS256", use: "sig" };
  const nonces = new Map<string, string>();
  const server = createServer();
  const port = await listen(server);
  const issuer = `http://127.0.0.1:${port}/${TENANT}/v2.0`;
  const app = express();
  app.use(express.urlencoded({ extended: false }));
  app.get(`/${TENANT}/v2.0/.well-known/openid-configuration`, (_req, res) => {
    res.json({
      issuer,
      authorization_endpoint: `${issuer}/authorize`,
      token_endpoint: `${issuer}/token`,
      jwks_uri: `${issuer}/jwks`,
      response_types_supported: ["code"],
      subject_types_supported: ["public"],
      id_token_signing_alg_values_supported: ["RS256"],
      code_challenge_methods_supported: ["S256"],
    });
  });
  app.get(`/${TENANT}/v2.0/jwks`, (_req, res) => res.json({ keys: [jwk] }));
  // Signs in whoever asks, at once.
  app.get(`/${TENANT}/v2.0/authorize`, (req, res) => {
    const code = `code-${nonces.size + 1}`;
    nonces.set(code, String(req.query.nonce));
    res.redirect(303, `${req.query.redirect_uri}?code=${code}&state=${encodeURIComponent(String(req.query.state))}`);
  });
  app.post(`/${TENANT}/v2.0/token`, async (req, res) => {
    const now = Math.floor(Date.now() / 1000);
    const correct = { iss: issuer, aud: CLIENT_ID, sub: "forged", iat: now, exp: now + 600, nonce: nonces.get(req.body.code), tid: TENANT, oid: "forged-oid", email: "hr@test.example" };
    const claims = idTokenClaims(correct);
    const idToken = await new SignJWT(claims).setProtectedHeader({ alg: "RS256", kid: "forger" }).sign(privateKey);
    res.json({ access_token: "forged-access-token", token_type: "Bearer", expires_in: 600, id_token: idToken });
  });
  server.on("request", app);
  return { issuer, env: envFor(issuer), stop: () => close(server) };
}

/** A provider that takes connections and never answers (a hung provider). */
export async function startSilentProvider(): Promise<RunningProvider> {
  const server = createServer(() => undefined);
  const port = await listen(server);
  const issuer = `http://127.0.0.1:${port}/${TENANT}/v2.0`;
  return { issuer, env: envFor(issuer), stop: () => close(server) };
}

/** A cookie jar for the provider's own cookies (path and expiry do not matter here). */
class Jar {
  private cookies = new Map<string, string>();
  take(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, eq).trim(), pair!.slice(eq + 1).trim());
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/**
 * Walks the provider's side of a sign-in from its authorization URL: the dev login form (any
 * password), then the consent button, until the provider redirects back to Lederløp. Returns that
 * callback path with its query (code and state).
 */
export async function signInAtProvider(authorizationUrl: string, login: string): Promise<string> {
  const jar = new Jar();
  let url = authorizationUrl;
  for (let step = 0; step < 12; step++) {
    if (url.includes("/auth/oidc/callback")) return url.slice(url.indexOf("/auth/oidc/callback"));
    let res = await fetch(url, { redirect: "manual", headers: { Cookie: jar.header() } });
    jar.take(res);
    if (res.status === 200 && /\/interaction\//.test(url)) {
      const html = await res.text();
      const action = new URL(/<form[^>]*action="([^"]+)"/.exec(html)![1]!, url).href;
      const body = html.includes('name="login"') ? new URLSearchParams({ prompt: "login", login, password: "any" }) : new URLSearchParams({ prompt: "consent" });
      res = await fetch(action, { method: "POST", body, redirect: "manual", headers: { Cookie: jar.header(), "Content-Type": "application/x-www-form-urlencoded" } });
      jar.take(res);
    }
    const location = res.headers.get("Location");
    if (!location) throw new Error(`The provider stopped at ${url} with ${res.status}: ${(await res.text()).slice(0, 500)}`);
    url = new URL(location, url).href;
  }
  throw new Error("The provider did not send the browser back within 12 steps");
}
