import { dataVersion } from "./data-version.server";
import { databaseUrl } from "~/utils/env.server";

const TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 500;
let version = "";
const entries = new Map<string, { at: number; value: Promise<unknown> }>();

/**
 * Figures computed from the database, remembered in this process until the data changes: entries
 * belong to one database file and one dataVersion(), so a hit is never stale, and a new version
 * drops the old entries (the cache holds one version's figures at most). `key` names everything
 * else the figures depend on (scope, day); TTL_MS is only a safety net.
 */
export async function cachedFigures<T>(key: string, now: Date, compute: () => Promise<T>): Promise<T> {
  const current = `${databaseUrl() ?? ""}:${await dataVersion()}`;
  if (current !== version) {
    entries.clear();
    version = current;
  }
  // Keys with free text (searches) could pile up while the data stands still.
  if (entries.size >= MAX_ENTRIES) entries.clear();
  const hit = entries.get(key);
  if (hit && now.getTime() - hit.at < TTL_MS && now.getTime() >= hit.at) return hit.value as Promise<T>;
  const value = compute();
  entries.set(key, { at: now.getTime(), value });
  value.catch(() => entries.delete(key));
  return value;
}
