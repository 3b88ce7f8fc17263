import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { TableScroll } from "~/components/ui";
import { canOrganise, listSessions } from "~/models/course.server";
import { requireUser } from "~/server/user.server";
import { formatDateTime } from "~/utils/dates";
import { useLocale, useT, title } from "~/utils/i18n";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("nav.sessions"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return { sessions: await listSessions({ user }), organiser: canOrganise(user) };
}

export default function Sessions() {
  const t = useT();
  const locale = useLocale();
  const { sessions, organiser } = useLoaderData<typeof loader>();
  return (
    <>
      <h1 className="ds-heading" data-size="lg">
        {t("sessions.title")}
      </h1>
      <p className="ds-paragraph lead">{t(organiser ? "sessions.intro.organiser" : "sessions.intro.leader")}</p>
      {organiser ? (
        <p>
          <Link className="ds-button" data-variant="secondary" to="/kurs/ny">
            {t("sessions.new")}
          </Link>
        </p>
      ) : null}
      {sessions.length === 0 ? (
        <p className="ds-paragraph">{t("sessions.none")}</p>
      ) : (
        <TableScroll label={t("sessions.title")}>
          <table className="ds-table" data-border="true" data-zebra="true">
            <thead>
              <tr>
                <th scope="col">{t("sessions.col.when")}</th>
                <th scope="col">{t("sessions.col.title")}</th>
                <th scope="col">{t("sessions.col.kind")}</th>
                <th scope="col">{t("sessions.col.where")}</th>
                <th scope="col">{t("sessions.col.places")}</th>
                <th scope="col">{t("sessions.col.status")}</th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((s) => (
                <tr key={s.id}>
                  <td>{formatDateTime(s.starts_at, locale)}</td>
                  <th scope="row">
                    <Link className="ds-link" to={`/kurs/${s.id}`}>
                      {s.title}
                    </Link>
                    {s.cancelled_at ? <span className="ds-tag inline-tag" data-color="danger" data-size="sm">{t("sessions.cancelledSession")}</span> : null}
                  </th>
                  <td>
                    {t(`session.kind.${s.kind}`)}
                    {s.topic ? <span className="muted block">{s.topic}</span> : null}
                  </td>
                  <td>{s.location}</td>
                  <td>
                    {t("sessions.places", { taken: s.confirmed, capacity: s.capacity })}
                    {s.waitlist > 0 ? <span className="muted block">{t("sessions.waitlistCount", { count: s.waitlist })}</span> : null}
                  </td>
                  <td>{t(`sessions.status.${s.myStatus ?? "none"}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
