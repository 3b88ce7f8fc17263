// npm run bench:reminders — seeds a 5,000-leader municipality into its own SQLite file, then times
// one full planning pass and delivery into a local SMTP sink through the production code paths.
import { rmSync } from "node:fs";
import { join } from "node:path";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { closeDb, getDb, migrateToLatest } from "../db/client.server";
import { seedLarge } from "../db/seed/large";
import { seedProgrammes } from "../db/seed/programmes";
import { deliverOutbox } from "../app/jobs/deliver.server";
import { reminderPlan, writePlanned } from "../app/jobs/reminders.server";
import { digestPlan } from "../app/jobs/digests.server";
import { osloMorning } from "../app/jobs/workdays";

const leaders = Number(process.env.BENCH_LEADERS || 5000);
const file = join(process.cwd(), "bench", "reminders.sqlite");
for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
process.env.DATABASE_URL = file;
process.env.APP_URL ??= "https://lederlop.example";

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const db = getDb();
await migrateToLatest(db);
await seedProgrammes(db);
let t = process.hrtime.bigint();
// A Monday at 09:00 Oslo, so the weekly digests are planned too.
const now = new Date(osloMorning("2026-11-30", 9));
const seeded = await seedLarge(db, { leaders, now });
console.log(`Seeded ${seeded.leaders} leaders, ${seeded.areas} areas, ${seeded.units} units, ${seeded.steps} path steps, ${seeded.completions} completions in ${ms(t).toFixed(0)} ms`);

t = process.hrtime.bigint();
const plan = [...(await reminderPlan(db, now)), ...(await digestPlan(db, now))];
const planMs = ms(t);
const written = await writePlanned(db, plan, now);
const fullMs = ms(t);
t = process.hrtime.bigint();
const again = await writePlanned(db, [...(await reminderPlan(db, now)), ...(await digestPlan(db, now))], now);
const repeatMs = ms(t);
console.log(`Planning pass (first): ${fullMs.toFixed(0)} ms (${planMs.toFixed(0)} ms to plan, ${written} messages written)`);
console.log(`Planning pass (repeat, nothing new): ${repeatMs.toFixed(0)} ms (${again} written)`);

const server = new SMTPServer({ authOptional: true, disabledCommands: ["STARTTLS"], logger: false, onData: (s, _x, cb) => s.on("end", () => cb()).resume() });
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
const port = (server.server.address() as { port: number }).port;
const transport = nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true, pool: true, maxConnections: 3 });
const deliverCount = Math.min(written, 2000);
t = process.hrtime.bigint();
let sent = 0;
while (sent < deliverCount) {
  const r = await deliverOutbox({ now, db, transport, batch: 100 });
  if (r.claimed === 0) break;
  sent += r.sent;
}
const deliverMs = ms(t);
console.log(`Delivery: ${sent} messages in ${deliverMs.toFixed(0)} ms = ${((sent * 1000) / deliverMs).toFixed(0)} messages/s (pooled SMTP, 3 connections)`);
transport.close();
server.close();
await closeDb();
for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
