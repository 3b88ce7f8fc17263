import { Form, Link } from "@remix-run/react";
import type { CycleMeasure, DutyState, UnitCycle } from "~/types/unit-cycle";
import { formatDate } from "~/utils/dates";
import { useLocale, useT } from "~/utils/i18n";
import { Button, TableScroll } from "./ui";

const COLOR: Record<DutyState, string> = { done: "success", overdue: "danger", coming: "neutral" };

export function DutyTag({ state }: { state: DutyState }) {
  const t = useT();
  return (
    <span className="ds-tag" data-color={COLOR[state]} data-size="sm">
      {t(`cycle.state.${state}`)}
    </span>
  );
}

interface Entry {
  key: string;
  date: string;
  title: string;
  state?: DutyState;
  detail: string[];
}

/** The unit's Lean cycle in date order: the duties before the rollout, the rollout, the analysis, every revision. */
export function CycleTimeline({ cycle }: { cycle: UnitCycle }) {
  const t = useT();
  const locale = useLocale();
  const d = (date: string) => formatDate(date, locale);
  const by = (who: string | null, moved: boolean) => [...(who ? [t("cycle.recordedBy", { name: who })] : []), ...(moved ? [t("cycle.moved")] : [])];
  if (!cycle.rollout) return <p className="ds-paragraph">{t("cycle.noRollout")}</p>;
  const { meeting, contract, fba } = cycle;
  const entries: Entry[] = [
    {
      key: "meeting",
      date: meeting.record?.heldOn ?? meeting.due!,
      title: t("cycle.task.meeting"),
      state: meeting.state,
      detail: meeting.record
        ? [t("cycle.heldOn", { date: d(meeting.record.heldOn) }), ...(meeting.record.attendees ? [t("cycle.attendeesWere", { list: meeting.record.attendees })] : []), ...by(meeting.record.recordedBy, meeting.record.moved)]
        : [t("cycle.dueOn", { date: d(meeting.due!) })],
    },
    {
      key: "contract",
      date: contract.record?.agreedOn ?? contract.due!,
      title: t("cycle.task.contract"),
      state: contract.state,
      detail: contract.record
        ? [
            t("cycle.period", { from: d(contract.record.periodStart), to: d(contract.record.periodEnd) }),
            ...contract.extensions.map((e) => t("cycle.extended", { from: d(e.previousEnd), to: d(e.newEnd), reason: e.reason })),
            ...(contract.record.decision
              ? [t(`cycle.decided.${contract.record.decision}`, { date: d(contract.record.decidedOn!), reason: contract.record.decisionReason ?? "" })]
              : fba.record
                ? [t("cycle.decision.pending")]
                : []),
            ...by(contract.record.recordedBy, contract.record.moved),
          ]
        : [t("cycle.dueOn", { date: d(contract.due!) })],
    },
    { key: "rollout", date: cycle.rollout.startDate, title: t("cycle.rollout"), detail: [t("cycle.rolloutOn", { date: d(cycle.rollout.startDate) })] },
    // An analysis no longer due (the unit ended its Lean work first) is left out.
    ...(fba.record || fba.due
      ? [
          {
            key: "fba",
            date: fba.record?.heldOn ?? fba.due!,
            title: t("cycle.duty.fba"),
            state: fba.state,
            detail: fba.record ? [t("cycle.heldOn", { date: d(fba.record.heldOn) }), ...by(fba.record.recordedBy, fba.record.moved)] : [t("cycle.fbaDue", { date: d(fba.due!) })],
          },
        ]
      : []),
    ...cycle.revisions.map((r) => ({
      key: `revision-${r.number}`,
      date: r.held?.heldOn ?? r.due,
      title: t("cycle.revision", { number: r.number }),
      state: r.state,
      detail: r.held
        ? [
            t("cycle.heldOn", { date: d(r.held.heldOn) }),
            r.held.gembaOn ? t("cycle.gembaOn", { date: d(r.held.gembaOn) }) : t("cycle.noGemba"),
            t(r.held.developmentUnitTookPart ? "cycle.devTookPart" : "cycle.devAbsent"),
            ...(r.held.notes ? [r.held.notes] : []),
            ...by(r.held.recordedBy, r.held.moved),
          ]
        : [t("cycle.dueOn", { date: d(r.due) })],
    })),
    ...(cycle.leanEnd ? [{ key: "end", date: cycle.leanEnd.endedOn, title: t("cycle.stage.ended"), detail: [t("cycle.ended", { date: d(cycle.leanEnd.endedOn) }), cycle.leanEnd.reason, ...by(cycle.leanEnd.recordedBy, false)] }] : []),
  ];
  entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return (
    <ol className="plain-list timeline">
      {entries.map((e) => (
        <li key={e.key} className="timeline-entry">
          <h3 className="ds-heading" data-size="2xs">
            {e.title} {e.state ? <DutyTag state={e.state} /> : null}
          </h3>
          {e.detail.map((line, i) => (
            <p key={i} className="ds-paragraph" data-size="sm">
              {line}
            </p>
          ))}
        </li>
      ))}
    </ol>
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
