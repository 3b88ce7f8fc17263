import { data, redirect } from "@remix-run/node";
import { safeParse, type $ZodType, type output } from "zod/v4/core";
import type { MessageKey } from "~/i18n/catalog";
import { isId } from "~/validation/fields";
import { FieldError } from "~/models/errors";
import { HttpError } from "~/models/http-error";
import { fieldErrors, type FieldErrors } from "../utils/forms";
import { boundedRequest } from "./limits.server";
import { setFlash, type Flash } from "./cookies.server";

// A text body for routes without a page of their own; pages show their error boundary instead.
export const notFound = () => new Response("Fant ikke siden.", { status: 404, statusText: "Not Found", headers: { "Content-Type": "text/plain; charset=utf-8" } });
export const badRequest = () => new Response("Ugyldig forespørsel.", { status: 400, statusText: "Bad Request", headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** A spreadsheet download. Reports hold personal data: not for shared caches, and not to be sniffed as anything but a download. */
export function csvDownload({ filename, text }: { filename: string; text: string }) {
  return new Response(text, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** A positive integer route param written as plain digits, or 404. */
export function idParam(value: string | undefined): number {
  const n = /^[1-9]\d{0,9}$/.test(value ?? "") ? Number(value) : NaN;
  if (!isId(n)) throw notFound();
  return n;
}

/** A 1-based page number from the query string (`?side=2`); anything else is the first page. */
export function pageParam(request: Request, name = "side"): number {
  const n = Number(new URL(request.url).searchParams.get(name));
  return Number.isSafeInteger(n) && n > 0 ? n : 1;
}

/** An optional id in the query string (`?omrade=3`); anything that is not one is ignored. */
export function idQuery(request: Request, name: string): number | undefined {
  const n = Number(new URL(request.url).searchParams.get(name) || NaN);
  return isId(n) ? n : undefined;
}

/**
 * A free-text query parameter (a search box, a filter): trimmed, at most `max` characters, control
 * characters removed (PostgreSQL refuses a NUL in any parameter); undefined when empty.
 */
export function textQuery(request: Request, name: string, max = 100): string | undefined {
  return new URL(request.url).searchParams.get(name)?.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, max) || undefined;
}

/**
 * The submitted form; 413 when the body passes the route's limit, 400 when it is not a form at all
 * (JSON, garbage, broken multipart).
 */
export async function readForm(request: Request): Promise<FormData> {
  const bounded = await boundedRequest(request);
  try {
    return await bounded.formData();
  } catch {
    throw badRequest();
  }
}

/** Form data as a plain object; repeated names become arrays only where listed. */
export function formObject(form: FormData, arrays: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    const values = form.getAll(key).filter((v): v is string => typeof v === "string");
    out[key] = arrays.includes(key) ? values : values[0];
  }
  for (const key of arrays) out[key] ??= [];
  return out;
}

export type Invalid = { ok: false; errors: FieldErrors; values: Record<string, unknown> };

/**
 * Parses a submitted form, once, with the same schema the browser used (for a route with several
 * forms, a discriminated union on `intent`). `arrays` are the names that may repeat. An unknown
 * intent, or an error in a field the reader cannot see (`hidden`, e.g. the id of the row a button
 * acts on), is a bad request rather than a field message nobody would find.
 */
export async function parseForm<S extends $ZodType>(request: Request, schema: S, { arrays = [], hidden = [] }: { arrays?: readonly string[]; hidden?: readonly string[] } = {}) {
  const values = formObject(await readForm(request), arrays);
  const intents = intentsOf(schema);
  if (intents && !intents.has(values.intent)) throw badRequest();
  const result = safeParse(schema, values);
  if (result.success) return { ok: true as const, data: result.data as output<S>, values };
  const errors = fieldErrors(result.error);
  if (Object.keys(errors).some((field) => field === "intent" || hidden.includes(field))) throw badRequest();
  return { ok: false as const, errors, values: clip(values, maxLengths(schema)) };
}

/** The intents a discriminated union (possibly inside a pipe) accepts; undefined for a plain form. */
function intentsOf(schema: $ZodType): Set<unknown> | undefined {
  const own = (schema._zod as { propValues?: Record<string, Set<unknown>> }).propValues?.intent;
  if (own) return own;
  const def = schema._zod.def as { type: string; in?: $ZodType; out?: $ZodType };
  return def.type === "pipe" ? (intentsOf(def.out!) ?? intentsOf(def.in!)) : undefined;
}

/** The longest field any form has (notes, descriptions): nothing longer is ever echoed. */
const MAX_ECHO = 2000;
const MAX_ECHO_ITEMS = 200;

/**
 * Each field's maximum length, read from its zod checks (through defaults, optionals, pipes,
 * unions), so a re-rendered form echoes no more of a field than the field may hold.
 */
function maxLengths(schema: $ZodType, out = new Map<string, number>()): Map<string, number> {
  const def = schema._zod.def as { type: string; shape?: Record<string, $ZodType>; options?: $ZodType[] };
  if (def.shape) for (const [key, field] of Object.entries(def.shape)) out.set(key, Math.max(out.get(key) ?? 0, fieldMax(field)));
  for (const option of def.options ?? []) maxLengths(option, out);
  return out;
}

function fieldMax(schema: $ZodType): number {
  const def = schema._zod.def as { checks?: { _zod: { def: { check: string; maximum?: number } } }[]; innerType?: $ZodType; in?: $ZodType; out?: $ZodType; element?: $ZodType };
  const own = def.checks?.map((c) => c._zod.def).find((c) => c.check === "max_length")?.maximum;
  if (own !== undefined) return own;
  const inner = [def.innerType, def.in, def.out, def.element].filter((s): s is $ZodType => !!s).map(fieldMax);
  return inner.length ? Math.min(...inner) : MAX_ECHO;
}

function clip(values: Record<string, unknown>, limits: Map<string, number> = new Map()): Record<string, unknown> {
  const cut = (key: string, v: unknown) => (typeof v === "string" ? v.slice(0, limits.get(key) ?? MAX_ECHO) : v);
  return Object.fromEntries(
    Object.entries(values)
      .slice(0, MAX_ECHO_ITEMS)
      .map(([key, v]) => [key, Array.isArray(v) ? v.slice(0, MAX_ECHO_ITEMS).map((x) => cut(key, x)) : cut(key, v)]),
  );
}

/** 400 with field-level messages; the form re-renders with what the user typed (never more than a field holds). */
export function invalid(errors: FieldErrors, values: Record<string, unknown> = {}) {
  return data({ ok: false as const, errors, values: clip(values) }, { status: 400 });
}

export async function redirectWithFlash(url: string, flash: Flash, init?: ResponseInit) {
  const headers = new Headers(init?.headers);
  headers.append("Set-Cookie", await setFlash(flash));
  return redirect(url, { ...init, headers });
}

/** Turns a model's HttpError (not found, forbidden) into the matching status page. */
export async function orHttpError<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof HttpError) throw new Response(null, { status: error.status });
    throw error;
  }
}

/**
 * For form actions: as `orHttpError`, and a FieldError becomes a 400 with the message on its
 * field. Anything else is a bug and becomes a 500.
 */
export async function withFieldErrors<T>(work: () => Promise<T>, values: Record<string, unknown> = {}) {
  try {
    return await orHttpError(work);
  } catch (error) {
    if (error instanceof FieldError) return invalid({ [error.field]: error.messageKey as MessageKey }, values);
    throw error;
  }
}
