import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useLoaderData, useSearchParams } from "@remix-run/react";
import { Pagination } from "~/components/pagination";
import { Button, SelectField, TableScroll, TextField } from "~/components/ui";
import { auditEntities, listAudit } from "~/models/audit.server";
import { requirePermission } from "~/server/user.server";
import { formatDateTime, isIsoDate } from "~/utils/dates";
import { title, useLocale, useT } from "~/utils/i18n";
import { textQuery, pageParam } from "~/server/http.server";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("nav.audit"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "read:audit");
  const p = new URL(request.url).searchParams;
  const date = (v: string | null) => (v && isIsoDate(v) ? v : undefined);
  const [log, entities] = await Promise.all([
    listAudit({ entity: textQuery(request, "objekt"), action: textQuery(request, "handling"), actor: textQuery(request, "utfort_av"), from: date(p.get("fra")), to: date(p.get("til")), page: pageParam(request) }),
    auditEntities(),
  ]);
  return { log, entities };
}

export default function AuditLog() {
  const t = useT();
  const locale = useLocale();
  const { log, entities } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <>
      <h1 className="ds-heading" data-size="lg">
        {t("audit.title")}
      </h1>
      <p className="ds-paragraph lead">{t("audit.intro")}</p>
      <Form method="get" className="filters" role="search">
        <SelectField name="objekt" label={t("audit.entity")} defaultValue={params.get("objekt") ?? ""}>
          <option value="">{t("leaders.filter.all")}</option>
          {entities.map((e) => (
            <option key={e} value={e}>
              {e}
            </option>
          ))}
        </SelectField>
        <TextField name="handling" label={t("audit.action")} defaultValue={params.get("handling") ?? ""} />
        <TextField name="utfort_av" label={t("audit.actor")} defaultValue={params.get("utfort_av") ?? ""} />
        <TextField name="fra" type="date" label={t("audit.from")} defaultValue={params.get("fra") ?? ""} />
        <TextField name="til" type="date" label={t("audit.to")} defaultValue={params.get("til") ?? ""} />
        <div className="filters-submit">
          <Button variant="secondary">{t("leaders.filter.apply")}</Button>
        </div>
      </Form>
      <p className="ds-paragraph" role="status">
        {t("audit.count", { count: log.total })}
      </p>
      <TableScroll label={t("audit.title")}>
        <table className="ds-table" data-border="true" data-zebra="true">
          <thead>
            <tr>
              <th scope="col">{t("audit.at")}</th>
              <th scope="col">{t("audit.actor")}</th>
              <th scope="col">{t("audit.action")}</th>
              <th scope="col">{t("audit.entity")}</th>
              <th scope="col">{t("audit.change")}</th>
            </tr>
          </thead>
          <tbody>
            {log.rows.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.at, locale)}</td>
                <td>{r.actorName ?? t("audit.system")}</td>
                <th scope="row">{r.action}</th>
                <td>
                  {r.entity} #{r.entity_id}
                </td>
                <td>
                  <details>
                    <summary>{t("audit.show")}</summary>
                    {r.before ? (
                      <p className="audit-json">
                        <strong>{t("audit.before")}</strong> <code>{r.before}</code>
                      </p>
                    ) : null}
                    {r.after ? (
                      <p className="audit-json">
                        <strong>{t("audit.after")}</strong> <code>{r.after}</code>
                      </p>
                    ) : null}
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Pagination page={log.page} pages={log.pages} />
    </>
  );
}
