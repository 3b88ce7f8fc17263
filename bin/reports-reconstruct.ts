// `npm run reports:reconstruct -- --from 2025-Q1`: reconstructs the period report packs missing
// from that quarter up to the last one that has ended (and the years whose four quarters have
// ended), from the history, as the admin's button on «Periodrapporter» does; marked as
// reconstructed and audited with no actor. Periods that have a pack keep it. Exit 2 on a wrong
// command line.
import { parseArgs } from "node:util";
import { closeDb, describeDatabase, getDb, migrateToLatest } from "../db/client.server";
import { reconstructPeriods } from "../app/models/period-report.server";
import { reconstructSchema } from "../app/validation/period-report";
import { parsePeriod } from "../app/utils/periods";

let from: string | undefined;
try {
  from = parseArgs({
    args: process.argv.slice(2),
    options: { from: { type: "string" } },
  }).values.from;
} catch {
  from = undefined;
}
const parsed = reconstructSchema.safeParse({
  intent: "reconstruct",
  from: from ?? "",
});
if (!parsed.success) {
  console.error("Usage: npm run reports:reconstruct -- --from <quarter, e.g. 2025-Q1>");
  process.exit(2);
}

try {
  await migrateToLatest(getDb());
  const taken = await reconstructPeriods({
    from: parsePeriod(parsed.data.from)!,
    now: new Date(),
    actorId: null,
  });
  console.log(taken.length ? `Reconstructed in ${describeDatabase()}: ${taken.join(", ")}` : `Every period from ${parsed.data.from} has a pack already (${describeDatabase()}).`);
} finally {
  await closeDb();
}
