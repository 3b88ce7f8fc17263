import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Button } from "~/components/ui";
import { attendanceSteps, cancelSession, cancelSignup, canOrganise, recordAttendance, sessionDetail, signUp, updateSession } from "~/models/course.server";
import { requireUser } from "~/server/user.server";
import { formatDateTime, osloWallClock } from "~/utils/dates";
import { idParam, invalid, orHttpError, parseForm, redirectWithFlash, withFieldErrors } from "~/server/http.server";
import { useLocale, useT } from "~/utils/i18n";
import { courseActionSchema, withInstants } from "~/validation/course";
import { SessionForm } from "./kurs.ny";
import { activeTopics } from "~/models/competence-topic.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.session.title ?? ""} – Lederløp` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const detail = await orHttpError(() => sessionDetail({ user, sessionId: idParam(params.sessionId) }));
  const organiser = canOrganise(user);
  const topics = organiser ? await activeTopics() : [];
  // A retired topic stays choosable on the session that already has it.
  const { topic_id: topicId, topic } = detail.session;
  if (topicId !== null && topic !== null && !topics.some((t) => t.id === topicId)) topics.push({ id: topicId, name: topic, description: "" });
  return { ...detail, organiser, topics, allSteps: organiser ? await attendanceSteps() : [], upcoming: detail.session.starts_at > new Date().toISOString() };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const sessionId = idParam(params.sessionId);
  const back = `/kurs/${sessionId}`;
  const form = await parseForm(request, courseActionSchema, { arrays: ["stepIds", "attended"], hidden: ["attended"] });
  if (!form.ok) {
    if (!canOrganise(user)) throw new Response(null, { status: 403 });
    return invalid(form.errors, form.values);
  }
  const input = form.data;
  switch (input.intent) {
    case "signup": {
      const status = await orHttpError(() => signUp({ user, sessionId }));
      return redirectWithFlash(back, { key: status === "confirmed" ? "sessions.signedUp" : "sessions.waitlisted" });
    }
    case "cancel":
      await orHttpError(() => cancelSignup({ user, sessionId }));
      return redirectWithFlash(back, { key: "sessions.cancelledFlash" });
    case "attendance":
      return withFieldErrors(async () => {
        const r = await recordAttendance({ actor: user, sessionId, attended: input.attended });
        return redirectWithFlash(back, { key: "session.attendanceSaved", vars: { count: r.completed } });
      });
    case "cancel_session":
      await orHttpError(() => cancelSession({ actor: user, sessionId }));
      return redirectWithFlash(back, { key: "session.cancelledFlash" });
    case "update":
      return withFieldErrors(async () => {
        await updateSession({ actor: user, sessionId, input: withInstants(input) });
        return redirectWithFlash(back, { key: "session.saved" });
      }, form.values);
  }
}


export default function SessionPage() {
  const t = useT();
  const locale = useLocale();
  const { session, steps, myStatus, waitPosition, confirmed, participants, organiser, allSteps, topics, upcoming } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const attendanceError = actionData && !actionData.ok ? actionData.errors.attended : undefined;
  const full = confirmed >= session.capacity;
  const open = upcoming && !session.cancelled_at;
  return (
    <>
      <p className="ds-paragraph">
        <Link className="ds-link" to="/kurs">
          {t("sessions.title")}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {session.title}
      </h1>
      {session.cancelled_at ? <Alert color="danger">{t("sessions.cancelledSession")}</Alert> : null}
      <dl className="kv">
        <dt>{t("session.field.kind")}</dt>
        <dd>{t(`session.kind.${session.kind}`)}</dd>
        {session.topic ? (
          <>
            <dt>{t("session.field.topic")}</dt>
            <dd>{session.topic}</dd>
          </>
        ) : null}
        <dt>{t("sessions.col.when")}</dt>
        <dd>
          {formatDateTime(session.starts_at, locale)} – {formatDateTime(session.ends_at, locale).split(", ").pop()}
        </dd>
        <dt>{t("sessions.col.where")}</dt>
        <dd>{session.location}</dd>
        <dt>{t("sessions.col.places")}</dt>
        <dd>{t("sessions.places", { taken: confirmed, capacity: session.capacity })}</dd>
        <dt>{t("session.fulfils")}</dt>
        <dd>{steps.map((s) => s.title).join(", ") || "–"}</dd>
        <dt>{t("sessions.col.status")}</dt>
        <dd>{t(`sessions.status.${myStatus ?? "none"}`)}</dd>
      </dl>
      {session.description ? <p className="ds-paragraph">{session.description}</p> : null}
      {waitPosition ? <p className="ds-paragraph">{t("sessions.waitPosition", { position: waitPosition })}</p> : null}
      {open ? (
        <Form method="post">
          {myStatus === "confirmed" || myStatus === "waitlist" ? (
            <Button variant="secondary" name="intent" value="cancel">
              {t("sessions.cancel")}
            </Button>
          ) : (
            <Button name="intent" value="signup">
              {full ? t("sessions.joinWaitlist") : t("sessions.signUp")}
            </Button>
          )}
        </Form>
      ) : null}

      {organiser ? (
        <>
          <section className="ds-card form-card" aria-labelledby="participants">
            <h2 className="ds-heading" data-size="sm" id="participants">
              {t("session.participants")}
            </h2>
            {attendanceError ? (
              <Alert color="danger" role="alert">
                {t(attendanceError)}
              </Alert>
            ) : null}
            {participants.length === 0 ? (
              <p className="ds-paragraph">{t("session.noParticipants")}</p>
            ) : upcoming ? (
              <>
                <p className="ds-paragraph">{t("session.attendanceFrom", { date: formatDateTime(session.starts_at, locale) })}</p>
                <h3 className="ds-heading" data-size="xs">
                  {t("session.signedUpList")}
                </h3>
                <ul>
                  {participants
                    .filter((p) => p.status === "confirmed")
                    .map((p) => (
                      <li key={p.id}>
                        {p.name} <span className="muted">{p.email}</span>
                      </li>
                    ))}
                </ul>
              </>
            ) : (
              <Form method="post" className="stack">
                <input type="hidden" name="intent" value="attendance" />
                <fieldset className="ds-fieldset">
                  <legend className="ds-label">{t("session.attended")}</legend>
                  {participants
                    .filter((p) => p.status === "confirmed")
                    .map((p) => (
                      <div className="ds-field" key={p.id}>
                        <input className="ds-input" type="checkbox" id={`att-${p.id}`} name="attended" value={p.id} defaultChecked={p.attended} />
                        <label className="ds-label" data-weight="regular" htmlFor={`att-${p.id}`}>
                          {p.name} <span className="muted">{p.email}</span>
                        </label>
                      </div>
                    ))}
                </fieldset>
                <div>
                  <Button variant="secondary">{t("session.saveAttendance")}</Button>
                </div>
              </Form>
            )}
            {participants.some((p) => p.status === "waitlist") ? (
              <>
                <h3 className="ds-heading" data-size="xs">
                  {t("session.waitlist")}
                </h3>
                <ol>
                  {participants
                    .filter((p) => p.status === "waitlist")
                    .map((p) => (
                      <li key={p.id}>{p.name}</li>
                    ))}
                </ol>
              </>
            ) : null}
          </section>
          {!session.cancelled_at ? (
            <section className="ds-card form-card narrow" aria-labelledby="edit-session">
              <h2 className="ds-heading" data-size="sm" id="edit-session">
                {t("session.edit")}
              </h2>
              <SessionForm
                steps={allSteps}
                topics={topics}
                intent="update"
                submitLabel={t("session.save")}
                defaults={{
                  kind: session.kind,
                  topicId: session.topic_id === null ? "" : String(session.topic_id),
                  title: session.title,
                  description: session.description,
                  date: osloWallClock(session.starts_at).date,
                  startTime: osloWallClock(session.starts_at).time,
                  endTime: osloWallClock(session.ends_at).time,
                  location: session.location,
                  capacity: session.capacity,
                  stepIds: steps.map((s) => String(s.id)),
                }}
              />
              <Form method="post">
                <Button variant="tertiary" data-color="danger" name="intent" value="cancel_session">
                  {t("session.cancelSession")}
                </Button>
              </Form>
            </section>
          ) : null}
        </>
      ) : null}
    </>
  );
}
