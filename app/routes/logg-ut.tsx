import type { ActionFunctionArgs } from "@remix-run/node";
import { endSession } from "~/models/sign-in.server";
import { notFound, redirectWithFlash } from "~/server/http.server";
import { readSessionId, sessionCookie } from "~/server/cookies.server";
import { providerSignOutUrl } from "~/server/oidc.server";

export async function loader() {
  // Signing out changes state, so only POST does it.
  throw notFound();
}

export async function action({ request }: ActionFunctionArgs) {
  const sessionId = await readSessionId(request);
  const { idToken } = sessionId ? await endSession({ sessionId }) : { idToken: null };
  const headers = new Headers({ "Set-Cookie": await sessionCookie().serialize("", { maxAge: 0 }) });
  // Signed in through the provider: end that session too, which comes back to /logg-inn.
  const provider = await providerSignOutUrl({ idToken });
  return redirectWithFlash(provider ?? "/logg-inn", { key: "signin.signedOut" }, { headers });
}

