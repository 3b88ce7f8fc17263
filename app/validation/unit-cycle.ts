import * as z from "zod/mini";
import { checkbox, idField, listOf, multilineText, optionalText, pastDate, requiredText } from "./fields";
import { isIsoDate } from "~/utils/dates";

/**
 * The forms on a unit's page, one per duty, as one union on `intent`. Rows (causes, measures,
 * deviations) are numbered fields, so every field has its own message and the forms work without
 * JavaScript; an empty row is simply left out.
 */
export const CAUSE_ROWS = 6;
export const MEASURE_ROWS = 4;
export const DEVIATION_ROWS = 3;

const rows = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** A date that has happened (Oslo), required. */
const heldDate = z.pipe(pastDate, z.string("validation.required"));
/** Any real calendar date (a due date or the end of a period), required. */
const anyDate = z.string().check(z.trim(), z.minLength(1, "validation.required"), z.refine(isIsoDate, "validation.date"));
const blank = z.transform((v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined));
const ownerId = z.pipe(
  z.transform((v: unknown): unknown => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined)),
  z.optional(idField("validation.choice"))
);
const dueDate = z.pipe(blank, z.optional(anyDate));

export interface MeasureRow {
  title: string;
  ownerId: number;
  dueDate: string;
}
export interface FbaCorrection {
  heldOn: string;
  participants: string;
  causes: { category: string; description: string }[];
}
export interface FbaInput extends FbaCorrection {
  measures: MeasureRow[];
}
export interface RevisionInput {
  number: number;
  heldOn: string;
  gembaOn: string | null;
  developmentUnitTookPart: boolean;
  notes: string;
  closed: number[];
  deviations: MeasureRow[];
}

/** Numbered measure rows (`m1Title`, `m1Owner`, `m1Due`, …): a title asks for an owner and a due date. */
function measureRows(prefix: string, n: number) {
  const shape: Record<string, z.ZodMiniType> = {};
  for (const i of rows(n)) {
    shape[`${prefix}${i}Title`] = optionalText(300);
    shape[`${prefix}${i}Owner`] = ownerId;
    shape[`${prefix}${i}Due`] = dueDate;
  }
  return shape;
}

function measuresOf(v: Record<string, unknown>, prefix: string, n: number): MeasureRow[] {
  return rows(n)
    .filter((i) => v[`${prefix}${i}Title`])
    .map((i) => ({
      title: v[`${prefix}${i}Title`] as string,
      ownerId: v[`${prefix}${i}Owner`] as number,
      dueDate: v[`${prefix}${i}Due`] as string,
    }));
}

/** Runs even when another field failed, so every message shows at once (also without JavaScript). */
const always = { when: () => true };

const completeRows = (prefix: string, n: number) =>
  z.superRefine<Record<string, unknown>>((v, ctx) => {
    for (const i of rows(n)) {
      if (!v[`${prefix}${i}Title`]) continue;
      for (const f of ["Owner", "Due"]) {
        if (v[`${prefix}${i}${f}`] === undefined) ctx.issues.push({ code: "custom", message: "validation.required", path: [`${prefix}${i}${f}`], input: v });
      }
    }
  }, always);

const causeShape: Record<string, z.ZodMiniType> = {};
for (const i of rows(CAUSE_ROWS)) {
  causeShape[`c${i}Category`] = optionalText(80);
  causeShape[`c${i}Text`] = optionalText(500);
}

const meeting = z.object({
  intent: z.literal("meeting"),
  heldOn: heldDate,
  attendees: z.pipe(multilineText(2000), z.string().check(z.minLength(1, "cycle.attendees.required"))),
});

/** The analysis itself: date, participants with the TOL, causes by category. */
const analysisShape = {
  heldOn: heldDate,
  participants: z.pipe(multilineText(2000), z.string().check(z.minLength(1, "cycle.participants.required"))),
  tolTookPart: z.pipe(checkbox, z.literal(true, "cycle.tolTookPart.required")),
  ...causeShape,
};

/** A cause needs its category, and an analysis at least one cause. */
const causesComplete = z.superRefine<Record<string, unknown>>((v, ctx) => {
      for (const i of rows(CAUSE_ROWS)) {
        if (v[`c${i}Text`] && !v[`c${i}Category`])
          ctx.issues.push({
            code: "custom",
            message: "cycle.cause.category",
            path: [`c${i}Category`],
            input: v,
          });
      }
      if (!rows(CAUSE_ROWS).some((i) => v[`c${i}Text`]))
        ctx.issues.push({
          code: "custom",
          message: "cycle.cause.none",
          path: ["c1Text"],
          input: v,
        });
}, always);

const analysisOf = (v: Record<string, unknown>): FbaCorrection => ({
  heldOn: v.heldOn as string,
  participants: v.participants as string,
  causes: rows(CAUSE_ROWS)
    .filter((i) => v[`c${i}Text`])
    .map((i) => ({ category: v[`c${i}Category`] as string, description: v[`c${i}Text`] as string })),
});

const fbaFields = z.object({ intent: z.literal("fba"), ...analysisShape, ...measureRows("m", MEASURE_ROWS) }).check(causesComplete, completeRows("m", MEASURE_ROWS));
const fba = z.pipe(
  fbaFields,
  z.transform((v: z.output<typeof fbaFields> & Record<string, unknown>): FbaInput & { intent: "fba" } => ({ intent: "fba", ...analysisOf(v), measures: measuresOf(v, "m", MEASURE_ROWS) }))
);

/** Correcting a recorded analysis: the same fields without the measures, which are followed on their own. */
const fbaEditFields = z.object({ intent: z.literal("fbaEdit"), ...analysisShape }).check(causesComplete);
const fbaEdit = z.pipe(
  fbaEditFields,
  z.transform((v: z.output<typeof fbaEditFields> & Record<string, unknown>): FbaCorrection & { intent: "fbaEdit" } => ({ intent: "fbaEdit", ...analysisOf(v) }))
);

/** The unit stops working with Lean (the date it did, and why); `resume` undoes it. */
const end = z.object({
  intent: z.literal("end"),
  endedOn: heldDate,
  reason: z.pipe(multilineText(1000), z.string().check(z.minLength(1, "validation.required"))),
});
const resume = z.object({ intent: z.literal("resume") });

const revisionFields = z
  .object({
    intent: z.literal("revision"),
    number: z.coerce.number("validation.choice").check(z.int("validation.choice"), z.positive("validation.choice"), z.lte(200, "validation.choice")),
    heldOn: heldDate,
    gembaOn: pastDate,
    developmentUnitTookPart: checkbox,
    notes: z._default(multilineText(2000), ""),
    closed: z.pipe(listOf, z.array(idField("validation.choice"))),
    ...measureRows("d", DEVIATION_ROWS),
  })
  .check(completeRows("d", DEVIATION_ROWS));
const revision = z.pipe(
  revisionFields,
  z.transform((v: z.output<typeof revisionFields> & Record<string, unknown>): RevisionInput & { intent: "revision" } => ({
    intent: "revision",
    number: v.number as number,
    heldOn: v.heldOn as string,
    gembaOn: (v.gembaOn as string | undefined) ?? null,
    developmentUnitTookPart: v.developmentUnitTookPart as boolean,
    notes: v.notes as string,
    closed: v.closed as number[],
    deviations: measuresOf(v, "d", DEVIATION_ROWS),
  }))
);

const contract = z
  .object({
    intent: z.literal("contract"),
    agreedOn: heldDate,
    periodStart: anyDate,
    periodEnd: anyDate,
  })
  .check(
    z.refine((v) => !isIsoDate(v.periodStart) || !isIsoDate(v.periodEnd) || v.periodEnd >= v.periodStart, {
      message: "cycle.period.order",
      path: ["periodEnd"],
    })
  );

const decision = z
  .object({
    intent: z.literal("decision"),
    decision: z.enum(["continue", "withdraw"], "cycle.decision.choose"),
    reason: requiredText(1000),
    newEnd: dueDate,
  })
  .check(
    z.refine((v) => v.decision !== "continue" || v.newEnd !== undefined, {
      message: "cycle.decision.newEnd",
      path: ["newEnd"],
    })
  );

/** Close or reopen a measure: on the unit's page and on «Mitt løp». */
export const measureSchema = z.object({
  intent: z.literal("measure"),
  measureId: idField("validation.choice"),
  status: z.enum(["open", "done"], "validation.choice"),
});

export const unitCycleSchema = z.discriminatedUnion("intent", [meeting, fba, fbaEdit, revision, contract, decision, end, resume, measureSchema]);

export type ContractInput = z.output<typeof contract>;
export type DecisionInput = z.output<typeof decision>;
export type LeanEndInput = Omit<z.output<typeof end>, "intent">;

/** Each form's own schema, for its react-hook-form (the action parses the union). */
export const cycleForms = {
  meeting,
  fba,
  fbaEdit,
  revision,
  contract,
  decision,
  end,
  resume,
  measure: measureSchema,
};
