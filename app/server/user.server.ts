import { redirect } from "@remix-run/node";
import { userForSession, type SessionUser } from "~/models/sign-in.server";
import { readSessionId } from "./cookies.server";
import { can, type Permission } from "~/access/policy";

export { homeFor } from "~/access/menu";

export type { SessionUser };

// One lookup per request even when root and route loaders both ask. Remix hands each loader its
// own copy of the Request, so the lookup is shared by cookie while it is in flight (the loaders
// run together) and forgotten as soon as it is done.
const inFlight = new Map<string, Promise<SessionUser | null>>();

export function getUser(request: Request): Promise<SessionUser | null> {
  const cookie = request.headers.get("Cookie") ?? "";
  let user = inFlight.get(cookie);
  if (!user) {
    user = readSessionId(request).then((sessionId) => (sessionId ? userForSession({ sessionId }) : null));
    inFlight.set(cookie, user);
    const forget = () => inFlight.delete(cookie);
    user.then(forget, forget);
  }
  return user;
}

/** The signed-in user, or a redirect to sign-in that comes back here afterwards. */
export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getUser(request);
  if (user) return user;
  const url = new URL(request.url);
  const next = url.pathname + url.search;
  throw redirect(next === "/" ? "/logg-inn" : `/logg-inn?neste=${encodeURIComponent(next)}`);
}

/** The signed-in user if the policy gives them this permission (anywhere); 403 otherwise. */
export async function requirePermission(request: Request, permission: Permission): Promise<SessionUser> {
  return requireGrant(await requireUser(request), permission);
}

/** The user again if the policy gives them this permission; 403 otherwise (for an action whose permission depends on its intent). */
export function requireGrant(user: SessionUser, permission: Permission): SessionUser {
  if (!can(user, permission)) throw new Response(null, { status: 403, statusText: "Forbidden" });
  return user;
}

/** A same-site path to return to after sign-in; anything else (other hosts, `//x`) is dropped. */
export function safeNext(value: string | null | undefined): string | null {
  // Control characters and backslashes are refused outright: browsers drop or rewrite them, so
  // «/\t/evil.example» would become «//evil.example».
  if (!value || !value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return null;
  return value.startsWith("//") ? null : value;
}
