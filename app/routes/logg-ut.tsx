import type { ActionFunctionArgs } from "@remix-run/node";
import { endSession } from "~/models/sign-in.server";
import { notFound, redirectWithFlash } from "~/server/http.server";
import { readSessionId, sessionCookie } from "~/server/cookies.server";

export async function loader() {
  // Signing out changes state, so only POST does it.
  throw notFound();
}

export async function action({ request }: ActionFunctionArgs) {
  const sessionId = await readSessionId(request);
  if (sessionId) await endSession({ sessionId });
  const headers = new Headers({ "Set-Cookie": await sessionCookie().serialize("", { maxAge: 0 }) });
  return redirectWithFlash("/logg-inn", { key: "signin.signedOut" }, { headers });
}

