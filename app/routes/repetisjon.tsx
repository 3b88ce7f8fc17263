import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { TableScroll } from "~/components/ui";
import { overdueRepetition } from "~/models/repetition.server";
import { requirePermission } from "~/server/user.server";
import { formatDate } from "~/utils/dates";
import { useLocale, useT, title } from "~/utils/i18n";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("nav.repetition"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:repetition");
  return { kinds: await overdueRepetition({ user }) };
}

export default function Repetition() {
  const t = useT();
  const locale = useLocale();
  const { kinds } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="ds-heading" data-size="lg">
        {t("repetition.title")}
      </h1>
      <p className="ds-paragraph lead">{t("repetition.intro")}</p>
      {kinds.map(({ kind, months, rows }) => (
        <section key={kind} aria-labelledby={`rep-${kind}`}>
          <h2 className="ds-heading" data-size="sm" id={`rep-${kind}`}>
            {t("repetition.heading", { kind: t(`session.kind.${kind}`), months })}
          </h2>
          <p className="ds-paragraph">{t("agreements.count", { count: rows.length })}</p>
          {rows.length === 0 ? (
            <p className="ds-paragraph">{t("repetition.none")}</p>
          ) : (
            <TableScroll label={t("repetition.heading", { kind: t(`session.kind.${kind}`), months })}>
              <table className="ds-table" data-border="true" data-zebra="true">
                <thead>
                  <tr>
                    <th scope="col">{t("repetition.col.leader")}</th>
                    <th scope="col">{t("repetition.col.unit")}</th>
                    <th scope="col">{t("repetition.col.last")}</th>
                    <th scope="col">{t("repetition.col.since")}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((r) => (
                    <tr key={r.personId}>
                      <th scope="row">
                        <Link className="ds-link" to={`/ledere/${r.personId}`}>
                          {r.name}
                        </Link>
                      </th>
                      <td>{[r.unitName, r.areaName].filter(Boolean).join(", ") || "–"}</td>
                      <td>{r.lastAttended ? formatDate(r.lastAttended, locale) : t("repetition.never")}</td>
                      <td>{formatDate(r.since, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
      ))}
    </>
  );
}
