// npm run bench:reminders — seeds a 5,000-leader municipality into its own database, then times the
// scheduler's production pass (runPass) stage by stage: a first pass, then passes that have nothing new
// to write, and delivery into a local SMTP sink. The passes run in a child process
// with the worker's heap limit (`npm run reminders`), so its peak RSS is the passes' own.
// Writes bench/RESULTS-reminders.md (bench/RESULTS-reminders-postgresql.md with
// DATABASE_URL=postgres://…, which creates and drops a database of its own on that server).
import { spawnSync } from "node:child_process";
import os from "node:os";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import nodemailer from "nodemailer";
import { sql } from "kysely";
import { SMTPServer } from "smtp-server";
import { closeDb, getDb, migrateToLatest } from "../db/client.server";
import { benchDatabase } from "./database";
import { seedLarge } from "../db/seed/large";
import { seedProgrammes } from "../db/seed/programmes";
import { deliverOutbox } from "../app/jobs/deliver.server";
import { runPass } from "../app/jobs/scheduler.server";
import type { Stopwatch } from "../app/jobs/reminders.server";
import { osloMorning } from "../app/jobs/workdays";

const leaders = Number(process.env.BENCH_LEADERS || 5000);
// A Monday at 09:00 Oslo, so the weekly digests are planned too; the agreement season (March) is
// over, so unrecorded agreements are overdue.
const now = new Date(osloMorning("2026-11-30", 9));
process.env.APP_URL ??= "https://lederlop.example";
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const mb = (bytes: number) => bytes / 1024 / 1024;
// The passes after the first have nothing new to write; on a shared machine one of them is noise,
// so the median of three is reported.
const REPEATS = 3;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The stages in the order a pass runs them; the planners are the first seven. */
const STAGES = ["step reminders", "unit duties", "agreements", "digests", "repetition", "writing the outbox", "purging expired", "delivery", "retention", "report freeze"];

interface PassFigures {
  totalMs: number;
  stages: Record<string, number>;
  /** The process's CPU time per stage: on SQLite the work itself, less swayed by a busy machine than the wall clock. */
  cpu: Record<string, number>;
  planned: number;
  frozen: string[];
  rssMb: number;
  heapMb: number;
}

if (process.argv[2] === "pass") {
  // The child: two passes on the seeded database, figures as JSON on stdout.
  const db = getDb();
  const passes: PassFigures[] = [];
  for (let i = 0; i < 1 + REPEATS; i++) {
    const stages: Record<string, number> = {};
    const cpu: Record<string, number> = {};
    const time: Stopwatch = async (stage, work) => {
      const t = process.hrtime.bigint();
      const c = process.cpuUsage();
      try {
        return await work();
      } finally {
        stages[stage] = (stages[stage] ?? 0) + ms(t);
        const used = process.cpuUsage(c);
        cpu[stage] = (cpu[stage] ?? 0) + (used.user + used.system) / 1000;
      }
    };
    const t = process.hrtime.bigint();
    // No transport: delivery is timed on its own below, so the passes show planning alone.
    const r = await runPass({ now, db, transport: null, time });
    const totalMs = ms(t);
    const mem = process.memoryUsage();
    passes.push({ totalMs, stages, cpu, planned: r.planned, frozen: r.frozen, rssMb: mb(mem.rss), heapMb: mb(mem.heapUsed) });
  }
  const kinds = await db.selectFrom("outbox").select((eb) => ["kind", eb.fn.countAll<number>().as("n")]).groupBy("kind").orderBy("kind").execute();
  await closeDb();
  // maxRSS is in kilobytes.
  console.log(JSON.stringify({ passes, kinds: kinds.map((k) => ({ kind: k.kind, n: Number(k.n) })), maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const benchDb = benchDatabase({ file: join(process.cwd(), "bench", "reminders.sqlite"), pgName: `lederlop_bench_reminders_${process.pid}` });
const onPostgres = benchDb.onPostgres;
const engine = onPostgres ? "PostgreSQL" : "SQLite";

const loadAtStart = os.loadavg()[0]!;
await benchDb.create();
process.env.DATABASE_URL = benchDb.url;
try {
  let db = getDb();
  await migrateToLatest(db);
  const version = onPostgres ? `PostgreSQL ${(await sql<{ server_version: string }>`show server_version`.execute(db)).rows[0]?.server_version}` : "SQLite (better-sqlite3)";
  await seedProgrammes(db);
  let t = process.hrtime.bigint();
  const seeded = await seedLarge(db, { leaders, now, rollouts: 60, rolloutMonths: 9, sessions: 14, rlg: true, leanUnits: 200, recurring: true });
  const seedLine =
    `${seeded.leaders} leaders, ${seeded.areas} areas, ${seeded.units} units, ${seeded.steps} path steps, ${seeded.completions} completions, ` +
    `${seeded.rollouts} coming rollouts, ${seeded.leanUnits} units in their Lean cycle, ${seeded.sessions} course sessions (${seeded.signups} sign-ups), ` +
    `${seeded.agreements} leader agreements, ${seeded.recurringSessions} forums and theme hours (${seeded.attendances} attendances)`;
  console.log(`Seeded ${seedLine} in ${ms(t).toFixed(0)} ms`);
  await closeDb();

  const child = spawnSync(process.execPath, ["--max-old-space-size=192", "--import", "tsx", join("bench", "reminders.ts"), "pass"], {
    env: process.env,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`The passes failed:\n${child.stderr}`);
  const figures = JSON.parse(child.stdout.trim().split("\n").pop()!) as { passes: PassFigures[]; kinds: { kind: string; n: number }[]; maxRssMb: number };
  const [first, ...repeats] = figures.passes as [PassFigures, ...PassFigures[]];
  const next: PassFigures = {
    totalMs: median(repeats.map((p) => p.totalMs)),
    stages: Object.fromEntries(STAGES.map((s) => [s, median(repeats.map((p) => p.stages[s] ?? 0))])),
    cpu: Object.fromEntries(STAGES.map((s) => [s, median(repeats.map((p) => p.cpu[s] ?? 0))])),
    planned: Math.max(...repeats.map((p) => p.planned)),
    frozen: repeats.flatMap((p) => p.frozen),
    rssMb: repeats.at(-1)!.rssMb,
    heapMb: repeats.at(-1)!.heapMb,
  };

  const cell = (p: PassFigures, s: string) => `${(p.stages[s] ?? 0).toFixed(0)} | ${(p.cpu[s] ?? 0).toFixed(0)}`;
  const other = (p: PassFigures) => Math.max(0, p.totalMs - STAGES.reduce((sum, s) => sum + (p.stages[s] ?? 0), 0));
  const table = [
    `| Stage | First pass: ms | CPU ms | Next passes (median of ${REPEATS}): ms | CPU ms |`,
    "|---|---:|---:|---:|---:|",
    ...STAGES.map((s) => `| ${s} | ${cell(first, s)} | ${cell(next, s)} |`),
    `| the rest (staff, duty policies) | ${other(first).toFixed(0)} | | ${other(next).toFixed(0)} | |`,
    `| **whole pass** | **${first.totalMs.toFixed(0)}** | | **${next.totalMs.toFixed(0)}** | |`,
    `| mail written | ${first.planned} | | ${next.planned} | |`,
  ].join("\n");
  const kinds = figures.kinds.map((k) => `${k.kind} ${k.n}`).join(", ");
  const memory = `Peak RSS of the pass process (${1 + REPEATS} passes, \`--max-old-space-size=192\`): ${figures.maxRssMb.toFixed(0)} MB; after the first pass RSS ${first.rssMb.toFixed(0)} MB, heap ${first.heapMb.toFixed(0)} MB; after the last RSS ${next.rssMb.toFixed(0)} MB, heap ${next.heapMb.toFixed(0)} MB.`;
  console.log(`\n${engine}, pass at ${now.toISOString()}:\n\n${table}\n\nOutbox after the first pass: ${kinds}\nPeriod packs taken: ${first.frozen.join(", ") || "none"}\n${memory}`);

  // Delivery throughput on its own, from the outbox the pass filled.
  db = getDb();
  const server = new SMTPServer({ authOptional: true, disabledCommands: ["STARTTLS"], logger: false, onData: (s, _x, cb) => s.on("end", () => cb()).resume() });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.server.address() as { port: number }).port;
  const transport = nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true, pool: true, maxConnections: 3 });
  const deliverCount = Math.min(first.planned, Number(process.env.BENCH_DELIVER ?? 2000));
  t = process.hrtime.bigint();
  let sent = 0;
  while (sent < deliverCount) {
    const r = await deliverOutbox({ now, db, transport, batch: 100 });
    if (r.claimed === 0) break;
    sent += r.sent;
  }
  const deliverMs = ms(t);
  const delivery = sent === 0 ? "Delivery: not measured" : `Delivery: ${sent} messages in ${deliverMs.toFixed(0)} ms = ${((sent * 1000) / deliverMs).toFixed(0)} messages/s (pooled SMTP, 3 connections)`;
  console.log(delivery);
  transport.close();
  server.close();
  await closeDb();

  const md = `# Reminder pass benchmark (${engine})

Written by \`npm run bench:reminders\` (\`bench/reminders.ts\`); see bench/README.md.

**Run:** ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, load average ${loadAtStart.toFixed(1)} at start and ${os.loadavg()[0]!.toFixed(1)} at the end (wall-clock figures grow with it), Node ${process.version}, ${version}.

**Data:** ${seedLine}.

**Pass:** \`runPass\` at ${now.toISOString()} (Monday 30 November 2026, 09:00 Oslo: a working day and the week's first, so the weekly digests are due), without a mail transport; ${REPEATS} more run straight after on the same data, with nothing new to write (the median of each row is shown).

${table}

Outbox after the first pass: ${kinds}. Period packs taken: ${first.frozen.join(", ") || "none"}.

Escalations are no planner of their own: each step, duty and agreement gets its reminder and its escalation from the same \`dueEvents\`, so their time is inside those rows (\`reminder_escalation\` above counts them).

${memory}

${delivery}.
`;
  writeFileSync(join(process.cwd(), "bench", `RESULTS-reminders${onPostgres ? "-postgresql" : ""}.md`), md);
} finally {
  await closeDb();
  if (process.env.BENCH_KEEP_DB !== "1") await benchDb.remove();
}
