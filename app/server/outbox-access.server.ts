import { requirePermission } from "./user.server";
import { isDemo } from "../utils/env.server";

/**
 * HR and admins follow sent mail («Sendte e-poster»). In demo mode everyone may, signed in or
 * not, because the built-in mailbox is how a newcomer receives their sign-in link.
 */
export async function requireOutboxReader(request: Request) {
  if (isDemo()) return null;
  return requirePermission(request, "read:outbox");
}
