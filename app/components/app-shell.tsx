import { Form, NavLink, useLocation, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import type { loader as rootLoader } from "~/root";
import { useT } from "~/utils/i18n";
import { navFor } from "~/utils/nav";
import { Alert, Button } from "./ui";

export function AppShell({ children }: { children: ReactNode }) {
  const t = useT();
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const location = useLocation();
  const user = root?.user;
  const links = user ? navFor(user.roles, root.demo) : [];
  const here = location.pathname + location.search;

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
            <Form method="post" action="/sprak" className="lang-form">
              <input type="hidden" name="back" value={here} />
              <Button variant="tertiary" size="sm" name="locale" value={root?.locale === "en" ? "nb" : "en"} lang={root?.locale === "en" ? "nb" : "en"}>
                {root?.locale === "en" ? t("app.language.nb") : t("app.language.en")}
              </Button>
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
      <footer className="site-footer">
        <p>{t("app.footer")}</p>
      </footer>
    </>
  );
}
