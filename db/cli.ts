// `npm run db:migrate` and `npm run db:seed [-- --demo]`: the same migrations and seeds the server runs at start.
import { closeDb, getDb, migrateToLatest, sqlitePath } from "./client.server";
import { seedDemo } from "./seed/demo";
import { seedProgrammes } from "./seed/programmes";

const [command, ...flags] = process.argv.slice(2);
const db = getDb();
try {
  const applied = await migrateToLatest(db);
  console.log(`${sqlitePath()}: ${applied.length ? `applied ${applied.join(", ")}` : "schema is up to date"}`);
  if (command === "seed") {
    await seedProgrammes(db);
    console.log("Standard programmes are in place.");
    if (flags.includes("--demo")) console.log((await seedDemo(db)) ? "Demo municipality created." : "People exist already; demo data not added.");
  } else if (command !== "migrate") {
    console.error("Usage: tsx db/cli.ts migrate|seed [--demo]");
    process.exitCode = 2;
  }
} finally {
  await closeDb();
}
