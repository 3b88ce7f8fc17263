import { beforeEach, describe, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { completeStep, pathsForPerson } from "~/models/path.server";
import { registerHire } from "~/models/person.server";
import { addTemplateStep, getTemplate, moveTemplateStep, retireTemplateStep, syncRunningPaths, updateTemplateStep } from "~/models/template.server";
import { asUser, freshDb, seedOrg } from "./support/db";

let org: Awaited<ReturnType<typeof seedOrg>>;
beforeEach(async () => {
  await freshDb();
  org = await seedOrg();
});

const NOW = new Date("2026-11-27T10:00:00Z");
const POLICY = { remindBeforeDays: 7, remindOnDue: true, overdueEveryDays: 7, overdueMax: 3, escalateAfterDays: 14 };

async function hire(email: string) {
  const { id } = await registerHire({
    actor: await asUser(org.hr),
    input: { name: "Lise Leder", email, unitId: org.unitA, position: "leder", startDate: "2026-12-01", templateId: org.templateId },
    now: NOW,
  });
  return id;
}

const titles = async (personId: number) =>
  ((await pathsForPerson({ user: await asUser(personId), personId, now: NOW }))![0]!).steps.map((s) => s.title);

describe("editing a programme template", () => {
  test("each edit makes a new version; running paths keep theirs until HR updates them", async () => {
    const admin = await asUser(org.admin);
    const leader = await hire("a@test.example");
    const { steps } = await getTemplate(org.templateId);
    const book = steps.find((s) => s.title.startsWith("Les «Dette er Lean»"))!;
    const v2 = await updateTemplateStep({
      actor: admin,
      templateId: org.templateId,
      stepId: book.id,
      input: { title: "Les «Dette er Lean» (ny utgave)", description: "", responsible: "leader", offsetDays: 30, evidence: "note", required: true, ...POLICY },
    });
    expect(v2).toBe(2);
    expect(await titles(leader)).toContain("Les «Dette er Lean» av Niklas Modig");
    expect((await getTemplate(org.templateId)).outdatedPaths).toBe(1);

    const r = await syncRunningPaths({ actor: await asUser(org.hr), templateId: org.templateId });
    expect(r).toEqual({ count: 1, version: 2 });
    expect(await titles(leader)).toContain("Les «Dette er Lean» (ny utgave)");
    const due = await getDb().selectFrom("path_step").select("due_date").where("title", "=", "Les «Dette er Lean» (ny utgave)").executeTakeFirstOrThrow();
    expect(due.due_date).toBe("2026-12-31");
    expect((await getTemplate(org.templateId)).outdatedPaths).toBe(0);
  });

  test("a completed step keeps its wording and date when the template changes; a retired open step leaves the path", async () => {
    const admin = await asUser(org.admin);
    const leader = await hire("b@test.example");
    const { steps } = await getTemplate(org.templateId);
    const forum = steps.find((s) => s.title === "Delta på Lean lederforum")!;
    const book = steps.find((s) => s.title.startsWith("Les «Dette er Lean»"))!;
    const forumStep = await getDb().selectFrom("path_step").select(["id", "due_date"]).where("template_step_id", "=", forum.id).executeTakeFirstOrThrow();
    await completeStep({ user: await asUser(leader), stepId: forumStep.id, now: NOW });

    await updateTemplateStep({ actor: admin, templateId: org.templateId, stepId: forum.id, input: { title: "Lederforum (nytt navn)", description: "", responsible: "leader", offsetDays: 10, evidence: "tick", required: false, ...POLICY } });
    await retireTemplateStep({ actor: admin, templateId: org.templateId, stepId: book.id });
    await addTemplateStep({ actor: admin, templateId: org.templateId, input: { title: "Gemba med TOL", description: "", responsible: "tol", offsetDays: 150, evidence: "date", required: true, ...POLICY } });
    await syncRunningPaths({ actor: admin, templateId: org.templateId });

    const after = await titles(leader);
    expect(after).toContain("Delta på Lean lederforum");
    expect(after).not.toContain("Lederforum (nytt navn)");
    expect(after.some((t) => t.startsWith("Les «Dette er Lean»"))).toBe(false);
    expect(after).toContain("Gemba med TOL");
    const kept = await getDb().selectFrom("path_step").select("due_date").where("id", "=", forumStep.id).executeTakeFirstOrThrow();
    expect(kept.due_date).toBe(forumStep.due_date);
    const completions = await getDb().selectFrom("step_completion").selectAll().execute();
    expect(completions).toHaveLength(1);
  });

  test("reordering swaps neighbours, and a new hire's path follows the new order and leaves out retired steps", async () => {
    const admin = await asUser(org.admin);
    const { steps } = await getTemplate(org.templateId);
    await moveTemplateStep({ actor: admin, templateId: org.templateId, stepId: steps[1]!.id, direction: "up" });
    expect(await moveTemplateStep({ actor: admin, templateId: org.templateId, stepId: steps[1]!.id, direction: "up" })).toBeNull();
    await retireTemplateStep({ actor: admin, templateId: org.templateId, stepId: steps[6]!.id });
    const leader = await hire("c@test.example");
    const list = await titles(leader);
    expect(list[0]).toBe(steps[1]!.title);
    expect(list[1]).toBe(steps[0]!.title);
    expect(list).toHaveLength(6);
    const audit = await getDb().selectFrom("audit_log").select("action").where("entity", "=", "template_step").execute();
    expect(audit.map((a) => a.action)).toEqual(["template.step.move_up", "template.step.retire"]);
  });
});
