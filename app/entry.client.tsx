import { RemixBrowser } from "@remix-run/react";
import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import type { UiText } from "~/i18n/locales";
import { LocaleContext, provideText } from "~/utils/i18n";
import { STATEMENT_META, StatementContext } from "~/utils/statement";

declare global {
  interface Window {
    __lederlopText?: UiText;
  }
}

/** The reader's messages come in a deferred script of their own (see root.tsx); wait for it if it is still on its way. */
async function text(): Promise<UiText | undefined> {
  if (window.__lederlopText) return window.__lederlopText;
  const script = document.getElementById("lederlop-text");
  if (!script) return undefined;
  await new Promise((done) => {
    script.addEventListener("load", done, { once: true });
    script.addEventListener("error", done, { once: true });
  });
  return window.__lederlopText;
}

void text().then((uiText) => {
  // Without its messages the app cannot render the same page again: leave the server's page,
  // which works without JavaScript, as it is.
  if (!uiText) return;
  provideText(uiText);
  const statementUrl = document.querySelector<HTMLMetaElement>(`meta[name="${STATEMENT_META}"]`)?.content ?? null;
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <LocaleContext.Provider value={uiText.locale}>
          <StatementContext.Provider value={statementUrl}>
            <RemixBrowser />
          </StatementContext.Provider>
        </LocaleContext.Provider>
      </StrictMode>,
    );
  });
});
