/**
 * A streaming CSV reader for files exported from HR systems: UTF-8 with or without a byte-order
 * mark, `\r\n`, `\n` or `\r` line ends, quoted fields holding delimiters, quotes ("") and line
 * breaks, and the delimiter (`,`, `;` or tab) detected from the header line. No database, no I/O:
 * text goes in (in chunks of any size, split anywhere), records come out.
 *
 * A record's `line` is the file's physical line where it starts (1-based; the header is line 1),
 * so a reason given for a record points at the line a person sees in their editor.
 */

export type Delimiter = "," | ";" | "\t";
export const DELIMITERS: readonly Delimiter[] = [",", ";", "\t"];

export type CsvRecord = {
  line: number;
  cells: string[];
  /** A quoted field was still open at the end of the file: the record swallowed what followed. */
  unclosedQuote?: true;
};

const QUOTE = 34;
const LF = 10;
const CR = 13;

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3;

/** The header line is read whole before the delimiter is chosen, up to this many characters. */
const MAX_HEADER_CHARS = 256 * 1024;

/**
 * The delimiter of a file, from its first line: whichever of `,` `;` tab occurs most often
 * outside quotes (ties go to the comma, then the semicolon). Null while the first line is still
 * incomplete and more text may follow.
 */
export function detectDelimiter(text: string, final: boolean): Delimiter | null {
  const counts = [0, 0, 0];
  let inQuotes = false;
  let ended = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (!inQuotes && (c === LF || c === CR)) {
      ended = true;
      break;
    } else if (!inQuotes) {
      const index = c === 44 ? 0 : c === 59 ? 1 : c === 9 ? 2 : -1;
      if (index >= 0) counts[index] = (counts[index] ?? 0) + 1;
    }
  }
  if (!ended && !final && text.length < MAX_HEADER_CHARS) return null;
  let best = 0;
  for (let i = 1; i < 3; i++) if ((counts[i] ?? 0) > (counts[best] ?? 0)) best = i;
  return DELIMITERS[best] ?? ",";
}

/** Feed text with `push`, then call `end`; each returns the records completed so far. */
export class CsvReader {
  delimiter: Delimiter | null;
  private head = "";
  private started = false;
  private state = FIELD_START;
  private field = "";
  private cells: string[] = [];
  private line = 1;
  private recordLine = 1;
  private lastCR = false;

  constructor(delimiter?: Delimiter) {
    this.delimiter = delimiter ?? null;
  }

  push(text: string): CsvRecord[] {
    let chunk = text;
    if (!this.started && chunk.length > 0) {
      this.started = true;
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
    }
    if (this.delimiter === null) {
      this.head += chunk;
      this.delimiter = detectDelimiter(this.head, false);
      if (this.delimiter === null) return [];
      chunk = this.head;
      this.head = "";
    }
    const out: CsvRecord[] = [];
    this.scan(chunk, out);
    return out;
  }

  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.delimiter === null) {
      this.delimiter = detectDelimiter(this.head, true);
      this.scan(this.head, out);
      this.head = "";
    }
    if (this.state === QUOTED) {
      this.cells.push(this.field);
      out.push({ line: this.recordLine, cells: this.cells, unclosedQuote: true });
    } else if (this.state !== FIELD_START || this.cells.length > 0) {
      this.endRecord(out);
    }
    this.cells = [];
    this.field = "";
    this.state = FIELD_START;
    return out;
  }

  private endRecord(out: CsvRecord[]) {
    this.cells.push(this.field);
    const cells = this.cells;
    this.cells = [];
    this.field = "";
    // Blank lines, and rows of empty cells that spreadsheets leave at the end, are not records.
    if (cells.some((cell) => cell.trim() !== "")) out.push({ line: this.recordLine, cells });
  }

  private scan(chunk: string, out: CsvRecord[]) {
    const delimiter = (this.delimiter ?? ",").charCodeAt(0);
    const n = chunk.length;
    let state = this.state;
    let start = 0;
    for (let i = 0; i < n; i++) {
      const c = chunk.charCodeAt(i);
      if (this.lastCR) {
        this.lastCR = false;
        // The \n of a \r\n: the line was already counted (and, outside quotes, the record ended).
        if (c === LF) {
          if (state !== QUOTED) start = i + 1;
          continue;
        }
      }
      if (state === QUOTED) {
        if (c === QUOTE) {
          this.field += chunk.slice(start, i);
          state = QUOTE_IN_QUOTED;
        } else if (c === CR) {
          this.line++;
          this.lastCR = true;
        } else if (c === LF) {
          this.line++;
        }
        continue;
      }
      if (state === QUOTE_IN_QUOTED) {
        if (c === QUOTE) {
          // "" inside quotes is one quote character.
          this.field += '"';
          state = QUOTED;
          start = i + 1;
          continue;
        }
        // Text after a closing quote is kept as it is (lenient, like spreadsheets).
        state = UNQUOTED;
        start = i;
      } else if (state === FIELD_START) {
        if (c === QUOTE) {
          state = QUOTED;
          start = i + 1;
          continue;
        }
        state = UNQUOTED;
        start = i;
      }
      if (c === delimiter) {
        this.cells.push(this.field + chunk.slice(start, i));
        this.field = "";
        state = FIELD_START;
      } else if (c === LF || c === CR) {
        this.field += chunk.slice(start, i);
        this.endRecord(out);
        this.line++;
        this.recordLine = this.line;
        this.lastCR = c === CR;
        state = FIELD_START;
      }
    }
    if (state === UNQUOTED || state === QUOTED) this.field += chunk.slice(start);
    this.state = state;
  }
}

export class CsvReadError extends Error {
  constructor(
    readonly code: "not_utf8" | "empty" | "too_wide",
    message: string,
  ) {
    super(message);
    this.name = "CsvReadError";
  }
}

export const NOT_UTF8_MESSAGE =
  "This file isn't UTF-8 text, so names could come out garbled. In Excel, save it as “CSV UTF-8”; in Google Sheets or Numbers, export it as CSV — both write UTF-8.";

/**
 * Reads a byte (or text) stream as CSV, yielding records in batches as they complete. Bytes must
 * be UTF-8; anything else is refused with a message saying how to export the file properly.
 */
export async function* readCsv(
  source: AsyncIterable<Uint8Array | string>,
  options: { delimiter?: Delimiter; info?: { delimiter?: Delimiter } } = {},
): AsyncGenerator<CsvRecord[]> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  const reader = new CsvReader(options.delimiter);
  const decode = (bytes?: Uint8Array) => {
    try {
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    } catch {
      throw new CsvReadError("not_utf8", NOT_UTF8_MESSAGE);
    }
  };
  for await (const chunk of source) {
    const records = reader.push(typeof chunk === "string" ? chunk : decode(chunk));
    if (options.info && reader.delimiter) options.info.delimiter = reader.delimiter;
    if (records.length > 0) yield records;
  }
  const rest = [...reader.push(decode()), ...reader.end()];
  if (options.info) options.info.delimiter = reader.delimiter ?? ",";
  if (rest.length > 0) yield rest;
}
