import { getDb } from "../db/client.server";
import { runPass } from "../app/jobs/scheduler.server";
import { osloMorning } from "../app/jobs/workdays";
const now = new Date(osloMorning("2026-11-30", 9));
const db = getDb();
for (let i = 0; i < 4; i++) {
  const stages: Record<string, number> = {};
  const t0 = performance.now();
  const r = await runPass({ now, db, transport: null, time: async (s, w) => { const t = performance.now(); try { return await w(); } finally { stages[s] = Math.round(performance.now() - t); } } });
  console.log(i, Math.round(performance.now() - t0), r.planned, JSON.stringify(stages));
}
