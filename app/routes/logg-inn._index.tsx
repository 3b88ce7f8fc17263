import { data, redirect, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ProviderSignInForm } from "~/components/provider-sign-in";
import { Alert, Button, TextField } from "~/components/ui";
import { useZodForm } from "~/components/use-zod-form";
import { requestSignInLink } from "~/models/sign-in.server";
import { getUser, homeFor, safeNext } from "~/server/user.server";
import { parseForm } from "~/server/http.server";
import { clientIp, hit, LIMITS, tooManyInit } from "~/models/rate-limit.server";
import { useT, title } from "~/utils/i18n";
import { signInSchema } from "~/validation/sign-in";
import { demoAccounts } from "~/server/startup.server";
import { emailSignIn, oidcSettings } from "~/utils/env.server";

// Keeps the action's Retry-After on a 429 page.
export const headers: HeadersFunction = ({ actionHeaders }) => actionHeaders;

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("signin.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (user) throw redirect(homeFor(user));
  const byEmail = emailSignIn();
  return { provider: oidcSettings() !== null, byEmail, demoAccounts: byEmail ? demoAccounts() : [] };
}

/** Both answers take at least this long, so timing does not tell known from unknown addresses. */
const ANSWER_FLOOR_MS = 400;

export async function action({ request, context }: ActionFunctionArgs) {
  const started = Date.now();
  if (!emailSignIn()) return data({ sent: false as const, tooMany: false, emailOff: true, errors: {}, values: {} }, { status: 403 });
  const form = await parseForm(request, signInSchema);
  if (!form.ok) return data({ sent: false as const, tooMany: false, emailOff: false, errors: form.errors, values: form.values }, { status: 400 });
  const ip = clientIp(context);
  const wait = (ip && (await hit(`signin:ip:${ip}`, LIMITS.signInPerClient))) || (await hit(`signin:email:${form.data.email}`, LIMITS.signInPerAddress));
  if (wait) return data({ sent: false as const, tooMany: true, emailOff: false, errors: {}, values: form.values }, tooManyInit(wait));
  // Same answer whether or not the address is known: the form must not reveal who is registered.
  await requestSignInLink({ email: form.data.email, next: safeNext(String(form.values.neste ?? "")) });
  await new Promise((r) => setTimeout(r, Math.max(0, ANSWER_FLOOR_MS - (Date.now() - started))));
  return { sent: true as const, tooMany: false, emailOff: false, errors: {}, values: {} };
}

export default function SignIn() {
  const t = useT();
  const { provider, byEmail, demoAccounts } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const next = params.get("neste") ?? "";
  const { field, error, onSubmit } = useZodForm(signInSchema, {
    defaults: { email: params.get("epost") ?? "" },
    serverErrors: actionData?.errors,
  });

  return (
    <div className="narrow">
      <h1 className="ds-heading" data-size="lg">
        {t("signin.title")}
      </h1>
      {actionData?.tooMany ? (
        <Alert color="danger" role="alert">
          <h2 className="ds-heading" data-size="xs">
            {t("error.tooMany.title")}
          </h2>
          <p className="ds-paragraph">{t("error.tooMany.body")}</p>
        </Alert>
      ) : null}
      {actionData?.emailOff ? (
        <Alert color="warning" role="alert">
          <p className="ds-paragraph">{t("signin.emailOff")}</p>
        </Alert>
      ) : null}
      {provider ? (
        <ProviderSignInForm next={next} />
      ) : null}
      {provider && byEmail ? (
        <h2 className="ds-heading" data-size="sm">
          {t("signin.provider.orEmail")}
        </h2>
      ) : null}
      {actionData?.sent ? (
        <Alert color="success" role="status">
          <h2 className="ds-heading" data-size="xs">
            {t("signin.sent.title")}
          </h2>
          <p className="ds-paragraph">{t("signin.sent.body")}</p>
          {demoAccounts.length > 0 ? (
            <p className="ds-paragraph">
              <Link className="ds-link" to="/postkasse">
                {t("signin.sent.outbox")}
              </Link>
            </p>
          ) : null}
        </Alert>
      ) : null}
      {byEmail ? (
        <>
          <p className="ds-paragraph">{t("signin.intro")}</p>
          <Form method="post" noValidate onSubmit={onSubmit} className="stack">
            <input type="hidden" name="neste" value={next} />
            <TextField label={t("signin.email")} type="email" autoComplete="email" error={error("email")} {...field("email")} />
            <div>
              <Button variant={provider ? "secondary" : "primary"}>{t("signin.submit")}</Button>
            </div>
          </Form>
        </>
      ) : null}
      {demoAccounts.length > 0 ? (
        <section className="ds-card demo-accounts" aria-labelledby="demo-title">
          <h2 className="ds-heading" data-size="sm" id="demo-title">
            {t("signin.demo.title")}
          </h2>
          <p className="ds-paragraph">{t("signin.demo.intro")}</p>
          <ul className="plain-list">
            {demoAccounts.map((a) => (
              <li key={a.email}>
                <Form method="post" className="demo-account">
                  <input type="hidden" name="email" value={a.email} />
                  <span>
                    <strong>{a.name}</strong> – {a.roles.map((r) => t(`role.${r}`)).join(", ")}
                    <br />
                    <span className="muted">{a.email}</span>
                  </span>
                  <Button variant="secondary" size="sm" aria-label={t("signin.demo.use", { email: a.email })}>
                    {t("signin.submit")}
                  </Button>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
