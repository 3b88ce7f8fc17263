import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer, isRouteErrorResponse } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { LOCALES, isLocale } from "~/i18n/locales";
import { uiText } from "~/i18n/messages.server";
import { getLocale } from "~/server/locale.server";
import { accessibilityStatementUrl } from "~/utils/env.server";
import { LocaleContext, provideText } from "~/utils/i18n";
import { NonceContext } from "~/utils/nonce";
import { StatementContext } from "~/utils/statement";

// server.js reaches these through the build (build.entry.module), so start-up code is compiled
// with the app instead of living in a second, untyped entry point.
export { startup, shutdown } from "~/server/startup.server";
export { runPass, startScheduler } from "~/jobs/scheduler.server";
export { contentSecurityPolicy, isCrossSite, isHttps, newNonce, pinVerifiedHost } from "~/server/security.server";
export { bodyLimit, refusal } from "~/server/limits.server";
export * as config from "~/utils/env.server";

const ABORT_DELAY = 5_000;

// The server renders in every language; a browser gets only its reader's (app/routes/tekst.$file.ts).
for (const locale of LOCALES) provideText(uiText(locale));

/** Logs real server errors; a request for a page that does not exist, or one the client aborted, is not one. */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status < 500) return;
  if (error instanceof Error && /^No route matches URL/.test(error.message)) return;
  console.error(error);
};

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const bot = isbot(request.headers.get("user-agent") ?? "");
  // server.js puts a fresh nonce in the load context and sends it in the CSP header.
  const nonce = typeof loadContext?.cspNonce === "string" ? loadContext.cspNonce : undefined;
  // The root loader's choice; when it did not run (or failed), the same rule it follows.
  const rootLocale = (remixContext.staticHandlerContext.loaderData?.root as { locale?: unknown } | undefined)?.locale;
  const locale = isLocale(rootLocale) ? rootLocale : await getLocale(request);
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const start = () => {
      shellRendered = true;
      const body = new PassThrough();
      responseHeaders.set("Content-Type", "text/html; charset=utf-8");
      resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }));
      pipe(body);
    };
    const timer = setTimeout(() => abort(), ABORT_DELAY);
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce ?? ""}>
        <LocaleContext.Provider value={locale}>
          <StatementContext.Provider value={accessibilityStatementUrl()}>
            <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
          </StatementContext.Provider>
        </LocaleContext.Provider>
      </NonceContext.Provider>,
      {
        nonce,
        onShellReady() {
          if (!bot) start();
        },
        onAllReady() {
          // A pending abort timer holds the whole render (React's request, the loader data) for
          // ABORT_DELAY: at hundreds of requests a second that kept ~40 MB alive and made every
          // full GC long.
          clearTimeout(timer);
          if (bot) start();
        },
        onShellError(error: unknown) {
          clearTimeout(timer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors after the shell are logged here; before it, Remix's handleError logs them.
          if (shellRendered) console.error(error);
        },
      },
    );
  });
}
