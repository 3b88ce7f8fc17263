import { afterEach, beforeEach, vi } from "vitest";

// The production build inlines NODE_ENV=production, so it needs a secret like any deployment.
process.env.SESSION_SECRET ??= "test-secret-0123456789abcdef0123456789abcdef";

// An unexpected console.error is a failed test: errors must not pass silently.
let errors: unknown[][] = [];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    errors.push(args);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  if (errors.length > 0) throw new Error(`console.error was called: ${errors.map((a) => a.map(String).join(" ")).join("\n")}`);
});

/** For a test that expects an error log: take it out of the list. */
export function expectConsoleError(match: RegExp) {
  const i = errors.findIndex((a) => match.test(a.map(String).join(" ")));
  if (i < 0) throw new Error(`expected a console.error matching ${match}`);
  errors.splice(i, 1);
}
