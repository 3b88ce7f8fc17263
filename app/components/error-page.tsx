import { Link } from "@remix-run/react";
import type { MessageKey } from "~/i18n/catalog";
import { useT } from "~/utils/i18n";

const TEXT: Record<number, [MessageKey, MessageKey]> = {
  400: ["error.badRequest.title", "error.badRequest.body"],
  403: ["error.forbidden.title", "error.forbidden.body"],
  404: ["error.notFound.title", "error.notFound.body"],
  409: ["error.conflict.title", "error.conflict.body"],
  413: ["error.tooLarge.title", "error.tooLarge.body"],
  429: ["error.tooMany.title", "error.tooMany.body"],
};

/** A friendly page for 4xx/5xx; never shows a stack trace. */
export function ErrorPage({ status }: { status: number }) {
  const t = useT();
  const [title, body] = TEXT[status] ?? ["error.title", "error.body"];
  return (
    <section className="error-page">
      <h1 className="ds-heading" data-size="lg">
        {t(title)}
      </h1>
      <p className="ds-paragraph">{t(body)}</p>
      <p className="ds-paragraph">
        <Link className="ds-link" to="/">
          {t("error.home")}
        </Link>
      </p>
    </section>
  );
}
