import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The modules under app/routes that export an action: every form, sign-in and sign-out, SCIM.
 * Tests that must reach every action (the fuzzer, the body cap) check their list against this one,
 * so a new form cannot be left out.
 */
export function actionRouteFiles(): string[] {
  const dir = join(process.cwd(), "app", "routes");
  return readdirSync(dir).filter((f) => /export (async )?(function|const) action\b/.test(readFileSync(join(dir, f), "utf8")));
}
