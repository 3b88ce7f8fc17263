import { Form } from "@remix-run/react";
import { Button, SelectField } from "./ui";
import { AreaOptions } from "./unit-options";

/** Switches to another service area with a plain GET form (`?omrade=ID`), so it works without JavaScript. */
export function AreaChooser({ areas, current, label, submit, action }: { areas: { id: number; name: string }[]; current: number; label: string; submit: string; action?: string }) {
  return (
    <Form method="get" action={action} className="filters">
      <SelectField name="omrade" label={label} defaultValue={String(current)}>
        <AreaOptions areas={areas} />
      </SelectField>
      <div className="filters-submit">
        <Button variant="secondary">{submit}</Button>
      </div>
    </Form>
  );
}
