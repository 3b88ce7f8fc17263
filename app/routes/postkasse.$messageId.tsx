import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getOutboxMessage } from "~/models/outbox.server";
import { formatDateTime } from "~/utils/dates";
import { idParam, notFound } from "~/utils/http.server";
import { useLocale, useT } from "~/utils/i18n";
import { requireOutboxReader } from "~/utils/outbox-access.server";

export const meta: MetaFunction = () => [{ title: "E-post – Lederløp" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireOutboxReader(request);
  const message = await getOutboxMessage(idParam(params.messageId));
  if (!message) throw notFound();
  const { html_body: _html, ...rest } = message;
  return { message: rest };
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
          {t(`outbox.status.${message.status}`)}
          {message.sent_at ? ` – ${t("outbox.message.sent", { date: formatDateTime(message.sent_at, locale) })}` : null}
        </dd>
      </dl>
      {message.last_error ? <p className="ds-paragraph">{t("outbox.message.error", { error: message.last_error })}</p> : null}
      <article className="ds-card mail-body">
        <MailText text={message.text_body} />
      </article>
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
