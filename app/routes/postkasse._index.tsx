import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { Pagination } from "~/components/pagination";
import { Button, SelectField, TableScroll, TextField } from "~/components/ui";
import { listOutbox, OUTBOX_PAGE_SIZE } from "~/models/outbox.server";
import { OUTBOX_STATUSES, type OutboxStatus } from "../../db/schema";
import { requireOutboxReader } from "~/server/outbox-access.server";
import { formatDateTime } from "~/utils/dates";
import { outboxStatusLabel } from "~/utils/status";
import { useLocale, useT, title } from "~/utils/i18n";
import { textQuery, pageParam } from "~/server/http.server";
import { pageCount } from "~/models/queries.server";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("outbox.title"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOutboxReader(request);
  const url = new URL(request.url);
  const page = pageParam(request);
  const status = url.searchParams.get("status") as OutboxStatus | null;
  const { rows, total } = await listOutbox({
    to: textQuery(request, "til", 254),
    status: status && OUTBOX_STATUSES.includes(status) ? status : undefined,
    page,
  });
  return { rows, page, pages: pageCount(total, OUTBOX_PAGE_SIZE) };
}

export default function Outbox() {
  const t = useT();
  const locale = useLocale();
  const { rows, page, pages } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <>
      <h1 className="ds-heading" data-size="lg">
        {t("outbox.title")}
      </h1>
      <p className="ds-paragraph lead">{t("outbox.intro")}</p>
      <Form method="get" className="filters" role="search">
        <TextField name="til" type="search" label={t("outbox.filter.to")} defaultValue={params.get("til") ?? ""} />
        <SelectField name="status" label={t("outbox.filter.status")} defaultValue={params.get("status") ?? ""}>
          <option value="">{t("leaders.filter.all")}</option>
          {OUTBOX_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`outbox.status.${s}`)}
            </option>
          ))}
        </SelectField>
        <div className="filters-submit">
          <Button variant="secondary">{t("leaders.filter.apply")}</Button>
        </div>
      </Form>
      {rows.length === 0 ? (
        <p className="ds-paragraph">{t("outbox.none")}</p>
      ) : (
        <TableScroll label={t("outbox.title")}>
          <table className="ds-table" data-border="true" data-zebra="true">
            <thead>
              <tr>
                <th scope="col">{t("outbox.col.created")}</th>
                <th scope="col">{t("outbox.col.to")}</th>
                <th scope="col">{t("outbox.col.subject")}</th>
                <th scope="col">{t("outbox.col.status")}</th>
                <th scope="col" className="num">
                  {t("outbox.col.attempts")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.id}>
                  <td>{formatDateTime(m.created_at, locale)}</td>
                  <td>{m.to_address}</td>
                  <th scope="row">
                    <Link className="ds-link" to={`/postkasse/${m.id}`}>
                      {m.subject}
                    </Link>
                  </th>
                  <td>
                    {t(outboxStatusLabel(m))}
                    {m.last_error && m.status !== "sent" ? <span className="muted block">{m.last_error}</span> : null}
                    {m.status === "pending" && m.attempts > 0 ? <span className="muted block">{t("outbox.message.nextAttempt", { date: formatDateTime(m.send_after, locale) })}</span> : null}
                  </td>
                  <td className="num">{m.attempts}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination page={page} pages={pages} />
    </>
  );
}
