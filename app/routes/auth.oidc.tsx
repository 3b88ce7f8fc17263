import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useSearchParams } from "@remix-run/react";
import { ProviderProblem, ProviderSignInForm } from "~/components/provider-sign-in";
import { parseForm } from "~/server/http.server";
import { beginProviderSignIn } from "~/server/oidc.server";
import { getUser, homeFor, safeNext } from "~/server/user.server";
import { oidcSettings } from "~/utils/env.server";
import { title, useT } from "~/utils/i18n";
import { providerSignInSchema } from "~/validation/sign-in";

export const meta: MetaFunction = ({ matches }) => [...title(matches, (t) => t("signin.title")), { name: "robots", content: "noindex" }];

/** Read on its own (a bookmark), the page offers the button; sign-in itself starts with the POST. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (user) throw redirect(homeFor(user));
  if (!oidcSettings()) throw redirect("/logg-inn");
  return null;
}

/** «Logg inn med Microsoft»: off to the provider with a fresh state, nonce and PKCE challenge. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await parseForm(request, providerSignInSchema);
  const started = await beginProviderSignIn({ next: form.ok ? safeNext(form.data.neste) : null });
  if (!started.ok) return data({ problem: started.problem }, { status: 503, headers: { "Retry-After": "60" } });
  return redirect(started.url, { headers: { "Set-Cookie": started.cookie } });
}

export default function ProviderSignIn() {
  const t = useT();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  if (result) return <ProviderProblem problem={result.problem} />;
  return (
    <div className="narrow">
      <h1 className="ds-heading" data-size="lg">
        {t("signin.title")}
      </h1>
      <ProviderSignInForm next={params.get("neste") ?? ""} />
    </div>
  );
}
