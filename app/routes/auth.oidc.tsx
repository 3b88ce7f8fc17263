import { data, redirect, type ActionFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData } from "@remix-run/react";
import { ProviderProblem } from "~/components/provider-problem";
import { parseForm } from "~/server/http.server";
import { beginProviderSignIn } from "~/server/oidc.server";
import { safeNext } from "~/server/user.server";
import { title } from "~/utils/i18n";
import { providerSignInSchema } from "~/validation/sign-in";

export const meta: MetaFunction = ({ matches }) => [...title(matches, (t) => t("signin.title")), { name: "robots", content: "noindex" }];

/** Sign-in starts with the button's POST; a GET here has nothing to do. */
export function loader() {
  throw redirect("/logg-inn");
}

/** «Logg inn med Microsoft»: off to the provider with a fresh state, nonce and PKCE challenge. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await parseForm(request, providerSignInSchema);
  const started = await beginProviderSignIn({ next: form.ok ? safeNext(form.data.neste) : null });
  if (!started.ok) return data({ problem: started.problem }, { status: 503, headers: { "Retry-After": "60" } });
  return redirect(started.url, { headers: { "Set-Cookie": started.cookie } });
}

export default function ProviderSignIn() {
  const result = useActionData<typeof action>();
  return <ProviderProblem problem={result?.problem ?? "refused"} />;
}
