import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Button, ErrorSummary, TableScroll, TextField } from "~/components/ui";
import { useZodForm } from "~/components/use-zod-form";
import { createToken, listTokens, revokeToken } from "~/models/integration-token.server";
import { invalid, orHttpError, parseForm, redirectWithFlash, withFieldErrors } from "~/server/http.server";
import { requirePermission } from "~/server/user.server";
import { formatDateTime } from "~/utils/dates";
import { appUrl } from "~/utils/env.server";
import type { FieldErrors } from "~/utils/forms";
import { useLocale, useT, title } from "~/utils/i18n";
import { integrationActionSchema, tokenSchema } from "~/validation/integration";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("nav.integrations"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:integration");
  return { tokens: await listTokens(), scimUrl: `${appUrl()}/scim/v2` };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "manage:integration");
  const form = await parseForm(request, integrationActionSchema, { hidden: ["tokenId"] });
  if (!form.ok) return invalid(form.errors, form.values);
  const input = form.data;
  if (input.intent === "revoke") {
    const name = await orHttpError(() => revokeToken({ actorId: actor.id, tokenId: input.tokenId }));
    return redirectWithFlash("/integrasjoner", { key: "integrations.revoked", vars: { name } });
  }
  // Not a redirect: the token is in this one answer and nowhere else (only its hash is stored).
  return withFieldErrors(async () => {
    const created = await createToken({ actorId: actor.id, name: input.name, scope: "scim", source: "admin" });
    return { created: { name: created.name, token: created.token } };
  }, form.values);
}

type Result = { created?: { name: string; token: string }; errors?: FieldErrors; values?: Record<string, unknown> } | undefined;

export default function Integrations() {
  const t = useT();
  const locale = useLocale();
  const { tokens, scimUrl } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result;
  return (
    <>
      <h1 className="ds-heading" data-size="lg">
        {t("integrations.title")}
      </h1>
      <p className="ds-paragraph lead">{t("integrations.intro", { url: scimUrl })}</p>
      {result?.created ? <CreatedToken {...result.created} /> : null}
      <h2 className="ds-heading" data-size="sm" id="tokens">
        {t("integrations.list")}
      </h2>
      {tokens.length === 0 ? (
        <p className="ds-paragraph">{t("integrations.none")}</p>
      ) : (
        <TableScroll label={t("integrations.list")}>
          <table className="ds-table" data-border="true" data-zebra="true">
            <thead>
              <tr>
                <th scope="col">{t("integrations.col.name")}</th>
                <th scope="col">{t("integrations.col.scope")}</th>
                <th scope="col">{t("integrations.col.created")}</th>
                <th scope="col">{t("integrations.col.lastUsed")}</th>
                <th scope="col">{t("integrations.col.status")}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((tk) => (
                <tr key={tk.id}>
                  <th scope="row">{tk.name}</th>
                  <td>{t("integrations.scope.scim")}</td>
                  <td>
                    {formatDateTime(tk.created_at, locale)}
                    <span className="muted block">{tk.createdByName ? t("integrations.createdBy", { name: tk.createdByName }) : t("integrations.createdByCli")}</span>
                  </td>
                  <td>{tk.last_used_at ? formatDateTime(tk.last_used_at, locale) : t("integrations.neverUsed")}</td>
                  <td>
                    {tk.revoked_at ? (
                      t("integrations.revokedAt", { date: formatDateTime(tk.revoked_at, locale) })
                    ) : (
                      <Form method="post">
                        <input type="hidden" name="intent" value="revoke" />
                        <input type="hidden" name="tokenId" value={tk.id} />
                        <span className="block">{t("integrations.active")}</span>
                        <Button variant="secondary" size="sm">
                          {t("integrations.revoke", { name: tk.name })}
                        </Button>
                      </Form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <CreateToken serverErrors={result?.values?.intent === "create" ? result.errors : undefined} values={result?.values} />
    </>
  );
}

function CreatedToken({ name, token }: { name: string; token: string }) {
  const t = useT();
  return (
    <section className="ds-card form-card" aria-labelledby="created-title">
      <Alert color="success" role="status">
        <h2 className="ds-heading" data-size="xs" id="created-title">
          {t("integrations.created.title", { name })}
        </h2>
        <p className="ds-paragraph">{t("integrations.created.body")}</p>
      </Alert>
      <TextField name="token" id="created-token" label={t("integrations.created.label")} readOnly defaultValue={token} autoComplete="off" spellCheck={false} />
    </section>
  );
}

function CreateToken({ serverErrors, values }: { serverErrors?: FieldErrors; values?: Record<string, unknown> }) {
  const t = useT();
  const { field, error, onSubmit, formState } = useZodForm(tokenSchema, { defaults: values, serverErrors });
  const labels = { name: t("integrations.name") };
  const errors = { name: error("name") };
  return (
    <section className="ds-card form-card narrow" aria-labelledby="create-title">
      <h2 className="ds-heading" data-size="sm" id="create-title">
        {t("integrations.create")}
      </h2>
      {formState.isSubmitted || serverErrors ? <ErrorSummary errors={errors} labels={labels} /> : null}
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <input type="hidden" name="intent" value="create" />
        <TextField label={labels.name} description={t("integrations.name.help")} required autoComplete="off" error={errors.name} {...field("name")} />
        <div>
          <Button>{t("integrations.submit")}</Button>
        </div>
      </Form>
    </section>
  );
}
