import { Link, useLocation } from "@remix-run/react";
import { useT } from "~/utils/i18n";

/** Previous/next links that keep the current filters; plain links, so they work without JavaScript. */
export function Pagination({ page, pages, param = "side" }: { page: number; pages: number; param?: string }) {
  const t = useT();
  const location = useLocation();
  if (pages <= 1) return null;
  const href = (p: number) => {
    const params = new URLSearchParams(location.search);
    params.set(param, String(p));
    return `${location.pathname}?${params}`;
  };
  return (
    <nav className="ds-pagination pager" aria-label={t("leaders.pagination")}>
      {page > 1 ? (
        <Link className="ds-link" to={href(page - 1)} rel="prev">
          {t("leaders.prev")}
        </Link>
      ) : null}
      <span aria-current="page">{t("leaders.pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link className="ds-link" to={href(page + 1)} rel="next">
          {t("leaders.next")}
        </Link>
      ) : null}
    </nav>
  );
}
