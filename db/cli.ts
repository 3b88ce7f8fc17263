// `npm run db:migrate`, `npm run db:seed [-- --demo]` (the same migrations and seeds the server runs
// at start), `npm run db:backup -- <file>` (an online SQLite backup, verified) and
// `npm run db:copy -- --from <sqlite file> --to <postgres url>` (moves an installation).
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import SQLite from "better-sqlite3";
import { closeDb, describeDatabase, getDb, isPostgresUrl, migrateToLatest, sqlitePath } from "./client.server";
import { copyDatabase } from "./copy";
import { seedDemo } from "./seed/demo";
import { seedProgrammes } from "./seed/programmes";

const [command, ...flags] = process.argv.slice(2);

if (command === "copy") {
  const { values } = parseArgs({ args: flags, options: { from: { type: "string" }, to: { type: "string" } } });
  if (!values.from || !values.to || isPostgresUrl(values.from)) {
    console.error("Usage: npm run db:copy -- --from <SQLite file> --to <postgres://user:password@host:port/database>");
    process.exit(2);
  }
  if (!existsSync(sqlitePath(values.from))) {
    console.error(`${sqlitePath(values.from)} does not exist.`);
    process.exit(2);
  }
  console.log(`Copying ${describeDatabase(values.from)} to ${describeDatabase(values.to)} in one transaction…`);
  try {
    const report = await copyDatabase({ from: values.from, to: values.to, log: (line) => console.log(line) });
    console.log(`Row counts match in all ${report.length} tables (${report.reduce((n, r) => n + r.target, 0)} rows). Done.`);
    process.exit(0);
  } catch (error) {
    console.error(`Copy failed; the target is unchanged. ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

if (command === "backup") {
  if (isPostgresUrl()) {
    console.error("DATABASE_URL is PostgreSQL: back it up with pg_dump or your platform's backups (see README, «Deployment»).");
    process.exit(2);
  }
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
  console.log(`${describeDatabase()}: ${applied.length ? `applied ${applied.join(", ")}` : "schema is up to date"}`);
  if (command === "seed") {
    await seedProgrammes(db);
    console.log("Standard programmes are in place.");
    if (flags.includes("--demo")) console.log((await seedDemo(db)) ? "Demo municipality created." : "People exist already; demo data not added.");
  } else if (command !== "migrate") {
    console.error("Usage: tsx db/cli.ts migrate|seed [--demo]|backup <file>|copy --from <file> --to <url>");
    process.exitCode = 2;
  }
} finally {
  await closeDb();
}
