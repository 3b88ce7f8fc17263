import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Button, ErrorSummary, TextField } from "~/components/ui";
import { useZodForm } from "~/components/use-zod-form";
import { changeFishboneCategory, fishboneCategories } from "~/models/fishbone-category.server";
import { invalid, orHttpError, parseForm, redirectWithFlash, withFieldErrors } from "~/server/http.server";
import { requirePermission } from "~/server/user.server";
import type { FieldErrors } from "~/utils/forms";
import { useT, title } from "~/utils/i18n";
import { categoryForms, fishboneCategorySchema } from "~/validation/fishbone-category";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("cycle.categories.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "edit:fishbone-category");
  return orHttpError(() => fishboneCategories({ user }));
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "edit:fishbone-category");
  const form = await parseForm(request, fishboneCategorySchema, { hidden: ["id", "direction"] });
  if (!form.ok) return invalid(form.errors, form.values);
  const input = form.data;
  return withFieldErrors(async () => {
    await changeFishboneCategory({ user, input });
    return redirectWithFlash("/enheter/kategorier", { key: "cycle.categories.saved" });
  }, form.values);
}

type Sent = { errors?: FieldErrors; values?: Record<string, unknown> } | undefined;

/** The add form, or one category's rename form: its field's message only when the answer was for it. */
function NameForm({ id, name }: { id?: number; name?: string }) {
  const t = useT();
  const sent = useActionData<typeof action>() as Sent;
  const intent = id === undefined ? "add" : "rename";
  const mine = sent?.values?.intent === intent && (id === undefined || String(sent.values.id) === String(id)) ? sent : undefined;
  const f = useZodForm(categoryForms[intent], { defaults: { ...(mine?.values ?? { name }), intent, id }, serverErrors: mine?.errors });
  const fieldId = id === undefined ? "add-name" : `rename-${id}-name`;
  const label = id === undefined ? t("cycle.categories.name") : t("cycle.categories.nameOf", { name: name! });
  const error = f.error("name");
  return (
    <>
      {id === undefined && (f.formState.isSubmitted || mine) ? <ErrorSummary errors={{ name: error }} labels={{ name: label }} prefix="add-" /> : null}
      <Form method="post" noValidate onSubmit={f.onSubmit} className="inline-fields">
        <input type="hidden" {...f.field("intent" as never)} />
        {id !== undefined ? <input type="hidden" {...f.field("id" as never)} /> : null}
        <TextField label={label} required error={error} id={fieldId} {...f.field("name" as never)} />
        <div>
          <Button variant="secondary">{t(id === undefined ? "cycle.categories.add" : "cycle.categories.rename")}</Button>
        </div>
      </Form>
    </>
  );
}

function ButtonForm({ intent, id, direction, label, text }: { intent: "move" | "retire" | "restore"; id: number; direction?: "up" | "down"; label: string; text: string }) {
  return (
    <Form method="post" className="inline-form">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="id" value={id} />
      {direction ? <input type="hidden" name="direction" value={direction} /> : null}
      <Button variant="secondary" size="sm" aria-label={label}>
        {text}
      </Button>
    </Form>
  );
}

export default function FishboneCategories() {
  const t = useT();
  const { active, retired } = useLoaderData<typeof loader>();
  const sent = useActionData<typeof action>() as Sent;
  // A refusal on a button (the last category in use) has no field of its own.
  const general = sent?.errors?.category;
  return (
    <>
      <p className="ds-paragraph">
        <Link className="ds-link" to="/enheter">
          {t("nav.units")}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("cycle.categories.title")}
      </h1>
      <p className="ds-paragraph lead">{t("cycle.categories.intro")}</p>
      {general ? (
        <Alert color="danger" role="alert">
          {t(general as never)}
        </Alert>
      ) : null}
      <section aria-labelledby="in-use">
        <h2 className="ds-heading" data-size="sm" id="in-use">
          {t("cycle.categories.inUse")}
        </h2>
        <ol className="plain-list stack">
          {active.map((c, i) => (
            <li key={c.id} className="ds-card category-row">
              <NameForm id={c.id} name={c.name} />
              <div className="inline-fields">
                {i > 0 ? <ButtonForm intent="move" id={c.id} direction="up" label={t("cycle.categories.up", { name: c.name })} text="↑" /> : null}
                {i < active.length - 1 ? <ButtonForm intent="move" id={c.id} direction="down" label={t("cycle.categories.down", { name: c.name })} text="↓" /> : null}
                <ButtonForm intent="retire" id={c.id} label={t("cycle.categories.retire", { name: c.name })} text={t("cycle.categories.retire", { name: c.name })} />
              </div>
            </li>
          ))}
        </ol>
        <NameForm />
      </section>
      <section aria-labelledby="retired">
        <h2 className="ds-heading" data-size="sm" id="retired">
          {t("cycle.categories.retired")}
        </h2>
        {retired.length ? (
          <ul className="plain-list stack">
            {retired.map((c) => (
              <li key={c.id} className="inline-fields">
                <span>{c.name}</span>
                <ButtonForm intent="restore" id={c.id} label={t("cycle.categories.restore", { name: c.name })} text={t("cycle.categories.restore", { name: c.name })} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="ds-paragraph">{t("cycle.categories.none")}</p>
        )}
      </section>
    </>
  );
}
