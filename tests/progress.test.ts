import { beforeAll, expect, test } from "vitest";
import { getDb } from "../db/client.server";
import { completeStep } from "~/models/path.server";
import { listLeaders, registerHire } from "~/models/person.server";
import { teamReadiness } from "~/models/team-readiness.server";
import { setRollout } from "~/models/rollout.server";
import { loadApp } from "./support/app";
import { asUser, freshDb, seedOrg } from "./support/db";

let org: Awaited<ReturnType<typeof seedOrg>>;
beforeAll(async () => {
  await freshDb();
  org = await seedOrg();
});

test("a leader's «Fullført» is the same in «Ledere» and «Beredskap»: the introduction path's share done, and both pages say so", async () => {
  const hr = await asUser(org.hr);
  const { id } = await registerHire({ actor: hr, input: { name: "Pia Prosent", email: "pia@test.example", unitId: org.unitA, position: "leder", startDate: "2026-11-01", templateId: org.templateId } });
  // A rollout gives her a second path; its steps must not change the figure.
  await setRollout({ user: await asUser(org.tolA), unitId: org.unitA, startDate: "2027-03-01", guidanceMonths: 6 });
  const steps = await getDb()
    .selectFrom("path_step as s")
    .innerJoin("path", "path.id", "s.path_id")
    .innerJoin("programme_template as t", "t.id", "path.template_id")
    .select(["s.id", "s.responsible", "s.evidence", "t.key"])
    .where("path.person_id", "=", id)
    .execute();
  const intro = steps.filter((s) => s.key === "intro");
  expect(steps.length).toBeGreaterThan(intro.length);
  // HR records its own intro steps; the leader ticks nothing.
  const hrSteps = intro.filter((s) => s.responsible === "hr");
  for (const s of hrSteps) await completeStep({ user: hr, stepId: s.id, evidenceDate: "2026-11-20" });
  const expected = Math.floor((hrSteps.length * 100) / intro.length);
  expect(expected).toBeGreaterThan(0);

  const list = await listLeaders({ user: hr, filters: { q: "Pia" } });
  const team = await teamReadiness({ user: hr, areaId: org.areaA });
  const inTeam = team.units.flatMap((u) => u.leaders).find((l) => l.id === id)!;
  expect(list.rows.find((r) => r.id === id)!.percent).toBe(expected);
  expect(inTeam.percent).toBe(expected);

  const app = await loadApp();
  const cookie = await app.signIn("hr@test.example");
  for (const path of ["/ledere", `/beredskap?omrade=${org.areaA}`]) {
    const html = await (await app.request(path, { cookie })).text();
    expect(html, path).toContain("«Fullført» er andelen av stegene i lederens introduksjonsløp som er gjort");
    expect(html, path).toContain(`${expected} %`);
  }
});
