import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";

/**
 * The layer rule (docs/decisions/0004-layers.md): imports run down only. A file may import its
 * own layer or any lower one; `routes → server → models/jobs → db → leaves`. Components sit
 * beside server adapters but may import only leaves. The seed scripts are exempt: they build
 * demo data through the models on purpose.
 */
export const LAYERS: { name: string; rank: number; test: RegExp }[] = [
  { name: "routes", rank: 6, test: /^app\/(routes\/|root\.tsx|entry\.(server|client)\.tsx)/ },
  // Command-line entry points (`npm run hr:sync`) sit where routes do: they call models as a route would.
  { name: "commands", rank: 6, test: /^bin\// },
  { name: "components", rank: 5, test: /^app\/components\// },
  { name: "server", rank: 5, test: /^app\/server\// },
  { name: "models/jobs", rank: 3, test: /^app\/(models|jobs)\// },
  { name: "db", rank: 2, test: /^db\/((client\.server|copy|cli)\.ts$|seed\/)/ },
  { name: "leaves", rank: 1, test: /^(app\/(utils|validation|i18n|access|types)\/|emails\/|db\/(schema\.ts|migrations\/))/ },
];

const EXEMPT = /^db\/seed\//;

export const layerOf = (file: string) => LAYERS.find((l) => l.test.test(file));

function sourceFiles(root: string, dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) sourceFiles(root, path, out);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

function resolve(root: string, from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith("~/")) base = join("app", spec.slice(2));
  else if (spec.startsWith(".")) base = join(dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) {
    if (existsSync(join(root, candidate)) && statSync(join(root, candidate)).isFile()) return relative(root, join(root, candidate));
  }
  return null;
}

/** Every import between the app's own files (type-only imports too: they tie the modules together just the same). */
export function importGraph(root: string): Map<string, string[]> {
  const files = [...sourceFiles(root, "app"), ...sourceFiles(root, "bin"), ...sourceFiles(root, "db"), ...sourceFiles(root, "emails")];
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(join(root, file), "utf8");
    const specs = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']/g)].map((m) => m[1]!);
    graph.set(file, [...new Set(specs.map((s) => resolve(root, file, s)).filter((f): f is string => f !== null && !f.endsWith(".css")))]);
  }
  return graph;
}

/** Imports from a lower layer up into a higher one (and from components into anything but leaves). */
export function upwardArrows(graph: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (const [from, tos] of graph) {
    if (EXEMPT.test(from)) continue;
    const a = layerOf(from);
    for (const to of tos) {
      const b = layerOf(to);
      if (!a || !b) out.push(`${from} → ${to} (outside every layer)`);
      else if (b.rank > a.rank || (a.name === "components" && b.name !== "leaves" && b.name !== "components")) out.push(`${from} (${a.name}) → ${to} (${b.name})`);
    }
  }
  return out;
}

/** Import cycles (strongly connected components of more than one file), by Tarjan's algorithm. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const on = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const found: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) found.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return found;
}
