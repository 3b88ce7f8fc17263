import { Form, Link } from "@remix-run/react";
import type { CycleMeasure, DutyState } from "~/types/unit-cycle";
import { formatDate } from "~/utils/dates";
import { useLocale, useT } from "~/utils/i18n";
import { Button, TableScroll } from "./ui";

// Measures and follow-ups: on the unit's page and on «Mitt løp» (kept apart from the timeline, so
// «Mitt løp» loads only this).

const COLOR: Record<DutyState, string> = { done: "success", overdue: "danger", coming: "neutral" };

export function DutyTag({ state }: { state: DutyState }) {
  const t = useT();
  return (
    <span className="ds-tag" data-color={COLOR[state]} data-size="sm">
      {t(`cycle.state.${state}`)}
    </span>
  );
}

/**
 * Measures and follow-ups, with a «done» / «reopen» button for those this user may update; with
 * their unit when they come from several («Mitt løp»).
 */
export function MeasureTable({ measures, caption }: { measures: (CycleMeasure & { unitId?: number; unitName?: string })[]; caption: string }) {
  const withUnit = measures.some((m) => m.unitName !== undefined);
  const t = useT();
  const locale = useLocale();
  return (
    <TableScroll label={caption}>
      <table className="ds-table" data-border="true">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("cycle.measure.title")}</th>
            {withUnit ? <th scope="col">{t("cycle.measure.unit")}</th> : null}
            <th scope="col">{t("cycle.measure.from")}</th>
            <th scope="col">{t("cycle.measure.owner")}</th>
            <th scope="col">{t("cycle.measure.due")}</th>
            <th scope="col">{t("cycle.measure.status")}</th>
          </tr>
        </thead>
        <tbody>
          {measures.map((m) => (
            <tr key={m.id} id={`tiltak-${m.id}`}>
              <th scope="row">{m.title}</th>
              {withUnit ? (
                <td>
                  <Link className="ds-link" to={`/enheter/${m.unitId}`}>
                    {m.unitName}
                  </Link>
                </td>
              ) : null}
              <td>
                {m.revisionNumber === null ? t("cycle.duty.fba") : t("cycle.revision", { number: m.revisionNumber })}
                {m.carriedTo.length ? <span className="muted block">{t("cycle.carried", { list: m.carriedTo.join(", ") })}</span> : null}
              </td>
              <td>{m.ownerName ?? "–"}</td>
              <td>{formatDate(m.dueDate, locale)}</td>
              <td>
                {m.status === "done" ? (
                  <DutyTag state="done" />
                ) : m.overdue ? (
                  <DutyTag state="overdue" />
                ) : (
                  <span className="ds-tag" data-color="info" data-size="sm">
                    {t("cycle.measure.open")}
                  </span>
                )}
                {m.mayUpdate ? (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="intent" value="measure" />
                    <input type="hidden" name="measureId" value={m.id} />
                    <input type="hidden" name="status" value={m.status === "done" ? "open" : "done"} />
                    <Button variant="secondary" size="sm" aria-label={t(m.status === "done" ? "cycle.measure.reopenNamed" : "cycle.measure.closeNamed", { title: m.title })}>
                      {t(m.status === "done" ? "cycle.measure.reopen" : "cycle.measure.close")}
                    </Button>
                  </Form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** A section of measures: the open ones in a table, the closed ones folded away below. */
export function MeasureSection({ id, title, measures, size = "sm" }: { id: string; title: string; measures: (CycleMeasure & { unitId?: number; unitName?: string })[]; size?: "sm" | "md" }) {
  const t = useT();
  const open = measures.filter((m) => m.status === "open");
  const closed = measures.filter((m) => m.status === "done");
  return (
    <section aria-labelledby={id}>
      <h2 className="ds-heading" data-size={size} id={id}>
        {title}
      </h2>
      {open.length ? <MeasureTable measures={open} caption={t("cycle.measures.open")} /> : <p className="ds-paragraph">{t("cycle.measures.none")}</p>}
      {closed.length ? (
        <details className="legend">
          <summary>{t("cycle.measures.closed", { count: closed.length })}</summary>
          <MeasureTable measures={closed} caption={t("cycle.measures.closedCaption")} />
        </details>
      ) : null}
    </section>
  );
}
