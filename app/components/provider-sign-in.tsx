import { Form, Link } from "@remix-run/react";
import { Button } from "./ui";
import type { MessageKey } from "~/i18n/catalog";
import type { ProviderProblem as Problem } from "~/types/provider";
import { useT } from "~/utils/i18n";

const TEXT: Record<Problem, [MessageKey, MessageKey]> = {
  not_registered: ["signin.provider.notRegistered.title", "signin.provider.notRegistered.body"],
  refused: ["signin.provider.refused.title", "signin.provider.refused.body"],
  unavailable: ["signin.provider.unavailable.title", "signin.provider.unavailable.body"],
};

/** Why sign-in through the provider did not work, and the way back to the sign-in page. */
export function ProviderProblem({ problem }: { problem: Problem }) {
  const t = useT();
  const [title, body] = TEXT[problem];
  return (
    <div className="narrow">
      <h1 className="ds-heading" data-size="lg">
        {t(title)}
      </h1>
      <p className="ds-paragraph">{t(body)}</p>
      <p className="ds-paragraph">
        <Link className="ds-link" to="/logg-inn">
          {t("signin.provider.again")}
        </Link>
      </p>
    </div>
  );
}

/** «Logg inn med Microsoft»: a plain POST (reloadDocument), since the answer sends the browser to the provider. */
export function ProviderSignInForm({ next }: { next: string }) {
  const t = useT();
  return (
    <Form method="post" action="/auth/oidc" reloadDocument className="stack">
      <input type="hidden" name="neste" value={next} />
      <p className="ds-paragraph">{t("signin.provider.intro")}</p>
      <div>
        <Button>{t("signin.provider.submit")}</Button>
      </div>
    </Form>
  );
}
