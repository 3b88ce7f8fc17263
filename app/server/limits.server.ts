import { escapeHtml } from "../../emails/layout";
import { translate, type MessageKey } from "~/i18n/catalog";
import { accessibilityStatementUrl } from "~/utils/env.server";
import { SCIM_CONTENT_TYPE, scimErrorBody } from "~/utils/scim-error";

// Request bodies are capped before they are read: without a cap, one anonymous 40 MB POST to the
// sign-in form filled npm start's 192 MB heap and took the process down.

/** Every form: the longest field is 2,000 characters, so 64 KB is far more than any honest form. */
export const FORM_BODY_LIMIT = 64 * 1024;
/**
 * The CSV import and the HR export sync: a file of at most 1 MB, whose text comes back URL-encoded
 * (up to 3×) in the confirm step.
 */
export const IMPORT_BODY_LIMIT = 4 * 1024 * 1024;

// `.data` is the same route under single fetch (a form submitted with JavaScript).
const IMPORT_PATH = /^\/ledere\/(?:import|synk)(?:\.data)?\/?$/;

/** The largest body the route at `pathname` reads. server.js refuses larger declared bodies early. */
export const bodyLimit = (pathname: string) => (IMPORT_PATH.test(pathname) ? IMPORT_BODY_LIMIT : FORM_BODY_LIMIT);

const tooLarge = () => new Response(null, { status: 413, statusText: "Payload Too Large" });

/**
 * The request with its body read into memory, or a thrown 413 as soon as the body passes the
 * route's limit (declared or counted: a chunked body has no Content-Length). The rest of an
 * oversized body is never read, and never echoed.
 */
export async function boundedRequest(request: Request): Promise<Request> {
  const limit = bodyLimit(new URL(request.url).pathname);
  if (Number(request.headers.get("content-length") || 0) > limit) throw tooLarge();
  if (!request.body) return request;
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Released, not cancelled: cancelling destroys the socket before the 413 can be sent.
      reader.releaseLock();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new Request(request.url, { method: request.method, headers: request.headers, body: Buffer.concat(chunks), signal: request.signal });
}

const PAGES: Record<number, [MessageKey, MessageKey]> = {
  403: ["error.crossSite.title", "error.crossSite.body"],
  413: ["error.tooLarge.title", "error.tooLarge.body"],
};

/** The short page server.js answers with before a request reaches the app (under 1 KB, bokmål), with the footer's statement link. */
export function refusalPage(status: 403 | 413): string {
  const [title, body] = PAGES[status]!.map((key) => translate("nb", key));
  const statement = escapeHtml(accessibilityStatementUrl() ?? "/tilgjengelighet");
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Lederløp</title></head><body><main><h1>${title}</h1><p>${body}</p><p><a href="/">${translate("nb", "error.home")}</a></p></main><footer><a href="${statement}">${translate("nb", "a11y.link")}</a></footer></body></html>`;
}

/** What server.js answers a refused request with: a SCIM client (Entra ID) gets a SCIM error body, a browser the page. */
export function refusal(pathname: string, status: 403 | 413): { contentType: string; body: string } {
  if (pathname.startsWith("/scim/"))
    return { contentType: SCIM_CONTENT_TYPE, body: scimErrorBody(status, status === 413 ? "The request body is too large." : "Cross-site request refused.") };
  return { contentType: "text/html; charset=utf-8", body: refusalPage(status) };
}
