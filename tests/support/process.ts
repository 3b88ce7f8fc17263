import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

export interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Runs `node server.js …` directly (not through npm, so the PID is the server's). */
export function startServer(args: string[], env: Record<string, string>): Started {
  let out = "";
  const child = spawn(process.execPath, ["server.js", ...args], {
    cwd: process.cwd(),
    env: { ...process.env, NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => out, exited };
}

export interface Web extends Started {
  port: number;
  base: string;
  /** SIGTERM, then the exit code once the server has drained. */
  stop(): Promise<number | null>;
}

/** `node server.js` as a web server on a free port (APP_URL defaults to it), once /healthz answers 200. */
export async function startWeb(env: Record<string, string>, timeoutMs = 30_000): Promise<Web> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const started = startServer([], { APP_URL: base, ...env, PORT: String(port) });
  try {
    await waitUntil(async () => (await fetch(`${base}/healthz`).catch(() => null))?.ok ?? false, timeoutMs, `the web server on ${port}`);
  } catch (error) {
    // A server that never got healthy must not outlive the test.
    started.child.kill("SIGKILL");
    throw new Error(`${(error as Error).message}:\n${started.output()}`);
  }
  const stop = async () => {
    started.child.kill("SIGTERM");
    return started.exited;
  };
  return { ...started, port, base, stop };
}

export async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs = 20_000, what = "condition"): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
