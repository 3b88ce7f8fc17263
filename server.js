// The production server: Express for static files and compression, Remix for everything else.
// Start-up work (migrations, seeds) and the reminder jobs are compiled into the build and called
// from here through build.entry.module.
//
//   node server.js             web server, with the reminder scheduler in-process (REMINDERS=off disables it)
//   node server.js --demo      the same with demo data (npm run demo)
//   node server.js --reminders reminder worker only, no web server (npm run reminders)
//   node server.js --reminders --once   one planning + delivery pass, then exit (for cron)
import compression from "compression";
import express from "express";
import helmet from "helmet";
import { createRequestHandler } from "@remix-run/express";

const args = process.argv.slice(2);
const demo = args.includes("--demo") || process.env.DEMO === "1" || process.env.DEMO === "true";
const worker = args.includes("--reminders");
const once = args.includes("--once");
if (demo) process.env.DEMO = "1";
process.env.NODE_ENV ??= "production";

if (!worker && process.env.NODE_ENV === "production" && !demo && !process.env.SESSION_SECRET?.trim()) {
  console.error("Lederløp will not start: SESSION_SECRET is not set (a long random string; see README → Configuration).");
  process.exit(1);
}

const build = await import(new URL("./build/index.js", import.meta.url).href);
const { startup, shutdown, runPass, startScheduler, contentSecurityPolicy, isCrossSite, pinVerifiedHost, isHttps, newNonce, bodyLimit, refusal, config } =
  build.entry.module;
const ready = await startup();

if (worker && once) {
  const r = await runPass();
  console.log(`Reminders: planned ${r.planned}, sent ${r.sent}, retried ${r.retried}, failed ${r.failed}, cancelled ${r.cancelled}, purged ${r.purged}, anonymised ${r.anonymised}${r.frozen.length ? `, report packs ${r.frozen.join(" ")}` : ""}`);
  await shutdown();
  process.exit(0);
}

const stopScheduler = worker || config.remindersInProcess() ? startScheduler() : () => {};
let server;

if (worker) {
  console.log("Lederløp reminder worker: a planning and delivery pass every minute.");
} else {
  const app = express();
  app.disable("x-powered-by");
  // The client address comes from the socket unless TRUST_PROXY says how many proxies to believe,
  // so a forged X-Forwarded-For cannot choose its own rate-limit bucket.
  const hops = config.trustProxyHops();
  app.set("trust proxy", hops > 0 ? hops : false);
  app.use(compression());
  // Hashed build assets first, with only the headers that matter for a script or stylesheet: a
  // per-request CSP and a dozen helmet headers on each of ~20 files cost a phone ~14 KB per visit.
  app.use(
    "/build",
    (req, res, next) => (res.setHeader("X-Content-Type-Options", "nosniff"), res.setHeader("Cross-Origin-Resource-Policy", "same-origin"), next()),
    express.static("public/build", { immutable: true, maxAge: "1y" }),
  );
  app.use((req, res, next) => {
    res.locals.cspNonce = newNonce();
    res.setHeader("Content-Security-Policy", contentSecurityPolicy(res.locals.cspNonce));
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: false, // set above, with this response's nonce
      strictTransportSecurity: isHttps() ? { maxAge: 31536000, includeSubDomains: true } : false,
      referrerPolicy: { policy: "same-origin" },
      crossOriginEmbedderPolicy: false,
    }),
  );
  const refuse = (req, res, status) => {
    const { contentType, body } = refusal(req.path, status);
    res.status(status).set("Content-Type", contentType).send(body);
  };
  const trusted = hops > 0;
  app.use((req, res, next) => {
    // Whatever of a refused body the client still sends after the answer is read and dropped,
    // never kept (closing instead would reset the connection and lose the answer on its way).
    res.on("finish", () => {
      if (req.complete) return;
      req.removeAllListeners("data");
      req.resume();
    });
    // A declared body over the route's limit is refused unread; a chunked one is counted as the app reads it.
    if (Number(req.headers["content-length"] || 0) > bodyLimit(req.path)) return refuse(req, res, 413);
    if (isCrossSite(req, trusted)) return refuse(req, res, 403);
    pinVerifiedHost(req, trusted);
    next();
  });
  // Only file names go to the disk: otherwise every page request costs a failed stat() first.
  const publicFiles = express.static("public", { maxAge: "1h" });
  app.use((req, res, next) => (/\.[A-Za-z0-9]+$/.test(req.path) ? publicFiles(req, res, next) : next()));
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: process.env.NODE_ENV,
      getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce, clientIp: req.ip ?? req.socket.remoteAddress ?? null }),
    }),
  );

  const port = config.port();
  server = app.listen(port, () => {
    const url = config.appUrl();
    console.log(`Lederløp is running at ${url}`);
    if (ready.migrated.length) console.log(`Database migrated: ${ready.migrated.join(", ")}`);
    if (demo) {
      console.log(ready.seeded ? "Demo municipality created." : "Demo data kept from the last run.");
      console.log("Demo sign-ins (the link arrives in the built-in mailbox at /postkasse):");
      for (const a of ready.demoAccounts) console.log(`  ${a.email.padEnd(36)} ${a.roles.join(", ")}`);
    }
  });
}

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing work and shutting down`);
  stopScheduler();
  const done = async () => {
    await shutdown();
    process.exit(0);
  };
  if (!server) return done();
  server.close(done);
  // Keep-alive connections would hold close() open; give in-flight requests 10 s.
  setTimeout(() => process.exit(0), 10_000).unref();
  server.closeIdleConnections?.();
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
