import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { Button } from "~/components/ui";
import { getOutboxMessage, resendMail } from "~/models/outbox.server";
import { requirePermission } from "~/server/user.server";
import { formatDateTime } from "~/utils/dates";
import { outboxStatusLabel } from "~/utils/status";
import { isDemo } from "~/utils/env.server";
import { idParam, notFound, orHttpError, redirectWithFlash } from "~/server/http.server";
import { useLocale, useT, title } from "~/utils/i18n";
import { requireOutboxReader } from "~/server/outbox-access.server";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("outbox.title"));

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireOutboxReader(request);
  const message = await getOutboxMessage(idParam(params.messageId));
  if (!message) throw notFound();
  const { html_body: _html, text_body, ...rest } = message;
  // A sign-in link would let the reader act as its recipient: shown only in the demo's mailbox.
  const hidden = message.kind === "sign_in" && !isDemo();
  return { message: { ...rest, text_body: hidden ? null : text_body } };
}

/** HR or an admin puts a failed message back in the queue. */
export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requirePermission(request, "resend:outbox");
  const id = idParam(params.messageId);
  await orHttpError(() => resendMail({ actorId: actor.id, id }));
  return redirectWithFlash(`/postkasse/${id}`, { key: "outbox.resent" });
}

/** Shows the plain-text part with its links clickable; the HTML part is never injected into the app. */
export default function OutboxMessage() {
  const t = useT();
  const locale = useLocale();
  const { message } = useLoaderData<typeof loader>();
  return (
    <>
      <p className="ds-paragraph">
        <Link className="ds-link" to="/postkasse">
          {t("outbox.back")}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="md">
        {t("outbox.message.title", { to: message.to_address })}
      </h1>
      <dl className="kv">
        <dt>{t("outbox.message.subject")}</dt>
        <dd>{message.subject}</dd>
        <dt>{t("outbox.col.created")}</dt>
        <dd>{formatDateTime(message.created_at, locale)}</dd>
        <dt>{t("outbox.col.status")}</dt>
        <dd>
          {t(outboxStatusLabel(message))}
          {message.sent_at ? ` – ${t("outbox.message.sent", { date: formatDateTime(message.sent_at, locale) })}` : null}
          {message.status === "pending" && message.attempts > 0 ? ` – ${t("outbox.message.nextAttempt", { date: formatDateTime(message.send_after, locale) })}` : null}
        </dd>
      </dl>
      {message.last_error ? <p className="ds-paragraph">{t("outbox.message.error", { error: message.last_error })}</p> : null}
      {message.status === "failed" || message.status === "cancelled" ? (
        <Form method="post">
          <Button variant="secondary">{t("outbox.resend")}</Button>
        </Form>
      ) : null}
      {message.text_body === null ? (
        <p className="ds-paragraph">{t("outbox.hidden")}</p>
      ) : (
        <article className="ds-card mail-body">
          <MailText text={message.text_body} />
        </article>
      )}
    </>
  );
}

function MailText({ text }: { text: string }) {
  return (
    <div className="mail-text">
      {text.split("\n").map((line, i) => (
        <p key={i}>
          {line.split(/(https?:\/\/\S+)/g).map((part, j) =>
            /^https?:\/\//.test(part) ? (
              <a key={j} className="ds-link" href={part}>
                {part}
              </a>
            ) : (
              part
            ),
          )}
        </p>
      ))}
    </div>
  );
}
