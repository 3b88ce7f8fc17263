import { sql, type ExpressionBuilder, type JoinBuilder } from "kysely";
import { getDb } from "../../db/client.server";

// Query pieces written once (Kysely's «reusable helpers»): the current-completion join, the one
// rule for «contains» search, and page maths.

/**
 * The join condition for a step's current completion, aliased `c` (a completion taken back has
 * `undone_at` set and no longer counts): `.leftJoin("step_completion as c", currentCompletion("s.id"))`.
 * The step is open when `c.id` is null.
 */
// The builder's types are the caller's query's; `any` here only lets one helper serve them all.
export const currentCompletion =
  (stepId: string, alias = "c") =>
  (j: JoinBuilder<any, any>) =>
    j.onRef(`${alias}.path_step_id`, "=", stepId).on(`${alias}.undone_at`, "is", null);

/** `%`, `_` and `\` taken literally in a LIKE pattern (used with `escape '\'`). */
export const escapeLike = (text: string) => text.replace(/[%_\\]/g, (c) => `\\${c}`);

/**
 * `column` contains `term`, both lower-cased (SQLite's lower() folds ASCII letters only),
 * wildcards in the term taken literally. Control characters are dropped first (PostgreSQL refuses
 * a NUL in any parameter).
 */
export function contains(eb: ExpressionBuilder<any, any>, column: string, term: string) {
  const pattern = `%${escapeLike(term.replace(/[\u0000-\u001f\u007f]/g, "").toLowerCase())}%`;
  return eb(eb.fn("lower", [eb.ref(column)]), "like", sql<string>`${pattern} escape '\\'`);
}

/** As `contains`, matching at the start of the column (case kept). */
export function startsWith(eb: ExpressionBuilder<any, any>, column: string, term: string) {
  const pattern = `${escapeLike(term.replace(/[\u0000-\u001f\u007f]/g, ""))}%`;
  return eb(eb.ref(column), "like", sql<string>`${pattern} escape '\\'`);
}

/** How many pages `total` rows make at `size` a page: at least one, so an empty list has a page. */
export const pageCount = (total: number, size: number) => Math.max(1, Math.ceil(total / size));

/** The rows to skip for a 1-based page. */
export const pageOffset = (page: number, size: number) => (Math.max(1, page) - 1) * size;

/**
 * Notes that a secret (an integration token, a calendar feed address) was used, at most once per
 * `resolutionMs`: clients poll in bursts. Conditional, so instances answering the same burst write
 * it once between them.
 */
export async function recordUse({ table, id, lastUsedAt, now, resolutionMs }: { table: "integration_token" | "calendar_feed"; id: number; lastUsedAt: string | null; now: Date; resolutionMs: number }) {
  const cutoff = new Date(now.getTime() - resolutionMs).toISOString();
  if (lastUsedAt !== null && lastUsedAt >= cutoff) return;
  await getDb()
    .updateTable(table)
    .set({ last_used_at: now.toISOString() })
    .where("id", "=", id)
    .where((eb) => eb.or([eb("last_used_at", "is", null), eb("last_used_at", "<", cutoff)]))
    .execute();
}
