/**
 * CSV for Norwegian spreadsheets, pure (no server code): the writer makes files Excel opens
 * correctly by double-click (UTF-8 with BOM, semicolons, CRLF); the reader takes what people
 * save from Excel or LibreOffice (`;` or `,`, quoted fields, any line ending).
 */

export const BOM = "\uFEFF";

export type CsvCell = string | number | null | undefined;

/** Characters that make a spreadsheet treat a cell as a formula (OWASP «CSV injection»). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that would start a formula gets a leading apostrophe, so it is shown, never run. */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function quoteCell(cell: CsvCell, separator: string): string {
  if (cell === null || cell === undefined) return "";
  // Numbers are ours (counts, per cent), never user text: a minus sign there is not a formula.
  const text = typeof cell === "number" ? String(cell) : neutraliseFormula(cell);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface WriteCsvOptions {
  separator?: string;
  bom?: boolean;
}

/** Rows to CSV text: separator `;`, CRLF after every row, BOM first (all by default). */
export function writeCsv(rows: readonly (readonly CsvCell[])[], { separator = ";", bom = true }: WriteCsvOptions = {}): string {
  const body = rows.map((row) => row.map((cell) => quoteCell(cell, separator)).join(separator) + "\r\n").join("");
  return (bom ? BOM : "") + body;
}

/** `YYYY-MM-DD` as `dd.mm.yyyy`, the form Norwegian Excel reads as a date. */
export function csvDate(iso: string | null | undefined): string {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso) : null;
  return m ? `${m[3]}.${m[2]}.${m[1]}` : "";
}

export interface CsvRecord {
  /** The 1-based line of the file where this record starts (a quoted field may span lines). */
  line: number;
  cells: string[];
}

export class CsvSyntaxError extends Error {
  constructor(readonly line: number) {
    super(`Unclosed quote starting on line ${line}`);
    this.name = "CsvSyntaxError";
  }
}

/**
 * `;` or `,`, whichever occurs more often outside quotes on the first line (the header). Norwegian
 * Excel writes `;`; English tools write `,`.
 */
export function detectSeparator(text: string): ";" | "," {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text.startsWith(BOM) ? text.slice(1) : text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === ";") semicolons++;
    else if (!quoted && ch === ",") commas++;
  }
  return commas > semicolons ? "," : ";";
}

/**
 * RFC 4180 records with their line numbers. A leading BOM is dropped; blank lines are skipped;
 * `""` inside quotes is one quote. An unclosed quote throws `CsvSyntaxError` rather than
 * swallowing the rest of the file into one cell.
 */
export function parseCsv(input: string, separator: string = detectSeparator(input)): CsvRecord[] {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 1;
  let i = 0;

  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === "")) records.push({ line: recordLine, cells });
    cells = [];
    cell = "";
  };

  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === "\n" || (ch === "\r" && text[i + 1] !== "\n")) line++;
        cell += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && cell === "") {
      quoted = true;
      quoteLine = line;
    } else if (ch === separator) {
      cells.push(cell);
      cell = "";
    } else if (ch === "\r" || ch === "\n") {
      endRecord();
      if (ch === "\r" && text[i + 1] === "\n") i++;
      line++;
      recordLine = line;
    } else {
      cell += ch;
    }
    i++;
  }
  if (quoted) throw new CsvSyntaxError(quoteLine);
  if (cell !== "" || cells.length > 0) endRecord();
  return records;
}
