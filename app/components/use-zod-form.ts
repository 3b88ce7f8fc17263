import { zodResolver } from "@hookform/resolvers/zod";
import { useSubmit } from "@remix-run/react";
import { useMemo, type FocusEvent, type FormEvent } from "react";
import { useForm, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { $ZodType, input, output } from "zod/v4/core";
import type { FieldErrors } from "~/utils/forms";
import { useT } from "~/utils/i18n";

/**
 * react-hook-form over the form's zod schema: instant field feedback in the browser, then a normal
 * Remix submission that the action validates again with the same schema. Without JavaScript the
 * <Form> posts natively and the server's messages show in the same places.
 *
 * Starting values go into the markup (`defaultValue`), not into react-hook-form: it then reads
 * the DOM when it registers a field, so what someone typed before the page hydrated is kept.
 */
export function useZodForm<S extends $ZodType<FieldValues, FieldValues>>(
  schema: S,
  { defaults = {}, serverErrors }: { defaults?: Record<string, unknown>; serverErrors?: FieldErrors },
) {
  const t = useT();
  const submit = useSubmit();
  // react-hook-form re-applies `errors` whenever the object changes: it must keep its identity
  // between renders (and be undefined when there are none), or every render triggers another.
  const errors = useMemo(() => {
    const entries = Object.entries(serverErrors ?? {});
    return entries.length ? Object.fromEntries(entries.map(([k, message]) => [k, { type: "server", message }])) : undefined;
  }, [serverErrors]);
  const resolver = useMemo(() => withBadInput(zodResolver(schema as never) as Resolver<FieldValues>), [schema]);
  const form = useForm<input<S>, unknown, output<S>>({
    // The resolver's generics cannot follow a generic schema; field names are still checked below.
    resolver: resolver as never,
    mode: "onTouched",
    errors: errors as never,
  });

  type Name = Path<input<S>>;

  /** Props for an input, select or textarea. */
  const field = (name: Name) => {
    const value = defaults[name];
    const registered = form.register(name);
    return {
      ...registered,
      // Leaving a field for the submit button must not check it: its message would push the button
      // away between press and release and the click would be lost. The submit checks every field.
      onBlur: (event: FocusEvent<HTMLElement>) => (towardsSubmit(event) ? Promise.resolve() : registered.onBlur(event)),
      defaultValue: value === undefined || value === null ? undefined : String(value),
    };
  };

  /** Props for a checkbox; with `value`, one of a group whose field is an array. */
  const checkbox = (name: Name, value?: string) => {
    const current = defaults[name];
    return {
      ...form.register(name),
      value,
      defaultChecked: value === undefined ? current === true : Array.isArray(current) && current.includes(value),
    };
  };

  const error = (name: string): string | undefined => {
    const message = (form.formState.errors as Record<string, { message?: unknown } | undefined>)[name]?.message;
    return typeof message === "string" ? t(t.has(message) ? message : "validation.required") : undefined;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const el = event.currentTarget;
    void form.handleSubmit(() => submit(el))(event);
  };

  return { field, checkbox, error, onSubmit, formState: form.formState };
}

/** Is focus leaving for this form's submit button (being pressed now)? */
function towardsSubmit(event: FocusEvent<HTMLElement>): boolean {
  const to = event.relatedTarget;
  if (to instanceof HTMLButtonElement && to.type === "submit") return true;
  // Safari does not focus a pressed button, but it is :active already.
  const form = (event.currentTarget as HTMLInputElement).form;
  return !!form?.querySelector("button[type=submit]:active");
}

/**
 * A date field holding an impossible date (31.02) has the value "" and `validity.badInput`: zod
 * would call it empty («Fyll ut feltet»), though the reader typed a date.
 */
function withBadInput(resolver: Resolver<FieldValues>): Resolver<FieldValues> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    const bad = Object.entries(options.fields).filter(([, f]) => {
      const el = f?.ref as HTMLInputElement | undefined;
      return el?.type === "date" && el.validity.badInput;
    });
    if (bad.length === 0) return result;
    const errors = { ...result.errors };
    for (const [name, f] of bad) errors[name] = { type: "badInput", message: "validation.date", ref: f!.ref };
    return { values: {}, errors };
  };
}
