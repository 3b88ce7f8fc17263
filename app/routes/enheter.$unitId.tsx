import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { CycleTimeline, MeasureSection } from "~/components/lean-timeline";
import { Alert, Button, Checkbox, ErrorSummary, SelectField, TextArea, TextField } from "~/components/ui";
import { useZodForm } from "~/components/use-zod-form";
import { correctFba, decideGuidance, endLean, recordFba, recordGuidance, recordMeeting, recordRevision, resumeLean, unitCycle, updateMeasure } from "~/models/unit-cycle.server";
import { idParam, invalid, orHttpError, parseForm, redirectWithFlash, withFieldErrors } from "~/server/http.server";
import { requireGrant, requirePermission } from "~/server/user.server";
import type { Permission } from "~/access/policy";
import { formatDate } from "~/utils/dates";
import type { FieldErrors } from "~/utils/forms";
import { useLocale, useT, type T } from "~/utils/i18n";
import { CAUSE_ROWS, cycleForms, DEVIATION_ROWS, MEASURE_ROWS, unitCycleSchema } from "~/validation/unit-cycle";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.unit.name ?? ""} – Lederløp` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "read:unit-cycle");
  return orHttpError(() => unitCycle({ user, unitId: idParam(params.unitId) }));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requirePermission(request, "read:unit-cycle");
  const unitId = idParam(params.unitId);
  const back = `/enheter/${unitId}`;
  const form = await parseForm(request, unitCycleSchema, { arrays: ["closed"], hidden: ["measureId", "status"] });
  // Someone who may not send this form gets a refusal, not its field messages.
  if (!form.ok) {
    requireGrant(user, GRANTS[form.values.intent as Intent]);
    return invalid(form.errors, form.values);
  }
  const input = form.data;
  requireGrant(user, GRANTS[input.intent]);
  const done = (key: `cycle.saved.${"meeting" | "contract" | "decision" | "fba" | "fbaEdit" | "revision" | "measure" | "end" | "resume"}`) => redirectWithFlash(back, { key });
  switch (input.intent) {
    case "meeting":
      return withFieldErrors(async () => {
        await recordMeeting({ user, unitId, heldOn: input.heldOn, attendees: input.attendees });
        return done("cycle.saved.meeting");
      }, form.values);
    case "contract":
      return withFieldErrors(async () => {
        await recordGuidance({ user, unitId, input });
        return done("cycle.saved.contract");
      }, form.values);
    case "decision":
      return withFieldErrors(async () => {
        await decideGuidance({ user, unitId, input });
        return done("cycle.saved.decision");
      }, form.values);
    case "fba":
      return withFieldErrors(async () => {
        await recordFba({ user, unitId, input });
        return done("cycle.saved.fba");
      }, form.values);
    case "fbaEdit":
      return withFieldErrors(async () => {
        await correctFba({ user, unitId, input });
        return done("cycle.saved.fbaEdit");
      }, form.values);
    case "end":
      return withFieldErrors(async () => {
        await endLean({ user, unitId, input });
        return done("cycle.saved.end");
      }, form.values);
    case "resume":
      await orHttpError(() => resumeLean({ user, unitId }));
      return done("cycle.saved.resume");
    case "revision":
      return withFieldErrors(async () => {
        await recordRevision({ user, unitId, input });
        return done("cycle.saved.revision");
      }, form.values);
    case "measure":
      await orHttpError(() => updateMeasure({ user, unitId, measureId: input.measureId, status: input.status }));
      return done("cycle.saved.measure");
  }
}

type Sent = { errors?: FieldErrors; values?: Record<string, unknown> } | undefined;
type Intent = keyof typeof cycleForms;

/** The permission each form needs (the model checks the unit's area too). */
const GRANTS = {
  meeting: "record:unit-cycle",
  fba: "record:unit-cycle",
  fbaEdit: "record:unit-cycle",
  end: "record:unit-cycle",
  resume: "record:unit-cycle",
  contract: "record:guidance",
  decision: "record:guidance",
  revision: "record:revision",
  measure: "update:measure",
} as const satisfies Record<Intent, Permission>;

/** One form's react-hook-form, fed the server's answer only when that answer was for this form. */
function useCycleForm<I extends Exclude<Intent, "measure" | "resume">>(intent: I, defaults: Record<string, unknown> = {}) {
  const sent = useActionData<typeof action>() as Sent;
  const mine = sent?.values?.intent === intent ? sent : undefined;
  // The intent is a registered field too, so the browser's check sees the same object as the server's.
  const form = useZodForm(cycleForms[intent], { defaults: { ...(mine?.values ?? defaults), intent }, serverErrors: mine?.errors });
  const id = (name: string) => `${intent}-${name}`;
  return { ...form, id, sent: mine, props: (name: string) => ({ ...form.field(name as never), id: id(name) }) };
}

function FormCard({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <section className="ds-card form-card" aria-labelledby={id}>
      <h2 className="ds-heading" data-size="sm" id={id}>
        {title}
      </h2>
      {intro ? <p className="ds-paragraph">{intro}</p> : null}
      {children}
    </section>
  );
}

function errorsFor(error: (name: string) => string | undefined, labels: Record<string, string>) {
  return Object.fromEntries(Object.keys(labels).map((k) => [k, error(k)]));
}

export default function UnitCyclePage() {
  const t = useT();
  const locale = useLocale();
  const cycle = useLoaderData<typeof loader>();
  const fba = cycle.fba.record;
  const sent = useActionData<typeof action>() as Sent;
  const shown: Record<Intent, boolean> = {
    meeting: cycle.may.meeting,
    contract: cycle.may.guidance,
    decision: cycle.may.guidance && !!cycle.contract.record && !!fba,
    fba: cycle.may.fba,
    fbaEdit: cycle.may.fbaEdit,
    end: cycle.may.end && !cycle.leanEnd,
    resume: false,
    revision: cycle.may.revision && cycle.revisions.some((r) => !r.held),
    measure: false,
  };
  return (
    <>
      {sent?.errors && !shown[sent.values?.intent as Intent] ? (
        <Alert color="danger" role="alert">
          {t("cycle.notSaved")}
        </Alert>
      ) : null}
      <p className="ds-paragraph">
        <Link className="ds-link" to={`/innforing/${cycle.unit.id}`}>
          {t("rollout.unit.title", { unit: cycle.unit.name })}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {t("cycle.title", { unit: cycle.unit.name })}
      </h1>
      <p className="ds-paragraph lead">
        {cycle.unit.areaName}
        {cycle.rollout ? ` · ${t("cycle.rolloutOn", { date: formatDate(cycle.rollout.startDate, locale) })}` : ""}
      </p>
      {cycle.leanEnd ? (
        <Alert color="warning">
          <h2 className="ds-heading" data-size="2xs">
            {t("cycle.ended", { date: formatDate(cycle.leanEnd.endedOn, locale) })}
          </h2>
          <p className="ds-paragraph">{cycle.leanEnd.reason}</p>
          <p className="ds-paragraph" data-size="sm">
            {t("cycle.ended.help")}
            {cycle.leanEnd.recordedBy ? ` ${t("cycle.recordedBy", { name: cycle.leanEnd.recordedBy })}` : ""}
          </p>
          {cycle.may.end ? (
            <Form method="post">
              <input type="hidden" name="intent" value="resume" />
              <Button variant="secondary">{t("cycle.form.resume")}</Button>
            </Form>
          ) : null}
        </Alert>
      ) : null}
      <section aria-labelledby="timeline">
        <h2 className="ds-heading" data-size="sm" id="timeline">
          {t("cycle.timeline")}
        </h2>
        <CycleTimeline cycle={cycle} />
      </section>
      <MeasureSection id="measures" title={t("cycle.measures")} measures={cycle.measures} />
      {fba ? (
        <section aria-labelledby="fba-result">
          <h2 className="ds-heading" data-size="sm" id="fba-result">
            {t("cycle.fba.result")}
          </h2>
          <p className="ds-paragraph">{t("cycle.fba.question")}</p>
          {fba.participants ? <p className="ds-paragraph">{t("cycle.participantsWere", { list: fba.participants })}</p> : null}
          <dl className="causes">
            {[...new Set(fba.causes.map((c) => c.category))].map((category) => (
              <div key={category}>
                <dt>{category}</dt>
                {fba.causes
                  .filter((c) => c.category === category)
                  .map((c, i) => (
                    <dd key={i}>{c.description}</dd>
                  ))}
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      {cycle.may.meeting ? <MeetingForm /> : null}
      {cycle.may.guidance ? <ContractForm /> : null}
      {cycle.may.guidance && cycle.contract.record && fba ? <DecisionForm /> : null}
      {cycle.may.fba ? <FbaForm /> : null}
      {cycle.may.fbaEdit ? <FbaEditForm /> : null}
      {cycle.may.revision ? <RevisionForm /> : null}
      {shown.end ? <EndForm /> : null}
    </>
  );
}

function MeetingForm() {
  const t = useT();
  const { meeting } = useLoaderData<typeof loader>();
  const f = useCycleForm("meeting", meeting.record ? { heldOn: meeting.record.heldOn, attendees: meeting.record.attendees } : {});
  const labels = { heldOn: t("cycle.field.heldOn"), attendees: t("cycle.field.attendees") };
  const errors = errorsFor(f.error, labels);
  return (
    <FormCard id="meeting-form" title={t(meeting.record ? "cycle.form.meetingEdit" : "cycle.form.meeting")} intro={t("cycle.form.meetingIntro")}>
      {f.formState.isSubmitted || f.sent ? <ErrorSummary errors={errors} labels={labels} prefix="meeting-" /> : null}
      <Form method="post" noValidate onSubmit={f.onSubmit} className="stack">
        <input type="hidden" {...f.field("intent" as never)} />
        <TextField label={labels.heldOn} type="date" required error={errors.heldOn} {...f.props("heldOn")} />
        <TextArea label={labels.attendees} description={t("cycle.field.attendeesHelp")} rows={3} required error={errors.attendees} {...f.props("attendees")} />
        <div>
          <Button>{t("cycle.form.save")}</Button>
        </div>
      </Form>
    </FormCard>
  );
}

function ContractForm() {
  const t = useT();
  const { contract, rollout } = useLoaderData<typeof loader>();
  const r = contract.record;
  const f = useCycleForm("contract", r ? { agreedOn: r.agreedOn, periodStart: r.periodStart, periodEnd: r.periodEnd } : { periodStart: rollout?.startDate });
  const labels = { agreedOn: t("cycle.field.agreedOn"), periodStart: t("cycle.field.periodStart"), periodEnd: t("cycle.field.periodEnd") };
  const errors = errorsFor(f.error, labels);
  return (
    <FormCard id="contract-form" title={t(r ? "cycle.form.contractEdit" : "cycle.form.contract")} intro={t("cycle.form.contractIntro")}>
      {f.formState.isSubmitted || f.sent ? <ErrorSummary errors={errors} labels={labels} prefix="contract-" /> : null}
      <Form method="post" noValidate onSubmit={f.onSubmit} className="stack">
        <input type="hidden" {...f.field("intent" as never)} />
        <TextField label={labels.agreedOn} type="date" required error={errors.agreedOn} {...f.props("agreedOn")} />
        <TextField label={labels.periodStart} type="date" required error={errors.periodStart} {...f.props("periodStart")} />
        <TextField label={labels.periodEnd} type="date" required error={errors.periodEnd} {...f.props("periodEnd")} />
        <div>
          <Button>{t("cycle.form.save")}</Button>
        </div>
      </Form>
    </FormCard>
  );
}

function DecisionForm() {
  const t = useT();
  const f = useCycleForm("decision");
  const labels = { decision: t("cycle.field.decision"), reason: t("cycle.field.reason"), newEnd: t("cycle.field.newEnd") };
  const errors = errorsFor(f.error, labels);
  return (
    <FormCard id="decision-form" title={t("cycle.form.decision")} intro={t("cycle.form.decisionIntro")}>
      {f.formState.isSubmitted || f.sent ? <ErrorSummary errors={errors} labels={labels} prefix="decision-" /> : null}
      <Form method="post" noValidate onSubmit={f.onSubmit} className="stack">
        <input type="hidden" {...f.field("intent" as never)} />
        <SelectField label={labels.decision} required error={errors.decision} {...f.props("decision")}>
          <option value="">{t("cycle.field.choose")}</option>
          <option value="withdraw">{t("cycle.decision.withdraw")}</option>
          <option value="continue">{t("cycle.decision.continue")}</option>
        </SelectField>
        <TextArea label={labels.reason} rows={3} required error={errors.reason} {...f.props("reason")} />
        <TextField label={labels.newEnd} description={t("cycle.field.newEndHelp")} type="date" error={errors.newEnd} {...f.props("newEnd")} />
        <div>
          <Button>{t("cycle.form.save")}</Button>
        </div>
      </Form>
    </FormCard>
  );
}

/** Numbered rows of measure fields (title, owner, due date), in a fieldset each. */
function MeasureRows({ t, prefix, rows, legend, f, errors, labels }: { t: T; prefix: string; rows: number; legend: (n: number) => string; f: ReturnType<typeof useCycleForm>; errors: Record<string, string | undefined>; labels: Record<string, string> }) {
  const { owners } = useLoaderData<typeof loader>();
  return (
    <>
      {Array.from({ length: rows }, (_, i) => i + 1).map((n) => (
        <fieldset key={n} className="ds-fieldset row-fieldset">
          <legend className="ds-label">{legend(n)}</legend>
          <TextField label={labels[`${prefix}${n}Title`]!} error={errors[`${prefix}${n}Title`]} {...f.props(`${prefix}${n}Title`)} />
          <SelectField label={labels[`${prefix}${n}Owner`]!} error={errors[`${prefix}${n}Owner`]} {...f.props(`${prefix}${n}Owner`)}>
            <option value="">{t("cycle.field.choose")}</option>
            {owners.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
          <TextField label={labels[`${prefix}${n}Due`]!} type="date" error={errors[`${prefix}${n}Due`]} {...f.props(`${prefix}${n}Due`)} />
        </fieldset>
      ))}
    </>
  );
}

/** Labels for numbered measure rows, each naming its row so the error summary says which. */
function rowLabels(t: T, prefix: string, rows: number, kind: "measure" | "deviation") {
  const out: Record<string, string> = {};
  for (let n = 1; n <= rows; n++) {
    out[`${prefix}${n}Title`] = t(`cycle.field.${kind}Title`, { n });
    out[`${prefix}${n}Owner`] = t("cycle.field.owner", { n });
    out[`${prefix}${n}Due`] = t("cycle.field.due", { n });
  }
  return out;
}

function causeLabels(t: T) {
  const labels: Record<string, string> = { heldOn: t("cycle.field.heldOnFba"), participants: t("cycle.field.participants"), tolTookPart: t("cycle.field.tolTookPart") };
  for (let n = 1; n <= CAUSE_ROWS; n++) {
    labels[`c${n}Category`] = t("cycle.field.category", { n });
    labels[`c${n}Text`] = t("cycle.field.cause", { n });
  }
  return labels;
}

/** The analysis's own fields (date, participants with the TOL, causes by category): recording and correcting. */
function AnalysisFields({ f, errors, labels, categories }: { f: ReturnType<typeof useCycleForm<"fba" | "fbaEdit">>; errors: Record<string, string | undefined>; labels: Record<string, string>; categories: string[] }) {
  const t = useT();
  const tolId = f.id("tolTookPart");
  return (
    <>
      <TextField label={labels.heldOn!} type="date" required error={errors.heldOn} {...f.props("heldOn")} />
      <TextArea label={labels.participants!} rows={3} required error={errors.participants} {...f.props("participants")} />
      <div>
        <Checkbox label={labels.tolTookPart!} {...f.checkbox("tolTookPart" as never)} id={tolId} aria-invalid={errors.tolTookPart ? true : undefined} aria-describedby={errors.tolTookPart ? `${tolId}-err` : undefined} />
        {errors.tolTookPart ? (
          <p className="ds-validation-message" data-field="validation" id={`${tolId}-err`}>
            {errors.tolTookPart}
          </p>
        ) : null}
      </div>
      <fieldset className="ds-fieldset">
        <legend className="ds-label">{t("cycle.field.causes")}</legend>
        <p className="ds-paragraph" data-size="sm">
          {t("cycle.fba.question")}
        </p>
        {Array.from({ length: CAUSE_ROWS }, (_, i) => i + 1).map((n) => (
          <div key={n} className="row-fieldset">
            <SelectField label={labels[`c${n}Category`]!} error={errors[`c${n}Category`]} {...f.props(`c${n}Category`)}>
              <option value="">{t("cycle.field.choose")}</option>
              {categories.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </SelectField>
            <TextField label={labels[`c${n}Text`]!} error={errors[`c${n}Text`]} {...f.props(`c${n}Text`)} />
          </div>
        ))}
      </fieldset>
    </>
  );
}

function FbaForm() {
  const t = useT();
  const locale = useLocale();
  const { categories, fba } = useLoaderData<typeof loader>();
  const f = useCycleForm("fba");
  const labels = { ...causeLabels(t), ...rowLabels(t, "m", MEASURE_ROWS, "measure") };
  const errors = errorsFor(f.error, labels);
  return (
    <FormCard id="fba-form" title={t("cycle.form.fba")} intro={t("cycle.form.fbaIntro", { date: fba.due ? formatDate(fba.due, locale) : "" })}>
      {f.formState.isSubmitted || f.sent ? <ErrorSummary errors={errors} labels={labels} prefix="fba-" /> : null}
      <Form method="post" noValidate onSubmit={f.onSubmit} className="stack">
        <input type="hidden" {...f.field("intent" as never)} />
        <AnalysisFields f={f as never} errors={errors} labels={labels} categories={categories} />
        <MeasureRows t={t} prefix="m" rows={MEASURE_ROWS} legend={(n) => t("cycle.field.measureRow", { n })} f={f as never} errors={errors} labels={labels} />
        <div>
          <Button>{t("cycle.form.saveFba")}</Button>
        </div>
      </Form>
    </FormCard>
  );
}

/** Correcting the recorded analysis; its measures are followed on their own and are not touched here. */
function FbaEditForm() {
  const t = useT();
  const { categories, fba } = useLoaderData<typeof loader>();
  const r = fba.record!;
  const defaults: Record<string, unknown> = { heldOn: r.heldOn, participants: r.participants, tolTookPart: r.tolTookPart };
  r.causes.forEach((c, i) => {
    defaults[`c${i + 1}Category`] = c.category;
    defaults[`c${i + 1}Text`] = c.description;
  });
  const f = useCycleForm("fbaEdit", defaults);
  const labels = causeLabels(t);
  const errors = errorsFor(f.error, labels);
  // A category retired since stays selectable for the causes that already carry it.
  const offered = [...categories, ...r.causes.map((c) => c.category).filter((c) => !categories.includes(c))];
  return (
    <FormCard id="fbaEdit-form" title={t("cycle.form.fbaEdit")} intro={t("cycle.form.fbaEditIntro")}>
      {f.formState.isSubmitted || f.sent ? <ErrorSummary errors={errors} labels={labels} prefix="fbaEdit-" /> : null}
      <Form method="post" noValidate onSubmit={f.onSubmit} className="stack">
        <input type="hidden" {...f.field("intent" as never)} />
        <AnalysisFields f={f as never} errors={errors} labels={labels} categories={[...new Set(offered)]} />
        <div>
          <Button>{t("cycle.form.save")}</Button>
        </div>
      </Form>
    </FormCard>
  );
}

/** The unit stops working with Lean: the date and why. */
function EndForm() {
  const t = useT();
  const f = useCycleForm("end");
  const labels = { endedOn: t("cycle.field.endedOn"), reason: t("cycle.field.endReason") };
  const errors = errorsFor(f.error, labels);
  return (
    <FormCard id="end-form" title={t("cycle.form.end")} intro={t("cycle.form.endIntro")}>
      {f.formState.isSubmitted || f.sent ? <ErrorSummary errors={errors} labels={labels} prefix="end-" /> : null}
      <Form method="post" noValidate onSubmit={f.onSubmit} className="stack">
        <input type="hidden" {...f.field("intent" as never)} />
        <TextField label={labels.endedOn} type="date" required error={errors.endedOn} {...f.props("endedOn")} />
        <TextArea label={labels.reason} rows={3} required error={errors.reason} {...f.props("reason")} />
        <div>
          <Button variant="secondary">{t("cycle.form.saveEnd")}</Button>
        </div>
      </Form>
    </FormCard>
  );
}

function RevisionForm() {
  const t = useT();
  const locale = useLocale();
  const { revisions, measures } = useLoaderData<typeof loader>();
  const pending = revisions.filter((r) => !r.held);
  const openFollowUps = measures.filter((m) => m.kind === "follow_up" && m.status === "open");
  const f = useCycleForm("revision", { number: pending[0]?.number });
  const labels: Record<string, string> = {
    number: t("cycle.field.revision"),
    heldOn: t("cycle.field.heldOnRevision"),
    gembaOn: t("cycle.field.gembaOn"),
    notes: t("cycle.field.notes"),
    closed: t("cycle.field.closed"),
    ...rowLabels(t, "d", DEVIATION_ROWS, "deviation"),
  };
  const errors = errorsFor(f.error, labels);
  if (pending.length === 0) return null;
  return (
    <FormCard id="revision-form" title={t("cycle.form.revision")} intro={t("cycle.form.revisionIntro")}>
      {f.formState.isSubmitted || f.sent ? <ErrorSummary errors={errors} labels={labels} prefix="revision-" /> : null}
      <Form method="post" noValidate onSubmit={f.onSubmit} className="stack">
        <input type="hidden" {...f.field("intent" as never)} />
        <SelectField label={labels.number!} required error={errors.number} {...f.props("number")}>
          {pending.map((r) => (
            <option key={r.number} value={r.number}>
              {t("cycle.revisionDue", { number: r.number, date: formatDate(r.due, locale) })}
            </option>
          ))}
        </SelectField>
        <TextField label={labels.heldOn!} type="date" required error={errors.heldOn} {...f.props("heldOn")} />
        <TextField label={labels.gembaOn!} description={t("cycle.field.gembaHelp")} type="date" error={errors.gembaOn} {...f.props("gembaOn")} />
        <Checkbox label={t("cycle.field.devTookPart")} {...f.checkbox("developmentUnitTookPart" as never)} id="revision-developmentUnitTookPart" />
        {openFollowUps.length ? (
          <fieldset className="ds-fieldset" id="revision-closed" aria-describedby={errors.closed ? "revision-closed-err" : undefined}>
            <legend className="ds-label">{labels.closed}</legend>
            <p className="ds-paragraph" data-size="sm">
              {t("cycle.field.closedHelp")}
            </p>
            {openFollowUps.map((m) => (
              <Checkbox key={m.id} name="closed" value={String(m.id)} id={`revision-closed-${m.id}`} label={`${m.title} (${m.ownerName ?? "–"}, ${formatDate(m.dueDate, locale)})`} />
            ))}
            {errors.closed ? (
              <p className="ds-validation-message" data-field="validation" id="revision-closed-err">
                {errors.closed}
              </p>
            ) : null}
          </fieldset>
        ) : null}
        <MeasureRows t={t} prefix="d" rows={DEVIATION_ROWS} legend={(n) => t("cycle.field.deviationRow", { n })} f={f as never} errors={errors} labels={labels} />
        <TextArea label={labels.notes!} rows={3} error={errors.notes} {...f.props("notes")} />
        <div>
          <Button>{t("cycle.form.saveRevision")}</Button>
        </div>
      </Form>
    </FormCard>
  );
}
