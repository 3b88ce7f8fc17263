import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui";
import { peekSignInToken, redeemSignInToken, userForSession } from "~/models/sign-in.server";
import { homeFor, safeNext } from "~/server/user.server";
import { clientIp, hit, LIMITS, tooManyInit } from "~/models/rate-limit.server";
import { useT, title } from "~/utils/i18n";
import { sessionCookie } from "~/server/cookies.server";
import { emailSignIn } from "~/utils/env.server";

// Keeps the action's Retry-After on a 429 page.
export const headers: HeadersFunction = ({ actionHeaders }) => actionHeaders;

export const meta: MetaFunction = ({ matches }) => [...title(matches, (t) => t("signin.title")), { name: "robots", content: "noindex" }];

/** Only shows the button: mail scanners (e.g. Safe Links) open links, and that must not use them up. */
export async function loader({ params }: LoaderFunctionArgs) {
  const found = emailSignIn() ? await peekSignInToken({ token: params.token ?? "" }) : undefined;
  return { email: found?.email ?? null };
}

export async function action({ params, request, context }: ActionFunctionArgs) {
  const ip = clientIp(context);
  const wait = ip && (await hit(`redeem:ip:${ip}`, LIMITS.redeemPerClient));
  if (wait) return data({ failed: true, tooMany: true }, tooManyInit(wait));
  const next = safeNext(new URL(request.url).searchParams.get("neste"));
  // With EMAIL_SIGN_IN=off a link sent before the switch works no more either.
  const sessionId = emailSignIn() ? await redeemSignInToken({ token: params.token ?? "" }) : null;
  if (!sessionId) return data({ failed: true, tooMany: false }, { status: 400 });
  const user = await userForSession({ sessionId });
  return redirect(next ?? (user ? homeFor(user) : "/"), { headers: { "Set-Cookie": await sessionCookie().serialize(sessionId) } });
}

export default function ConfirmSignIn() {
  const t = useT();
  const { email } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  if (result?.tooMany) {
    return (
      <div className="narrow">
        <h1 className="ds-heading" data-size="lg">
          {t("error.tooMany.title")}
        </h1>
        <p className="ds-paragraph">{t("error.tooMany.body")}</p>
      </div>
    );
  }
  if (!email || result?.failed) {
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
