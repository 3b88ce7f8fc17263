import { PassThrough } from "node:stream";
import { buffer } from "node:stream/consumers";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { RemixServer, isRouteErrorResponse } from "@remix-run/react";
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
  // server.js puts a fresh nonce in the load context and sends it in the CSP header.
  const nonce = typeof loadContext?.cspNonce === "string" ? loadContext.cspNonce : undefined;
  // The root loader's choice; when it did not run (or failed), the same rule it follows.
  const rootLocale = (remixContext.staticHandlerContext.loaderData?.root as { locale?: unknown } | undefined)?.locale;
  const locale = isLocale(rootLocale) ? rootLocale : await getLocale(request);
  // Every loader has finished before rendering starts (no route defers), so streaming would only
  // cut the page into React's 2 KB chunks, each passed through three stream layers to the socket.
  // The whole page is rendered first and sent as one body, with its length (decision 10).
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => abort(), ABORT_DELAY);
    const lateErrors: unknown[] = [];
    let shellFailed = false;
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
        onAllReady() {
          // A pending abort timer holds the whole render (React's request, the loader data) for
          // ABORT_DELAY: at hundreds of requests a second that kept ~40 MB alive and made every
          // full GC long.
          clearTimeout(timer);
          if (shellFailed) return;
          for (const error of lateErrors) console.error(error);
          const body = new PassThrough();
          buffer(body).then((html) => {
            responseHeaders.set("Content-Type", "text/html; charset=utf-8");
            responseHeaders.set("Content-Length", String(html.length));
            resolve(new Response(html, { headers: responseHeaders, status: responseStatusCode }));
          }, reject);
          pipe(body);
        },
        onShellError(error: unknown) {
          shellFailed = true;
          clearTimeout(timer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // An error in the shell is logged by Remix's handleError; one inside a boundary only here.
          lateErrors.push(error);
        },
      },
    );
  });
}
