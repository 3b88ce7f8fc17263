import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cycles, importGraph, upwardArrows } from "./support/imports";

const root = process.cwd();

describe("the code's shape (docs/decisions/0004-layers.md)", () => {
  test("imports run one way: no arrow from a lower layer up, no import cycle", () => {
    const graph = importGraph(root);
    expect(upwardArrows(graph)).toEqual([]);
    expect(cycles(graph)).toEqual([]);
  });

  test("no route or component tests a role by name: they ask the access policy", () => {
    const offenders: string[] = [];
    for (const dir of ["app/routes", "app/components"]) {
      for (const file of readdirSync(join(root, dir))) {
        const text = readFileSync(join(root, dir, file), "utf8");
        if (/roles\.(includes|some)|requireRole\b|\["(hr|tol|admin|leader|rlg|development_unit)"/.test(text)) offenders.push(`${dir}/${file}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  // A form's schema (validation/course.ts), a model's view types (types/path.ts) and a feature's texts are named after the
  // concept they serve, as its model is: the same name, the same meaning. Elsewhere a shared name
  // meant two things (utils/auth.server vs models/auth.server).
  test("no two modules share a base name (schemas and texts aside, which share their model's)", () => {
    const names = new Map<string, string[]>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory()) {
          if (!["app/validation", "app/i18n", "app/types"].includes(path)) walk(path);
        } else if (/\.tsx?$/.test(entry.name) && dir !== "app/routes") {
          const base = entry.name.replace(/(\.server)?\.tsx?$/, "");
          names.set(base, [...(names.get(base) ?? []), path]);
        }
      }
    };
    walk("app");
    expect([...names].filter(([, paths]) => paths.length > 1)).toEqual([]);
  });

  test("every environment variable is read in app/utils/env.server.ts and listed in the README's configuration table", () => {
    const env = readFileSync(join(root, "app/utils/env.server.ts"), "utf8");
    const read = new Set([...env.matchAll(/process\.env\.([A-Z_]+)|int\("([A-Z_]+)"/g)].map((m) => m[1] ?? m[2]!));
    read.delete("NODE_ENV"); // set by npm start and the build, not by an operator
    const readme = readFileSync(join(root, "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("## Configuration"), readme.indexOf("\n## ", readme.indexOf("## Configuration") + 5));
    const documented = new Set([...table.matchAll(/^\| `([A-Z_]+)`(?:, `([A-Z_]+)`)?/gm)].flatMap((m) => [m[1]!, m[2]].filter((x): x is string => !!x)));
    expect([...read].sort()).toEqual([...documented].sort());
    // …and nowhere else in the app reads the environment.
    const elsewhere: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && path !== "app/utils/env.server.ts" && /process\.env\b/.test(readFileSync(join(root, path), "utf8"))) elsewhere.push(path);
      }
    };
    walk("app");
    walk("db");
    expect(elsewhere).toEqual([]);
  });
});
