// npm run hr:sync -- --file export.csv [--full] [--dry-run] — the HR export sync for a nightly job:
// prints what the file changes (and each row with errors), applies it in one transaction unless
// --dry-run. Exit 0 when the file was read (rows with errors are skipped and listed), 1 when the
// file cannot be read or parsed at all, 2 on a wrong command line.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { closeDb, getDb, migrateToLatest } from "../db/client.server";
import { translate, type MessageKey, type Vars } from "~/i18n/catalog";
import { deliveryDone } from "~/jobs/deliver.server";
import { applySync, previewSync } from "~/models/hr-sync.server";
import { decodeUpload } from "~/models/import.server";
import type { SyncCounts } from "~/types/hr-sync";
import { defaultLocale } from "~/utils/env.server";
import type { SyncColumn } from "~/validation/hr-sync";

const locale = defaultLocale();
const t = (key: MessageKey, vars?: Vars) => translate(locale, key, vars);

let args;
try {
  args = parseArgs({ options: { file: { type: "string" }, full: { type: "boolean", default: false }, "dry-run": { type: "boolean", default: false } } }).values;
} catch {
  args = null;
}
if (!args?.file) {
  console.error("Usage: npm run hr:sync -- --file <export.csv> [--full] [--dry-run]");
  process.exit(2);
}

let bytes: Uint8Array;
try {
  bytes = readFileSync(args.file);
} catch (error) {
  console.error(`${args.file}: ${(error as Error).message}`);
  process.exit(1);
}
const decoded = decodeUpload(bytes);
if (!decoded.ok) {
  console.error(`${args.file}: ${t(decoded.key)}`);
  process.exit(1);
}

const COUNTS: (keyof SyncCounts)[] = ["rows", "new", "bound", "changed", "transferred", "returned", "left", "unchanged", "errors"];
const column = (field: SyncColumn) => t(field === "employeeNumber" ? "hrsync.col.employeeNumber" : `import.col.${field}`);

try {
  await migrateToLatest(getDb());
  const full = args.full;
  const text = decoded.text;
  const result = args["dry-run"] ? await previewSync({ text, full }) : await applySync({ actorId: null, text, full, via: "cli" });
  if (!result.ok) {
    console.error(`${args.file}: ${t(result.error.key, result.error.vars)}`);
    process.exitCode = 1;
  } else {
    console.log(`${t("hrsync.title")}: ${args.file}${full ? ` (${t("hrsync.full")})` : ""}`);
    for (const c of COUNTS) console.log(`  ${t(`hrsync.count.${c}`)}: ${result.counts[c]}`);
    for (const r of result.rows) {
      for (const issue of r.issues) console.log(`  ${t("import.col.line")} ${r.line}: ${column(issue.field)}: ${t(issue.key, issue.vars)}`);
    }
    if (!full) console.log(t("hrsync.notFull"));
    console.log(args["dry-run"] ? t("hrsync.dryRun") : t("hrsync.applied"));
    // Welcome mails go out as the web server's do, right after the commit; wait for them.
    await deliveryDone();
  }
} finally {
  await closeDb();
}
