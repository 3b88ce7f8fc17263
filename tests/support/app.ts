import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import { getDb } from "../../db/client.server";
import { requestSignInLink } from "~/models/sign-in.server";

export const ORIGIN = "http://localhost:3000";

/** The production build: its route table, and the modules behind it. */
export async function loadBuild(): Promise<ServerBuild> {
  const file = join(process.cwd(), "build", "index.js");
  if (!existsSync(file)) throw new Error("build/index.js is missing: run `npm run build` first (npm test does).");
  return (await import(pathToFileURL(file).href)) as ServerBuild;
}

/**
 * The production build's request handler, in process: real routing, loaders, actions and cookies,
 * against whatever DATABASE_URL points at when the build first touches the database.
 */
export async function loadApp() {
  const handle = createRequestHandler(await loadBuild(), "production");
  /** `clientIp` is what server.js would put in the load context; without it, per-client limits do not apply. */
  const request = (path: string, { cookie, clientIp, ...init }: RequestInit & { cookie?: string; clientIp?: string } = {}) => {
    const headers = new Headers(init.headers);
    if (cookie) headers.set("Cookie", cookie);
    headers.set("Host", new URL(ORIGIN).host);
    return handle(new Request(ORIGIN + path, { ...init, headers, redirect: "manual" }), clientIp ? { clientIp } : undefined);
  };
  const post = (path: string, form: Record<string, string | string[]>, cookie?: string) => {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) for (const value of Array.isArray(v) ? v : [v]) body.append(k, value);
    return request(path, { method: "POST", body, cookie, headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: ORIGIN } });
  };

  /** Signs in the real way: ask for a link, take the token from the mail, press «Logg inn». */
  const signIn = async (email: string) => {
    await requestSignInLink({ email });
    const mail = await getDb().selectFrom("outbox").select("text_body").where("to_address", "=", email).orderBy("id", "desc").executeTakeFirstOrThrow();
    const token = /\/logg-inn\/([A-Za-z0-9_-]+)/.exec(mail.text_body)![1]!;
    const res = await post(`/logg-inn/${token}`, {});
    const cookie = res.headers.get("Set-Cookie");
    if (res.status !== 302 || !cookie) throw new Error(`sign-in failed for ${email}: ${res.status}`);
    return cookie.split(";")[0]!;
  };
  return { request, post, signIn };
}
