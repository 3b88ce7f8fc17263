import { completeStep, undoStep } from "~/models/path.server";
import type { SessionUser } from "./user.server";
import { invalid, parseForm, redirectWithFlash, withFieldErrors } from "./http.server";
import { stepActionSchema } from "~/validation/step";

/** The one action behind every tick/undo form («Mitt løp» and a leader's page). */
export async function handleStepAction(request: Request, user: SessionUser, back: string) {
  const form = await parseForm(request, stepActionSchema);
  if (!form.ok) return invalid(form.errors, form.values);
  const input = form.data;
  return withFieldErrors(async () => {
    if (input.intent === "complete") {
      await completeStep({ user, stepId: input.stepId, evidenceDate: input.evidenceDate, note: input.note });
      return redirectWithFlash(back, { key: "path.completed.flash" });
    }
    await undoStep({ user, stepId: input.stepId });
    return redirectWithFlash(back, { key: "path.undone.flash" });
  }, form.values);
}
