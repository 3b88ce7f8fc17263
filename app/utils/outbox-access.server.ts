import { requireRole } from "./auth.server";
import { isDemo } from "./env.server";

/** Admins read the built-in mailbox; in demo mode everyone signed in or not may, to follow sign-in links. */
export async function requireOutboxReader(request: Request) {
  if (isDemo()) return null;
  return requireRole(request, ["admin"]);
}

