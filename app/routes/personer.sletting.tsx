import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { Pagination } from "~/components/pagination";
import { Alert, Button, TableScroll, TextField } from "~/components/ui";
import { useZodForm } from "~/components/use-zod-form";
import { retentionOverview, setRetentionHold } from "~/models/retention.server";
import { invalid, orHttpError, pageParam, parseForm, redirectWithFlash } from "~/server/http.server";
import { requirePermission } from "~/server/user.server";
import { formatDate } from "~/utils/dates";
import type { MessageKey } from "~/i18n/catalog";
import type { FieldErrors } from "~/utils/forms";
import { title, useLocale, useT } from "~/utils/i18n";
import { holdSchema, retentionActionSchema } from "~/validation/retention";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("retention.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:person");
  return retentionOverview({ page: pageParam(request) });
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "manage:person");
  const form = await parseForm(request, retentionActionSchema, { hidden: ["personId"] });
  if (!form.ok) return invalid(form.errors, form.values);
  const input = form.data;
  const reason = input.intent === "hold" ? input.reason : null;
  await orHttpError(() => setRetentionHold({ actor, personId: input.personId, reason }));
  return redirectWithFlash("/personer/sletting", { key: reason === null ? "retention.released" : "retention.held" });
}

type Result = { errors?: FieldErrors; values?: Record<string, unknown> } | undefined;

export default function Retention() {
  const t = useT();
  const locale = useLocale();
  const { due, held, months, today, until, total, page, pages } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result;
  const refused = (personId: number) => (Number(result?.values?.personId) === personId ? result?.errors : undefined);
  return (
    <>
      <h1 className="ds-heading" data-size="lg">
        {t("retention.title")}
      </h1>
      <p className="ds-paragraph lead">{t("retention.intro", { months })}</p>
      {result?.errors ? (
        <Alert color="danger" role="alert">
          {t("form.errors.general")}
        </Alert>
      ) : null}

      <section aria-labelledby="due-title" className="stack">
        <h2 className="ds-heading" data-size="md" id="due-title">
          {t("retention.due.title")}
        </h2>
        {due.length === 0 ? (
          <p className="ds-paragraph">{t("retention.due.none")}</p>
        ) : (
          <>
            <p className="ds-paragraph">{t("retention.due.count", { count: total, date: formatDate(until, locale) })}</p>
            <LeaverTable label={t("retention.due.title")} rows={due} today={today} extra={["retention.col.hold"]}>
              {(p) => (
                <td>
                  <HoldForm person={p} serverErrors={refused(p.id)} />
                </td>
              )}
            </LeaverTable>
            <Pagination page={page} pages={pages} />
          </>
        )}
      </section>

      <section aria-labelledby="held-title" className="stack">
        <h2 className="ds-heading" data-size="md" id="held-title">
          {t("retention.held.title")}
        </h2>
        {held.length === 0 ? (
          <p className="ds-paragraph">{t("retention.held.none")}</p>
        ) : (
          <>
            <p className="ds-paragraph">{t("retention.held.help")}</p>
            <LeaverTable label={t("retention.held.title")} rows={held} today={today} extra={["retention.col.reason", "retention.col.release"]}>
              {(p) => (
                <>
                  <td>{p.reason}</td>
                  <td>
                    <Form method="post">
                      <input type="hidden" name="intent" value="release" />
                      <input type="hidden" name="personId" value={p.id} />
                      <Button variant="secondary" size="sm">
                        {t("retention.release", { name: p.name })}
                      </Button>
                    </Form>
                  </td>
                </>
              )}
            </LeaverTable>
          </>
        )}
      </section>
    </>
  );
}

type Leaver = ReturnType<typeof useLoaderData<typeof loader>>["due"][number];

/** People who have left: name, unit, the day they left and the day they are anonymised, then `extra` columns. */
function LeaverTable({ label, rows, today, extra, children }: { label: string; rows: Leaver[]; today: string; extra: MessageKey[]; children: (p: Leaver) => ReactNode }) {
  const t = useT();
  const locale = useLocale();
  return (
    <TableScroll label={label}>
      <table className="ds-table" data-border="true" data-zebra="true">
        <thead>
          <tr>
            {(["leaders.col.name", "leaders.col.unit", "retention.col.left", "retention.col.due", ...extra] as const).map((key) => (
              <th scope="col" key={key}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => (
            <tr key={p.id}>
              <th scope="row">{p.name}</th>
              <td>{p.unitName ?? "–"}</td>
              <td>{formatDate(p.leftDate, locale)}</td>
              {/* Due today or before: the next pass (within minutes) does it, unless they are held. */}
              <td>{p.dueDate <= today && !p.reason ? t("retention.overdue") : formatDate(p.dueDate, locale)}</td>
              {children(p)}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** One row's «Hold tilbake»: folded away until wanted, open again when the server refused it. */
function HoldForm({ person, serverErrors }: { person: { id: number; name: string }; serverErrors?: FieldErrors }) {
  const t = useT();
  const { field, error, onSubmit } = useZodForm(holdSchema, { serverErrors, defaults: { personId: person.id } });
  const message = error("reason");
  return (
    <details open={serverErrors ? true : undefined}>
      <summary>{t("retention.hold.open")}</summary>
      <Form method="post" noValidate onSubmit={onSubmit} className="stack hold-form">
        <input type="hidden" name="intent" value="hold" />
        <input type="hidden" {...field("personId")} />
        <TextField
          id={`f-reason-${person.id}`}
          label={t("retention.reason", { name: person.name })}
          description={t("retention.reason.help")}
          required
          maxLength={300}
          error={message}
          {...field("reason")}
        />
        <div>
          <Button variant="secondary" size="sm">
            {t("retention.hold")}
          </Button>
        </div>
      </Form>
    </details>
  );
}
