import * as z from "zod/mini";
import { idField, listOf, multilineText, pastDate } from "./fields";

/** The leader agreement form on a leader's page: recording one, or correcting the season's. */
export const agreementSchema = z.object({
  intent: z.literal("agreement"),
  year: z.coerce.number("agreement.yearRange").check(z.int("agreement.yearRange"), z.minimum(2000, "agreement.yearRange"), z.maximum(2100, "agreement.yearRange")),
  heldOn: z.pipe(pastDate, z.string("validation.required")),
  needs: multilineText(4000),
  topicIds: z.pipe(
    z.pipe(listOf, z.array(idField("validation.choice"))),
    z.transform((ids) => [...new Set(ids)]),
  ),
});

export type AgreementInput = z.output<typeof agreementSchema>;
