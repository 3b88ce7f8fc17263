import * as z from "zod/mini";
import { YEAR_ITEM_KINDS, type YearItemKind } from "~/types/arshjul";
import { idField, listOf } from "./fields";

/** Years «Årshjul» shows: from the action plan's adoption (2018) to well ahead. */
export const FIRST_YEAR = 2018;
export const LAST_YEAR = 2100;

const isKind = (v: unknown): v is YearItemKind => (YEAR_ITEM_KINDS as readonly unknown[]).includes(v);
const emptyIsUnset = z.transform((v: unknown) => (v === "" ? undefined : v));

/**
 * «Årshjul»'s filter (a GET form): the year (`ar`), one service area (`omrade`, empty for all) and
 * the kinds to show (`type`, repeated; none ticked means all). Unknown kinds are dropped.
 */
export const wheelFilterSchema = z.object({
  ar: z.pipe(emptyIsUnset, z.optional(z.coerce.number("validation.choice").check(z.int("validation.choice"), z.gte(FIRST_YEAR, "validation.choice"), z.lte(LAST_YEAR, "validation.choice")))),
  omrade: z.pipe(emptyIsUnset, z.optional(idField("validation.choice"))),
  type: z.pipe(listOf, z.transform((list: unknown[]) => list.filter(isKind))),
});
