// The production server: Express for static files and compression, Remix for everything else.
// Start-up work (migrations, seeds) is compiled into the build and called from here.
import compression from "compression";
import express from "express";
import { createRequestHandler } from "@remix-run/express";

const demo = process.argv.includes("--demo") || process.env.DEMO === "1" || process.env.DEMO === "true";
if (demo) process.env.DEMO = "1";
process.env.NODE_ENV ??= "production";

if (process.env.NODE_ENV === "production" && !demo && !process.env.SESSION_SECRET?.trim()) {
  console.error("Lederløp will not start: SESSION_SECRET is not set (a long random string; see README → Configuration).");
  process.exit(1);
}

const BUILD = new URL("./build/index.js", import.meta.url).href;
const build = await import(BUILD);
const { startup, shutdown } = build.entry.module;
const ready = await startup();

const app = express();
app.disable("x-powered-by");
app.use(compression());
app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));
app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV }));

const port = Number(process.env.PORT || 3000);
const server = app.listen(port, () => {
  const url = process.env.APP_URL || `http://localhost:${port}`;
  console.log(`Lederløp is running at ${url}`);
  if (ready.migrated.length) console.log(`Database migrated: ${ready.migrated.join(", ")}`);
  if (demo) {
    console.log(ready.seeded ? "Demo municipality created." : "Demo data kept from the last run.");
    console.log("Demo sign-ins (the link arrives in the built-in mailbox at /postkasse):");
    for (const a of ready.demoAccounts) console.log(`  ${a.email.padEnd(36)} ${a.roles.join(", ")}`);
  }
});

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing requests and shutting down`);
  server.close(async () => {
    await shutdown();
    process.exit(0);
  });
  // Keep-alive connections would hold close() open; give in-flight requests 10 s.
  setTimeout(() => process.exit(0), 10_000).unref();
  server.closeIdleConnections?.();
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
