import { data, redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ProviderProblem } from "~/components/provider-sign-in";
import { clientIp } from "~/models/rate-limit.server";
import { userForSession } from "~/models/sign-in.server";
import { sessionCookie } from "~/server/cookies.server";
import { finishProviderSignIn } from "~/server/oidc.server";
import { homeFor } from "~/server/user.server";
import { title } from "~/utils/i18n";

export const meta: MetaFunction = ({ matches }) => [...title(matches, (t) => t("signin.title")), { name: "robots", content: "noindex" }];

const STATUS = { not_registered: 403, refused: 400, unavailable: 503 } as const;

/**
 * The provider's redirect back. A GET that opens a session, as every OpenID Connect callback is: it
 * is bound to this browser's flow cookie by state and PKCE, and the code works once.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const result = await finishProviderSignIn(request, clientIp(context));
  const headers = new Headers({ "Set-Cookie": result.clearFlow });
  if (!result.ok) return data({ problem: result.problem }, { status: STATUS[result.problem], headers });
  const user = await userForSession({ sessionId: result.sessionId });
  headers.append("Set-Cookie", await sessionCookie().serialize(result.sessionId));
  throw redirect(result.next ?? (user ? homeFor(user) : "/"), { headers });
}

export default function ProviderCallback() {
  const { problem } = useLoaderData<typeof loader>();
  return <ProviderProblem problem={problem} />;
}
