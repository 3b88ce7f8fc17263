// `npm run db:migrate`, `npm run db:seed [-- --demo]` (the same migrations and seeds the server runs
// at start) and `npm run db:backup -- <file>` (an online backup, verified).
import { existsSync } from "node:fs";
import SQLite from "better-sqlite3";
import { closeDb, getDb, migrateToLatest, sqlitePath } from "./client.server";
import { seedDemo } from "./seed/demo";
import { seedProgrammes } from "./seed/programmes";

const [command, ...flags] = process.argv.slice(2);

if (command === "backup") {
  const target = flags[0];
  if (!target) {
    console.error("Usage: npm run db:backup -- <backup file>");
    process.exit(2);
  }
  if (existsSync(target)) {
    console.error(`${target} exists already; choose a new file name.`);
    process.exit(2);
  }
  // SQLite's online backup copies a consistent snapshot while the server keeps running.
  const live = new SQLite(sqlitePath(), { fileMustExist: true });
  await live.backup(target);
  live.close();
  const copy = new SQLite(target, { readonly: true });
  const check = copy.pragma("integrity_check", { simple: true });
  copy.close();
  if (check !== "ok") {
    console.error(`Backup ${target} failed its integrity check: ${String(check)}`);
    process.exit(1);
  }
  console.log(`Backed up ${sqlitePath()} to ${target} (integrity_check: ok)`);
  process.exit(0);
}

const db = getDb();
try {
  const applied = await migrateToLatest(db);
  console.log(`${sqlitePath()}: ${applied.length ? `applied ${applied.join(", ")}` : "schema is up to date"}`);
  if (command === "seed") {
    await seedProgrammes(db);
    console.log("Standard programmes are in place.");
    if (flags.includes("--demo")) console.log((await seedDemo(db)) ? "Demo municipality created." : "People exist already; demo data not added.");
  } else if (command !== "migrate") {
    console.error("Usage: tsx db/cli.ts migrate|seed [--demo]|backup <file>");
    process.exitCode = 2;
  }
} finally {
  await closeDb();
}
