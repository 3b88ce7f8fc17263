import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Pagination } from "~/components/pagination";
import { listPeople } from "~/models/person.server";
import { requirePermission } from "~/server/user.server";
import { TableScroll } from "~/components/ui";
import { useT, title } from "~/utils/i18n";
import { pageParam } from "~/server/http.server";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("nav.people"));

export async function loader({ request }: LoaderFunctionArgs) {
  await requirePermission(request, "manage:person");
  const page = pageParam(request);
  return listPeople({ page });
}

export default function People() {
  const t = useT();
  const { rows, page, pages } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="ds-heading" data-size="lg">
        {t("people.title")}
      </h1>
      <p className="ds-paragraph lead">
        {t("people.intro")} {t("people.anonymisedLeftOut")}
      </p>
      <p className="ds-paragraph">
        <Link className="ds-link" to="/personer/sletting">
          {t("retention.link")}
        </Link>
      </p>
      <TableScroll label={t("people.title")}>
        <table className="ds-table" data-border="true" data-zebra="true">
          <thead>
            <tr>
              <th scope="col">{t("leaders.col.name")}</th>
              <th scope="col">{t("leader.email")}</th>
              <th scope="col">{t("leaders.col.unit")}</th>
              <th scope="col">{t("people.col.roles")}</th>
              <th scope="col">{t("people.col.active")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <Link className="ds-link" to={`/personer/${p.id}`}>
                    {p.name}
                  </Link>
                </th>
                <td>{p.email}</td>
                <td>{p.unitName ?? "–"}</td>
                <td>{p.roles.map((r) => t(`role.${r}`)).join(", ")}</td>
                <td>{p.active ? t("people.yes") : t("people.no")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <Pagination page={page} pages={pages} />
    </>
  );
}
