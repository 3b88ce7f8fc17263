import { zodResolver } from "@hookform/resolvers/zod";
import { useSubmit } from "@remix-run/react";
import { useMemo, type FormEvent } from "react";
import { useForm, type FieldValues, type Path } from "react-hook-form";
import type { $ZodType, input, output } from "zod/v4/core";
import { isMessageKey } from "~/i18n/catalog";
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
  const form = useForm<input<S>, unknown, output<S>>({
    // The resolver's generics cannot follow a generic schema; field names are still checked below.
    resolver: zodResolver(schema as never) as never,
    mode: "onTouched",
    errors: errors as never,
  });

  type Name = Path<input<S>>;

  /** Props for an input, select or textarea. */
  const field = (name: Name) => {
    const value = defaults[name];
    return { ...form.register(name), defaultValue: value === undefined || value === null ? undefined : String(value) };
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
    return typeof message === "string" ? t(isMessageKey(message) ? message : "validation.required") : undefined;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const el = event.currentTarget;
    void form.handleSubmit(() => submit(el))(event);
  };

  return { field, checkbox, error, onSubmit, formState: form.formState };
}
