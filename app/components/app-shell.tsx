import { Form, NavLink, useLocation } from "@remix-run/react";
import type { ReactNode } from "react";
import type { Role } from "../../db/schema";
import { LOCALES, type Locale } from "~/i18n/locales";
import { useT } from "~/utils/i18n";
import { useStatementUrl } from "~/utils/statement";
import { navFor } from "~/access/menu";
import { Alert, Button } from "./ui";

/** What the shell shows of the root loader's data; the root passes it in (the shell never reaches up for it). */
export interface ShellData {
  locale: Locale;
  demo: boolean;
  user: { id: number; name: string; roles: Role[] } | null;
  flash: string | null;
}

export function AppShell({ root, children }: { root: ShellData | undefined; children: ReactNode }) {
  const t = useT();
  const location = useLocation();
  const user = root?.user;
  const links = user ? navFor(user.roles, root.demo) : [];
  // A sign-in callback works once: changing the language there goes back to the sign-in page.
  const here = location.pathname.startsWith("/auth/oidc") ? "/logg-inn" : location.pathname + location.search;

  return (
    <>
      <a className="ds-skip-link" href="#main">
        {t("app.skipToContent")}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <a href="/" className="brand">
            <span className="brand-name">{t("app.name")}</span>
            <span className="brand-tagline">{t("app.tagline")}</span>
          </a>
          <div className="header-tools">
            {/* One button per language: one press, no JavaScript needed; a full load, since the browser holds one language's text. */}
            <Form method="post" action="/sprak" reloadDocument className="lang-form" aria-label={t("app.language")}>
              <input type="hidden" name="back" value={here} />
              {LOCALES.map((l) => (
                <Button key={l} variant="tertiary" size="sm" name="locale" value={l} lang={l} aria-pressed={l === root?.locale}>
                  {t(`app.language.${l}`)}
                </Button>
              ))}
            </Form>
            {user ? (
              <Form method="post" action="/logg-ut">
                <span className="signed-in">{t("app.signedInAs", { name: user.name })}</span>{" "}
                <Button variant="secondary" size="sm">
                  {t("nav.signOut")}
                </Button>
              </Form>
            ) : null}
          </div>
        </div>
        {links.length > 0 ? (
          <nav aria-label={t("app.mainNav")} className="main-nav">
            <ul>
              {links.map((l) => (
                <li key={l.to}>
                  <NavLink to={l.to} end={l.to === "/ledere"} prefetch="intent">
                    {t(l.to === "/postkasse" && root?.demo ? "nav.outbox" : l.label)}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1} className="page">
        {root?.demo ? <p className="demo-banner">{t("app.demoBanner")}</p> : null}
        {root?.flash ? (
          <Alert color="success" role="status">
            {root.flash}
          </Alert>
        ) : null}
        {children}
      </main>
      <SiteFooter />
    </>
  );
}

/** Every page's footer, the bare error page's too: the accessibility statement must be one link away. */
export function SiteFooter() {
  const t = useT();
  const statementUrl = useStatementUrl();
  return (
    <footer className="site-footer">
      <p>{t("app.footer")}</p>
      <p>
        <a className="ds-link" href={statementUrl ?? "/tilgjengelighet"}>
          {t("a11y.link")}
        </a>
      </p>
    </footer>
  );
}
