// npm run bench:bundle — where the JavaScript of «Mitt løp» comes from, module by module.
//
// Builds with source maps (`remix build --sourcemap`), reads the newest manifest in public/build,
// takes the files a leader's browser loads for /mitt-lop (entry, root, the route and their
// imports), attributes every byte of every file to the source its map names, then deletes the
// .map files again (they must not be served). Writes bench/BUNDLE.md and bench/bundle.json.
//
// Per module: raw bytes; "gz share" = the module's share of its file's raw bytes × that file's
// gzip size (the columns add up to the real total); "gz alone" = the module's code gzipped by
// itself, an upper bound of what removing it saves.
//
//   BUNDLE_NO_BUILD=1  analyse public/build as it is (it must have .map files) and keep the maps
//   BUNDLE_ROUTE=routes/mitt-lop  another route
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const root = process.cwd();
const buildDir = join(root, "public", "build");
const routeId = process.env.BUNDLE_ROUTE || "routes/mitt-lop";

if (!process.env.BUNDLE_NO_BUILD) {
  console.log("Building with source maps: npx remix build --sourcemap …");
  const r = spawnSync("npx", ["remix", "build", "--sourcemap"], { cwd: root, stdio: ["ignore", "inherit", "pipe"], env: { ...process.env, NODE_ENV: "production" } });
  if (r.status !== 0) throw new Error(`remix build failed:\n${r.stderr}`);
}

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? walk(join(dir, f)) : [join(dir, f)]));

// ---------------------------------------------------------------------------------------------
// Source map mappings (base64 VLQ), decoded by hand: no dependency for 30 lines.

const B64 = new Map([..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"].map((c, i) => [c, i]));
function decodeLine(line: string): number[][] {
  const segments: number[][] = [];
  for (const seg of line.split(",")) {
    if (!seg) continue;
    const values: number[] = [];
    let value = 0;
    let shift = 0;
    for (const ch of seg) {
      const digit = B64.get(ch)!;
      value += (digit & 31) << shift;
      if (digit & 32) shift += 5;
      else {
        values.push(value & 1 ? -(value >>> 1) : value >>> 1);
        value = 0;
        shift = 0;
      }
    }
    segments.push(values);
  }
  return segments;
}

/** Bytes of `code` per source index (-1 = not mapped), and the text itself per source. */
function attribute(code: string, mappings: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const add = (src: number, text: string) => {
    if (!text) return;
    const list = out.get(src) ?? [];
    list.push(text);
    out.set(src, list);
  };
  const lines = code.split("\n");
  const mapLines = mappings.split(";");
  let source = 0; // VLQ fields are relative to the previous segment's, across lines
  for (let l = 0; l < lines.length; l++) {
    const text = lines[l]! + (l < lines.length - 1 ? "\n" : "");
    const segs = decodeLine(mapLines[l] ?? "");
    let col = 0;
    let owner = -1;
    let at = 0;
    for (const s of segs) {
      col += s[0]!; // the generated column resets each line
      add(owner, text.slice(at, col));
      at = col;
      if (s.length >= 4) {
        source += s[1]!;
        owner = source;
      } else owner = -1;
    }
    add(owner, text.slice(at));
  }
  return out;
}

/** A readable name for a source: the npm package, or the path in the app. */
function moduleName(src: string): string {
  const nm = src.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = src.slice(nm + "node_modules/".length).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  return src.replace(/^(\.\.\/)+/, "");
}

// ---------------------------------------------------------------------------------------------

const manifestFile =
  readdirSync(buildDir)
    .filter((f) => /^manifest-.*\.js$/.test(f))
    .sort((a, b) => statSync(join(buildDir, b)).mtimeMs - statSync(join(buildDir, a)).mtimeMs)[0] ?? "";
if (!manifestFile) throw new Error("no manifest in public/build: run `npm run build` first");
const manifest = JSON.parse(
  readFileSync(join(buildDir, manifestFile), "utf8")
    .replace(/^window\.__remixManifest=/, "")
    .replace(/;\s*$/, ""),
) as { entry: { module: string; imports?: string[] }; routes: Record<string, { module: string; imports?: string[] }> };
const route = manifest.routes[routeId] ?? (() => { throw new Error(`${routeId} is not in the manifest`); })();
const urls = [...new Set([manifest.entry, manifest.routes.root!, route].flatMap((m) => [m.module, ...(m.imports ?? [])]))];

interface Row { module: string; raw: number; gzShare: number; gzAlone: number; files: Set<string> }
const rows = new Map<string, Row>();
const texts = new Map<string, string[]>();
const files: { file: string; raw: number; gzip: number }[] = [];
for (const url of urls) {
  const path = join(root, "public", url);
  const code = readFileSync(path, "utf8");
  const raw = Buffer.byteLength(code);
  const gz = gzipSync(code).length;
  files.push({ file: url, raw, gzip: gz });
  const map = existsSync(`${path}.map`) ? (JSON.parse(readFileSync(`${path}.map`, "utf8")) as { sources: string[]; mappings: string }) : null;
  const parts = map ? attribute(code, map.mappings) : new Map([[-1, [code]]]);
  for (const [src, chunks] of parts) {
    const name = src < 0 ? "(esbuild glue: chunk imports, runtime helpers)" : moduleName(map!.sources[src]!);
    const bytes = chunks.reduce((n, c) => n + Buffer.byteLength(c), 0);
    const row = rows.get(name) ?? { module: name, raw: 0, gzShare: 0, gzAlone: 0, files: new Set() };
    row.raw += bytes;
    row.gzShare += raw ? (bytes / raw) * gz : 0;
    row.files.add(url.replace(/^\/build\//, ""));
    rows.set(name, row);
    texts.set(name, [...(texts.get(name) ?? []), ...chunks]);
  }
}
for (const [name, chunks] of texts) rows.get(name)!.gzAlone = gzipSync(chunks.join("")).length;

const total = { raw: files.reduce((n, f) => n + f.raw, 0), gzip: files.reduce((n, f) => n + f.gzip, 0) };
const sorted = [...rows.values()].sort((a, b) => b.gzShare - a.gzShare);
const kb = (b: number) => (b / 1024).toFixed(1);
const group = (test: (m: string) => boolean) => {
  const members = sorted.filter((r) => test(r.module));
  return {
    raw: members.reduce((n, r) => n + r.raw, 0),
    gzShare: members.reduce((n, r) => n + r.gzShare, 0),
    gzAlone: gzipSync(members.flatMap((r) => texts.get(r.module)!).join("")).length,
    members: members.map((r) => r.module),
  };
};
const groups = {
  "i18n catalog (app/i18n/*)": group((m) => m.startsWith("app/i18n/")),
  "React + React DOM": group((m) => m === "react" || m === "react-dom" || m === "scheduler"),
  "Remix + React Router": group((m) => m.startsWith("@remix-run/") || m.startsWith("react-router") || m === "turbo-stream"),
  "other npm packages": group((m) => !m.startsWith("app/") && !m.startsWith("(") && !/^(react|react-dom|scheduler|turbo-stream)$/.test(m) && !m.startsWith("@remix-run/") && !m.startsWith("react-router")),
  "the app's own code (app/, db/, outside i18n)": group((m) => (m.startsWith("app/") || m.startsWith("db/") || m.startsWith("empty-module") || m.startsWith("browser-route-module")) && !m.startsWith("app/i18n/")),
};

const md = `# «${routeId}» JavaScript, module by module

Produced by \`npm run bench:bundle\` (\`bench/bundle.ts\`) on ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC from \`public/build/${manifestFile}\`: the ${files.length} files a browser loads for \`${routeId}\` (entry, root, the route and their imports), **${kb(total.raw)} KB raw, ${kb(total.gzip)} KB gzipped** (gzip level 6, each file on its own, as the server sends them).

*gz share* is a module's share of its file's raw bytes times the file's gzip size (the column adds up to the total); *gz alone* is the module's code gzipped by itself, roughly what removing it saves.

## Groups

| Group | raw KB | gz share KB | gz alone KB |
|---|---:|---:|---:|
${Object.entries(groups).map(([name, g]) => `| ${name} | ${kb(g.raw)} | ${kb(g.gzShare)} | ${kb(g.gzAlone)} |`).join("\n")}

## Modules

| Module | raw KB | gz share KB | gz alone KB | in |
|---|---:|---:|---:|---|
${sorted.filter((r) => r.raw >= 200).map((r) => `| \`${r.module}\` | ${kb(r.raw)} | ${kb(r.gzShare)} | ${kb(r.gzAlone)} | ${[...r.files].map((f) => `\`${f}\``).join(", ")} |`).join("\n")}

Modules under 200 bytes are left out (${sorted.filter((r) => r.raw < 200).length} of them, ${kb(sorted.filter((r) => r.raw < 200).reduce((n, r) => n + r.raw, 0))} KB raw together).

## Files

| File | raw KB | gzip KB |
|---|---:|---:|
${files.map((f) => `| \`${f.file}\` | ${kb(f.raw)} | ${kb(f.gzip)} |`).join("\n")}
`;

writeFileSync(join(root, "bench", "BUNDLE.md"), md);
writeFileSync(
  join(root, "bench", "bundle.json"),
  JSON.stringify({ route: routeId, manifest: manifestFile, total, groups, modules: sorted.map(({ files: f, ...r }) => ({ ...r, gzShare: Math.round(r.gzShare), files: [...f] })), files }, null, 2) + "\n",
);
console.log(`${routeId}: ${files.length} files, ${kb(total.raw)} KB raw, ${kb(total.gzip)} KB gzipped`);
for (const [name, g] of Object.entries(groups)) console.log(`  ${name.padEnd(48)} ${kb(g.gzShare).padStart(6)} KB gz share  (${kb(g.gzAlone)} KB alone)`);
console.log("Largest modules:");
for (const r of sorted.slice(0, 15)) console.log(`  ${r.module.padEnd(48)} ${kb(r.gzShare).padStart(6)} KB gz share  ${kb(r.raw).padStart(7)} KB raw`);

if (!process.env.BUNDLE_NO_BUILD) {
  const maps = walk(buildDir).filter((f) => f.endsWith(".map"));
  for (const f of maps) rmSync(f);
  for (const f of walk(join(root, "build")).filter((f) => f.endsWith(".map"))) rmSync(f);
  console.log(`Removed ${maps.length} source maps from ${relative(root, buildDir)} (they are not to be served).`);
}
console.log("Wrote bench/BUNDLE.md and bench/bundle.json.");
