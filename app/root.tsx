import { data, type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Links, Meta, Outlet, Scripts, ScrollRestoration, isRouteErrorResponse, useLoaderData, useRouteError, useRouteLoaderData } from "@remix-run/react";
import siteCss from "~/styles/site.css";
import { AppShell, SiteFooter } from "~/components/app-shell";
import { ErrorPage } from "~/components/error-page";
import { translate } from "~/i18n/messages.server";
import { getUser } from "~/server/user.server";
import { isDemo } from "~/utils/env.server";
import { getLocale } from "~/server/locale.server";
import { useNonce } from "~/utils/nonce";
import { STATEMENT_META, useStatementUrl } from "~/utils/statement";
import { textOf, translator, useLocale } from "~/utils/i18n";
import { takeFlash } from "~/server/cookies.server";

export const links: LinksFunction = () => [
  // Fonts, Designsystemet (the components in use), its theme and the app's layout, in one file.
  { rel: "stylesheet", href: siteCss },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export const meta: MetaFunction = ({ matches }) => [{ title: translator((matches[0]?.data as RootData | undefined)?.locale ?? "nb")("app.name") }];

export async function loader({ request }: LoaderFunctionArgs) {
  const [user, locale, { flash, clear }] = await Promise.all([getUser(request), getLocale(request), takeFlash(request)]);
  return data(
    {
      locale,
      demo: isDemo(),
      user: user && { id: user.id, name: user.name, roles: user.roles },
      flash: flash && translate(locale, flash.key, flash.vars),
    },
    clear ? { headers: { "Set-Cookie": clear } } : undefined,
  );
}

export type RootData = ReturnType<typeof useLoaderData<typeof loader>>;

export function Layout({ children }: { children: React.ReactNode }) {
  const locale = useLocale();
  const nonce = useNonce();
  const statementUrl = useStatementUrl();
  return (
    <html lang={locale} data-color-scheme="light">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        {/* For the browser's footer (entry.client), on every page, error pages included. */}
        {statementUrl ? <meta name={STATEMENT_META} content={statementUrl} /> : null}
        {/* The reader's messages (app/routes/tekst.$file.ts); entry.client waits for them. */}
        <script id="lederlop-text" defer nonce={nonce} src={`/tekst/${locale}-${textOf(locale).version}.js`} />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return (
    <AppShell root={useLoaderData<typeof loader>()}>
      <Outlet />
    </AppShell>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const root = useRouteLoaderData<typeof loader>("root");
  const status = isRouteErrorResponse(error) ? error.status : 500;
  if (!isRouteErrorResponse(error)) console.error(error);
  // The shell needs root data; when root did not run (no route matched) or failed, show the page bare.
  return root ? (
    <AppShell root={root}>
      <ErrorPage status={status} />
    </AppShell>
  ) : (
    <>
      <main id="main" className="page">
        <ErrorPage status={status} />
      </main>
      <SiteFooter />
    </>
  );
}
