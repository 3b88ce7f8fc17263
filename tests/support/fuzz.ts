import { createHash } from "node:crypto";
import fc from "fast-check";
import { sql } from "kysely";
import { getDb } from "../../db/client.server";
import type { Database } from "../../db/schema";

/* ------------------------------------------------------------------------------------------ */
/* «Nothing was written»: every table's row count and a digest of its content.                 */
/* ------------------------------------------------------------------------------------------ */

/** Every table of the schema: the issue's list, plus service_area and unit for good measure. */
export const TABLES = [
  "person",
  "person_role",
  "path",
  "path_step",
  "step_completion",
  "audit_log",
  "outbox",
  "programme_template",
  "template_step",
  "rollout",
  "training_session",
  "session_signup",
  "session_step",
  "login_token",
  "session",
  "service_area",
  "unit",
  "integration_token",
  "calendar_feed",
] as const satisfies readonly (keyof Database)[];
export type Table = (typeof TABLES)[number];

export type Snapshot = Record<Table, { rows: number; digest: string }>;

/**
 * Row counts, and a digest of every row (so an UPDATE that keeps the count is a write too).
 * Read through the test's own connection: the build's connection commits to the same file.
 */
export async function snapshot(): Promise<Snapshot> {
  const db = getDb();
  const out = {} as Snapshot;
  for (const t of TABLES) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(t)}`.execute(db);
    // Sorted here, not by rowid: the same snapshot on both engines, whatever order rows come in.
    const lines = rows.map((r) => JSON.stringify(r)).sort();
    out[t] = { rows: rows.length, digest: createHash("sha1").update(lines.join("\n")).digest("hex") };
  }
  return out;
}

export interface TableChange {
  table: Table;
  before: number;
  after: number;
  /** Same count, different content: an UPDATE (or a delete plus an insert). */
  updated: boolean;
}

export function changes(before: Snapshot, after: Snapshot): TableChange[] {
  return TABLES.filter((t) => before[t].digest !== after[t].digest).map((t) => ({
    table: t,
    before: before[t].rows,
    after: after[t].rows,
    updated: before[t].rows === after[t].rows,
  }));
}

export const describeChanges = (list: TableChange[]) =>
  list.map((c) => (c.updated ? `${c.table}: rows updated (${c.after} rows)` : `${c.table}: ${c.before} → ${c.after} rows`)).join("; ");

/* ------------------------------------------------------------------------------------------ */
/* What the answer must look like.                                                             */
/* ------------------------------------------------------------------------------------------ */

/**
 * A refusal the reader can understand: the friendly error page, a form with its error summary
 * or a field marked invalid, a danger/warning alert, or the sign-in link's «no longer works» page.
 */
export function showsMessage(html: string): boolean {
  return /class="error-page"|class="ds-error-summary"|aria-invalid="true"|class="ds-validation-message"|role="alert"|class="ds-alert" data-color="(danger|warning)"|Lenken virker ikke lenger|The link no longer works/.test(html);
}

/** A redirect target a browser keeps on this site (browsers drop tab/CR/LF inside URLs). */
export function staysOnSite(location: string): boolean {
  const seen = location.replace(/[\t\n\r]/g, "");
  if (seen.startsWith("http://localhost:3000/")) return true;
  return seen.startsWith("/") && !seen.startsWith("//") && !seen.startsWith("/\\");
}

/* ------------------------------------------------------------------------------------------ */
/* Values.                                                                                     */
/* ------------------------------------------------------------------------------------------ */

export const INTENTS = ["complete", "undo", "add", "edit", "up", "down", "retire", "sync", "signup", "cancel", "attendance", "update", "cancel_session"] as const;

export const HUGE = ["x".repeat(10_000), "å".repeat(6_000), "😀".repeat(3_000), `${"a".repeat(9_990)}@test.example`];

export const NUMBERS = [
  "-1", "0", "-0", "1", "2", "3", "7", "90", "91", "730", "731", "-730", "-731", "1000", "1001", "36", "37",
  "1e309", "-1e309", "NaN", "Infinity", "-Infinity", "0x10", "0b11", "0o7", "1.5", "2.0", "1e2", "+1", " 3 ", "007",
  "9007199254740991", "9007199254740993", "99999999999999999999999", "2147483648", "-9223372036854775809", "1_000", "١٢", "１２",
];

const pad = (n: number) => String(n).padStart(2, "0");
const isoDay = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
export const today = () => isoDay(new Date());
export const daysFromToday = (n: number) => isoDay(new Date(Date.now() + n * 86_400_000));

export const DATES = [
  "2026-02-30", "2026-02-29", "2028-02-29", "2027-02-29", "2026-13-01", "2026-00-10", "2026-12-00", "2026-12-32",
  "1999-01-01", "0001-01-01", "0000-00-00", "9999-12-31", "+275760-09-13", "-000001-01-01", "2026-12-1", "2026/12/01",
  "01.12.2026", "1.2.2027", "32.01.2027", "2026-12-01T00:00:00Z", " 2026-12-01 ", "2026-12-01\n", "2027-03-28", "2026-10-25", "2028-03-26",
];

/** A date within ±800 days of today, so some fall inside the app's two-year window and some just outside. */
export const nearDay = fc.integer({ min: -800, max: 800 }).map(daysFromToday);

export const anyDay = fc
  .date({ min: new Date("1800-01-01T00:00:00Z"), max: new Date("2300-12-31T00:00:00Z"), noInvalidDate: true })
  .map(isoDay);

export const TIMES = ["00:00", "02:00", "02:30", "02:59", "03:00", "03:30", "09:00", "15:00", "23:59", "24:00", "9:00", "12:60", "-01:00", "12:00:00", "12.00", "noon"];

export const SQL = [
  "' OR 1=1 --", "'; DROP TABLE person; --", "1; DELETE FROM session", "1 OR 1=1", "\" OR \"\"=\"", "%' --", "1 UNION SELECT id_hash FROM session",
  "Robert'); DROP TABLE person;--", "' || (SELECT token_hash FROM login_token) || '",
];

export const UNICODE = [
  // Control characters: U+0000 is refused by PostgreSQL in any text, so these must never reach it.
  "😀", "🏳️‍🌈", "👩🏽‍💻", "ÆØÅ æøå", "Ωmega ≈ ç √", "\u0000", "\u0000abc", "Kari\u0000Nordmann", "\u0001", "\u001b[2J", "\u007f", "a\u0008b", "\uFEFF", "\u202Eevil", "\u200B", "ﷺ", "ß", "İ", "ǅ", "\uD800", "a\u0301",
  "<script>alert(1)</script>", "{{7*7}}", "${7*7}", "../../etc/passwd", "%00", "%", "%E0%A4%A", "\r\n", "\t",
];

export const EMAILS = [
  "a@b.c", "kari@test.example", "hr@test.example", "ADMIN@TEST.EXAMPLE", " leder.a@test.example ", "not-an-email", "@test.example", "kari@",
  "kari@@test.example", "kari test@test.example", `${"x".repeat(250)}@t.no`, "\"quoted\"@test.example", "kari@[127.0.0.1]", "kari@localhost",
  "ki@test.example\n", "ø@æ.no", "kari+tag@test.example",
];

export const ENUMS = [
  "leader", "hr", "admin", "tol", "development_unit", "rlg", "radmann", "superuser", "nb", "en", "nn", "NB", "individual", "daily", "weekly",
  "tick", "date", "note", "attendance", "start_date", "rollout_date", "on", "off", "true", "false", "1", "yes",
];

export const REDIRECTS = [
  "/", "/ledere", "//evil.example", "/\\evil.example", "/\t/evil.example", "https://evil.example/", "javascript:alert(1)", "/a\nb", "/a\r\nSet-Cookie: x=1",
  "/%0d%0aLocation:%20//evil.example", "ledere", "/ledere?x=1#y",
];

/** Junk for any field: empty, huge, unicode, numbers, dates, SQL, intents, real-looking values and plain random. */
export const junkValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom("", " ", "  \t ", "null", "undefined", "[]", "{}", "[object Object]") },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NUMBERS) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 2, arbitrary: fc.constantFrom(...DATES) },
  { weight: 1, arbitrary: nearDay },
  { weight: 1, arbitrary: anyDay },
  { weight: 1, arbitrary: fc.constantFrom(...TIMES) },
  { weight: 1, arbitrary: fc.constantFrom(...SQL) },
  { weight: 2, arbitrary: fc.constantFrom(...INTENTS) },
  { weight: 1, arbitrary: fc.constantFrom(...ENUMS) },
  { weight: 1, arbitrary: fc.constantFrom(...EMAILS) },
  { weight: 1, arbitrary: fc.constantFrom(...REDIRECTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

export const junkKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom("", " ", "intent", "_data", "_action", "__proto__", "constructor", "toString", "hasOwnProperty", "a[b]", "roles[]", "stepIds[]", "x".repeat(2_000), "😀", "\u0000"),
  fc.string({ maxLength: 12 }),
);

export type Pairs = [string, string][];

/** How a route's form looks: its real field names, and for each the values worth trying there. */
export interface FormShape {
  fields: Record<string, fc.Arbitrary<string>>;
  /** A body the route accepts (or nearly: state may since have changed). */
  valid?: fc.Arbitrary<Pairs>;
}

const valueFor = (shape: FormShape, key: string) =>
  Object.hasOwn(shape.fields, key) ? fc.oneof({ weight: 3, arbitrary: shape.fields[key]! }, { weight: 2, arbitrary: junkValue }) : junkValue;

/** Random pairs: keys mostly the route's own, some junk; repeated keys happen (arrays). */
function randomPairs(shape: FormShape): fc.Arbitrary<Pairs> {
  const names = Object.keys(shape.fields);
  const key = names.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: junkKey }) : junkKey;
  return fc.array(
    key.chain((k) => valueFor(shape, k).map((v): [string, string] => [k, v])),
    { maxLength: 14 },
  );
}

type Mutation =
  | { op: "drop"; key: string }
  | { op: "set"; key: string; value: string }
  | { op: "append"; key: string; value: string }
  | { op: "duplicate"; at: number };

function mutate(pairs: Pairs, mutations: Mutation[]): Pairs {
  let out = pairs.slice();
  for (const m of mutations) {
    if (m.op === "drop") out = out.filter(([k]) => k !== m.key);
    else if (m.op === "set") {
      const at = out.findIndex(([k]) => k === m.key);
      if (at < 0) out.push([m.key, m.value]);
      else out[at] = [m.key, m.value];
    } else if (m.op === "append") out.push([m.key, m.value]);
    else if (out.length > 0) out.push(out[m.at % out.length]!);
  }
  return out;
}

/**
 * A valid body with one to three things changed, each a change to one named field with a value
 * worth trying there (or junk), a repeated pair, a dropped field or a stray key: gets past the
 * first checks and into the models, where the interesting failures are.
 */
function mutatedPairs(shape: FormShape): fc.Arbitrary<Pairs> {
  const names = Object.keys(shape.fields);
  const anyKey = names.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: junkKey }) : junkKey;
  const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 1, arbitrary: anyKey.map((key) => ({ op: "drop" as const, key })) },
    { weight: 4, arbitrary: anyKey.chain((key) => valueFor(shape, key).map((value) => ({ op: "set" as const, key, value }))) },
    { weight: 2, arbitrary: anyKey.chain((key) => valueFor(shape, key).map((value) => ({ op: "append" as const, key, value }))) },
    { weight: 2, arbitrary: fc.nat().map((at) => ({ op: "duplicate" as const, at })) },
  );
  return fc.tuple(shape.valid!, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([pairs, ms]) => mutate(pairs, ms));
}

/** Bodies for one route: random, mutated-valid, and (sometimes) the valid one itself. */
export function bodies(shape: FormShape): fc.Arbitrary<Pairs> {
  if (!shape.valid) return randomPairs(shape);
  return fc.oneof({ weight: 4, arbitrary: randomPairs(shape) }, { weight: 5, arbitrary: mutatedPairs(shape) }, { weight: 1, arbitrary: shape.valid });
}

export const urlencoded = (pairs: Pairs) => {
  const body = new URLSearchParams();
  for (const [k, v] of pairs) body.append(k, v);
  return body.toString();
};

/**
 * A path segment: the real ids, and what else someone could type there. `avoid`: ids that must not
 * be reached, not even as «+1», «0x1» or «1e0» (which Number() reads as 1).
 */
export const idSegment = (real: number[], avoid: number[] = []) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...real.map(String)) },
    {
      weight: 2,
      arbitrary: fc.constantFrom("0", "-1", "999999", "1.5", "1e3", "0x1", "abc", "NaN", "Infinity", "9007199254740993", "2147483648", "9999999999", "١", "%20", "😀", "'%20OR%201=1", "00001", "+1", "%00"),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  )
    .map((s) => (/^[-+.\w%]*$/.test(s) && !/%(?![0-9A-Fa-f]{2})/.test(s) ? s : encodeURIComponent(s)))
    .filter((s) => {
      let decoded = s;
      try {
        decoded = decodeURIComponent(s);
      } catch {
        // stays as it is
      }
      return !avoid.includes(Number(decoded)) || real.includes(Number(decoded));
    });

/* ------------------------------------------------------------------------------------------ */
/* Bodies that are not forms at all.                                                           */
/* ------------------------------------------------------------------------------------------ */

export interface RawBody {
  label: string;
  contentType: string | null;
  body: string | Uint8Array;
}

export const rawBodies: fc.Arbitrary<RawBody> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => ({ label: "JSON", contentType: "application/json", body: JSON.stringify(v) ?? "null" })),
  fc.constantFrom(
    { label: "JSON object", contentType: "application/json", body: '{"intent":"complete","stepId":1}' },
    { label: "broken JSON", contentType: "application/json", body: '{"intent":' },
    { label: "text", contentType: "text/plain", body: "intent=complete&stepId=1" },
    { label: "XML", contentType: "application/xml", body: "<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>" },
    { label: "multipart without boundary", contentType: "multipart/form-data", body: "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n" },
    { label: "multipart, wrong boundary", contentType: "multipart/form-data; boundary=zzz", body: "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n" },
    { label: "multipart, truncated", contentType: "multipart/form-data; boundary=x", body: "--x\r\nContent-Disposition: form-data; name=\"intent\"\r\n\r\ncompl" },
    { label: "multipart, empty", contentType: "multipart/form-data; boundary=x", body: "" },
    { label: "form, bad percent-encoding", contentType: "application/x-www-form-urlencoded", body: "intent=%E0%A4%A&stepId=%&%%%=1&=&&" },
    { label: "form, odd charset", contentType: "application/x-www-form-urlencoded; charset=utf-16", body: "intent=complete" },
    { label: "form, empty", contentType: "application/x-www-form-urlencoded", body: "" },
    { label: "no Content-Type", contentType: null, body: new Uint8Array([0x69, 0x6e, 0x74, 0x65, 0x6e, 0x74, 0x3d, 0x78]) },
    { label: "octet-stream", contentType: "application/octet-stream", body: "intent=complete" },
    { label: "garbage Content-Type", contentType: "\u00ff/;;=\u00e6; boundary=", body: "a=b" },
  ),
  fc.uint8Array({ maxLength: 300 }).chain((bytes) =>
    fc.constantFrom<string | null>(null, "application/octet-stream", "application/x-www-form-urlencoded", "multipart/form-data; boundary=----x", "image/png").map((contentType) => ({ label: "binary garbage", contentType, body: bytes })),
  ),
);

export const describeRaw = (r: RawBody) =>
  `${r.label} (Content-Type: ${r.contentType ?? "none"}): ${typeof r.body === "string" ? JSON.stringify(r.body.slice(0, 200)) : `${r.body.byteLength} bytes`}`;

/* ------------------------------------------------------------------------------------------ */
/* Printing a case so it can be replayed by hand.                                              */
/* ------------------------------------------------------------------------------------------ */

const short = (s: string) => (s.length > 120 ? `${JSON.stringify(s.slice(0, 60))}…(${s.length} chars)` : JSON.stringify(s));
export const describePairs = (pairs: Pairs) => `{ ${pairs.map(([k, v]) => `${short(k)}: ${short(v)}`).join(", ")} }`;

/* ------------------------------------------------------------------------------------------ */
/* CSV files for «Importer ledere».                                                            */
/* ------------------------------------------------------------------------------------------ */

const dotted = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
};

const csvCell = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("Kari Nordmann", "Ola", "K", "Sykehjemmet", "Skolen", "Helse/Sykehjemmet", "Ukjent enhet", "enhetsleder", "rektor") },
  { weight: 1, arbitrary: nearDay.map(dotted) },
  { weight: 1, arbitrary: nearDay },
  { weight: 2, arbitrary: junkValue.filter((v) => v.length < 500) },
  { weight: 1, arbitrary: fc.constantFrom('"', '"unclosed', 'a"b', '""', '"a;b"', "=cmd|' /C calc'!A0", "@SUM(1)", "\r", "\n") },
);

/** A file that should import: the real header and a few good rows (unique addresses). */
export const validCsv = fc
  .array(fc.tuple(fc.uuid(), nearDay.filter((d) => d >= daysFromToday(-600) && d <= daysFromToday(600)), fc.constantFrom("Sykehjemmet", "Skolen", "Oppvekst/Skolen")), { minLength: 1, maxLength: 3 })
  .map((rows) => ["navn;e-post;enhet;stilling;startdato", ...rows.map(([u, d, unit]) => `Ny Leder;ny-${u.slice(0, 13)}@test.example;${unit};leder;${dotted(d)}`)].join("\r\n"));

/** Anything from a good file to garbage with the right header. */
export const csvText: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: validCsv },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom("navn;e-post;enhet;stilling;startdato", "name,email,unit,position,start date", "navn;epost;enhet", "", "\uFEFFnavn;e-post;enhet;stilling;startdato", "navn;navn;navn;navn;navn"),
        fc.array(fc.array(csvCell, { maxLength: 7 }), { maxLength: 6 }),
        fc.constantFrom(";", ",", "\t"),
        fc.constantFrom("\r\n", "\n", "\r"),
      )
      .map(([header, rows, sep, eol]) => [header, ...rows.map((r) => r.join(sep))].join(eol)),
  },
  { weight: 1, arbitrary: junkValue },
);

/** An HR export that should sync: the real header and a few new people (unique numbers and addresses). */
export const validSyncCsv = fc
  .array(fc.tuple(fc.uuid(), nearDay.filter((d) => d >= daysFromToday(-600) && d <= daysFromToday(600)), fc.constantFrom("Sykehjemmet", "Skolen", "Oppvekst/Skolen")), { minLength: 1, maxLength: 3 })
  .map((rows) =>
    ["ansattnummer;navn;e-post;enhet;stilling;startdato", ...rows.map(([u, d, unit]) => `F-${u.slice(0, 13)};Ny Leder;sync-${u.slice(0, 13)}@test.example;${unit};leder;${dotted(d)}`)].join("\r\n"),
  );

/** Anything from a good export to garbage under an export's header (hostile cells included). */
export const syncCsvText: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: validSyncCsv },
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom(
          "ansattnummer;navn;e-post;enhet;stilling;startdato",
          "employee number,name,email,unit,position,start date",
          "tilsettnummer;namn;e-post;eining;stilling;startdato",
          "ansattnummer;ansattnummer;navn",
          "navn;e-post;enhet;stilling;startdato",
          "",
        ),
        fc.array(fc.array(csvCell, { maxLength: 8 }), { maxLength: 6 }),
        fc.constantFrom(";", ",", "\t"),
        fc.constantFrom("\r\n", "\n", "\r"),
      )
      .map(([header, rows, sep, eol]) => [header, ...rows.map((r) => r.join(sep))].join(eol)),
  },
  { weight: 1, arbitrary: junkValue },
);

export interface Upload {
  label: string;
  bytes: Uint8Array;
  name: string;
  type: string;
}

const enc = new TextEncoder();

/** Uploads for a CSV page: `text` files mostly, and bytes that are no such file. */
export const uploadsOf = (text: fc.Arbitrary<string>): fc.Arbitrary<Upload> => fc.oneof(
  { weight: 4, arbitrary: text.map((t) => ({ label: "csv", bytes: enc.encode(t), name: "ledere.csv", type: "text/csv" })) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 400 }).map((b) => ({ label: "random bytes", bytes: b, name: "x.bin", type: "application/octet-stream" })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      { label: "xlsx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), name: "ledere.csv", type: "text/csv" },
      { label: "empty", bytes: new Uint8Array(), name: "tom.csv", type: "text/csv" },
      { label: "windows-1252", bytes: new Uint8Array([...enc.encode("navn;e-post;enhet;stilling;startdato\r\nK"), 0xe5, 0xf8, ...enc.encode(";k@test.example;Skolen;leder;01.02.2027")]), name: "ansi.csv", type: "text/csv" },
      { label: "UTF-16", bytes: new Uint8Array([0xff, 0xfe, 0x6e, 0, 0x61, 0, 0x76, 0, 0x6e, 0]), name: "u16.csv", type: "text/csv" },
      { label: "just over 1 MB", bytes: new Uint8Array(1_000_001).fill(0x61), name: "stor.csv", type: "text/csv" },
      { label: "odd file name", bytes: enc.encode("navn;e-post"), name: "../../😀\u0000.csv", type: "💥" },
    ),
  },
);
export const uploads = uploadsOf(csvText);
