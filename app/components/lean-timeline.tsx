import type { DutyState, UnitCycle } from "~/types/unit-cycle";
import { formatDate } from "~/utils/dates";
import { useLocale, useT } from "~/utils/i18n";
import { DutyTag } from "./measure-table";

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
