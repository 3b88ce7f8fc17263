import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui";
import { peekSignInToken, redeemSignInToken, userForSession } from "~/models/auth.server";
import { homeFor, safeNext } from "~/utils/auth.server";
import { useT } from "~/utils/i18n";
import { sessionCookie } from "~/utils/session.server";

export const meta: MetaFunction = () => [{ title: "Logg inn – Lederløp" }, { name: "robots", content: "noindex" }];

/** Only shows the button: mail scanners (e.g. Safe Links) open links, and that must not use them up. */
export async function loader({ params }: LoaderFunctionArgs) {
  const found = await peekSignInToken({ token: params.token ?? "" });
  return { email: found?.email ?? null };
}

export async function action({ params, request }: ActionFunctionArgs) {
  const sessionId = await redeemSignInToken({ token: params.token ?? "" });
  if (!sessionId) return data({ failed: true }, { status: 400 });
  const user = await userForSession({ sessionId });
  const next = safeNext(new URL(request.url).searchParams.get("neste"));
  return redirect(next ?? (user ? homeFor(user) : "/"), { headers: { "Set-Cookie": await sessionCookie().serialize(sessionId) } });
}

export default function ConfirmSignIn() {
  const t = useT();
  const { email } = useLoaderData<typeof loader>();
  const failed = useActionData<typeof action>()?.failed;
  if (!email || failed) {
    return (
      <div className="narrow">
        <h1 className="ds-heading" data-size="lg">
          {t("signin.invalid.title")}
        </h1>
        <p className="ds-paragraph">{t("signin.invalid.body")}</p>
        <p className="ds-paragraph">
          <Link className="ds-link" to="/logg-inn">
            {t("signin.invalid.again")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1 className="ds-heading" data-size="lg">
        {t("signin.confirm.title")}
      </h1>
      <p className="ds-paragraph">{t("signin.confirm.body", { email })}</p>
      <Form method="post">
        <Button>{t("signin.confirm.submit")}</Button>
      </Form>
    </div>
  );
}
