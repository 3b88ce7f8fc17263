import { data, redirect } from "@remix-run/node";
import { safeParse, type $ZodType, type output } from "zod/v4/core";
import type { MessageKey } from "~/i18n/catalog";
import { isId } from "~/validation/fields";
import { FieldError } from "~/models/errors";
import { HttpError } from "~/models/http-error";
import { fieldErrors, type FieldErrors } from "./forms";
import { setFlash, type Flash } from "./session.server";

// A text body for routes without a page of their own; pages show their error boundary instead.
export const notFound = () => new Response("Fant ikke siden.", { status: 404, statusText: "Not Found", headers: { "Content-Type": "text/plain; charset=utf-8" } });
export const badRequest = () => new Response("Ugyldig forespørsel.", { status: 400, statusText: "Bad Request", headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** A positive integer route param written as plain digits, or 404. */
export function idParam(value: string | undefined): number {
  const n = /^[1-9]\d{0,9}$/.test(value ?? "") ? Number(value) : NaN;
  if (!isId(n)) throw notFound();
  return n;
}

/** An optional id in the query string (`?omrade=3`); anything that is not one is ignored. */
export function idQuery(request: Request, name: string): number | undefined {
  const n = Number(new URL(request.url).searchParams.get(name) || NaN);
  return isId(n) ? n : undefined;
}

/** The submitted form, or 400 when the body is not a form at all (JSON, garbage, broken multipart). */
export async function readForm(request: Request): Promise<FormData> {
  try {
    return await request.formData();
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

/** Parses a submitted form with the same schema the browser used. */
export async function parseForm<S extends $ZodType>(request: Request, schema: S, arrays: readonly string[] = []) {
  const values = formObject(await readForm(request), arrays);
  const result = safeParse(schema, values);
  if (result.success) return { ok: true as const, data: result.data as output<S>, values };
  return { ok: false as const, errors: fieldErrors(result.error), values };
}

/** 400 with field-level messages; the form re-renders with what the user typed. */
export function invalid(errors: FieldErrors, values: Record<string, unknown> = {}) {
  return data({ ok: false as const, errors, values }, { status: 400 });
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
