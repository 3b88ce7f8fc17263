import type { LoaderFunctionArgs } from "@remix-run/node";
import { calendarFeed } from "~/models/calendar-feed.server";
import { clientIp, hit, LIMITS } from "~/models/rate-limit.server";

/** What newToken() makes (43 URL-safe characters), with room; anything else names no feed. */
const FEED_FILE = /^([A-Za-z0-9_-]{20,200})\.ics$/;

// The address is the credential, and the feed is one person's: no shared cache may keep it.
const PRIVATE = { "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" };

/**
 * A personal calendar feed, `/kalender/<token>.ics`: no session (calendar programs send no cookie),
 * the token alone. A live token is always answered, also from an address that has failed before
 * (Outlook on the web fetches every subscriber's calendar from Microsoft's few servers); failures
 * are counted per client address and answered 429 past the limit, as SCIM's bad tokens are.
 */
export async function loader({ params, context }: LoaderFunctionArgs) {
  const token = FEED_FILE.exec(params.file ?? "")?.[1];
  const text = token ? await calendarFeed({ token }) : null;
  if (text !== null) {
    return new Response(text, {
      headers: { ...PRIVATE, "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": 'inline; filename="lederlop.ics"' },
    });
  }
  const wait = await hit(`calendar-feed:${clientIp(context) ?? "unknown"}`, LIMITS.calendarFeedPerClient);
  const plain = { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8" };
  if (wait !== null) return new Response("For mange forsøk. Prøv igjen senere.", { status: 429, headers: { ...plain, "Retry-After": String(wait) } });
  return new Response("Fant ikke kalenderen.", { status: 404, headers: plain });
}
