import { Form, NavLink, useLocation, useRouteLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import type { Role } from "../../db/schema";
import type { MessageKey } from "~/i18n/catalog";
import type { loader as rootLoader } from "~/root";
import { useT } from "~/utils/i18n";
import { Alert, Button } from "./ui";

const NAV: { to: string; label: MessageKey; roles: Role[] }[] = [
  { to: "/mitt-lop", label: "nav.myPath", roles: ["leader"] },
  { to: "/ledere", label: "nav.leaders", roles: ["hr", "development_unit", "admin", "tol", "rlg"] },
  { to: "/ledere/ny", label: "nav.register", roles: ["hr", "admin"] },
  { to: "/ledere/import", label: "nav.import", roles: ["hr", "admin"] },
  { to: "/beredskap", label: "nav.readiness", roles: ["tol", "hr", "development_unit", "admin"] },
  { to: "/innforing", label: "nav.rollouts", roles: ["tol", "hr", "development_unit", "admin", "rlg"] },
  { to: "/kurs", label: "nav.sessions", roles: ["leader", "development_unit", "admin"] },
  { to: "/rapporter", label: "nav.reports", roles: ["hr", "tol", "development_unit", "admin", "rlg"] },
  { to: "/maler", label: "nav.templates", roles: ["admin", "hr"] },
  { to: "/personer", label: "nav.people", roles: ["admin"] },
  { to: "/organisasjon", label: "nav.organisation", roles: ["admin"] },
  { to: "/revisjon", label: "nav.audit", roles: ["admin"] },
  { to: "/postkasse", label: "nav.sentMail", roles: ["admin", "hr"] },
  { to: "/profil", label: "nav.profile", roles: ["leader", "hr", "tol", "development_unit", "admin"] },
];

export function AppShell({ children }: { children: ReactNode }) {
  const t = useT();
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const location = useLocation();
  const user = root?.user;
  const links = user ? NAV.filter((n) => n.roles.some((r) => user.roles.includes(r)) || (n.to === "/postkasse" && root.demo)) : [];
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
