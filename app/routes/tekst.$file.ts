import type { LoaderFunctionArgs } from "@remix-run/node";
import { isLocale } from "~/i18n/locales";
import { textScript, uiText } from "~/i18n/messages.server";
import { notFound } from "~/server/http.server";

/**
 * The browser's catalog: `/tekst/nb-<version>.js` holds the UI messages of one locale. Kept out of
 * the JavaScript bundle (which would carry every language and every email) and out of the HTML
 * (which would carry them on every page); the versioned URL lets the browser keep it for good.
 */
export async function loader({ params }: LoaderFunctionArgs) {
  const [, locale, version] = /^(\w+)-(\w+)\.js$/.exec(params.file ?? "") ?? [];
  if (!isLocale(locale)) throw notFound();
  const current = uiText(locale).version === version;
  return new Response(textScript(locale), {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      // An old version (a page loaded before an upgrade) gets today's text, but not for keeps.
      "Cache-Control": current ? "public, max-age=31536000, immutable" : "no-cache",
    },
  });
}
