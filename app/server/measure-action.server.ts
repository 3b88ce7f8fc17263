import { updateMeasure } from "~/models/unit-cycle.server";
import { measureSchema } from "~/validation/unit-cycle";
import { invalid, orHttpError, parseForm, redirectWithFlash } from "./http.server";
import { requireGrant, type SessionUser } from "./user.server";

/**
 * «Mitt løp»'s measure buttons: the unit page's form, schema and model, for the measure's own unit.
 * A server module, so the page's browser bundle carries no schema for it.
 */
export async function handleMeasureAction(request: Request, user: SessionUser, back: string) {
  requireGrant(user, "update:measure");
  const form = await parseForm(request, measureSchema, { hidden: ["measureId", "status"] });
  if (!form.ok) return invalid(form.errors, form.values);
  const { measureId, status } = form.data;
  await orHttpError(() => updateMeasure({ user, measureId, status }));
  return redirectWithFlash(back, { key: "cycle.saved.measure" });
}
