import type { ParsedFile, StoredRecord } from "./plan-file.ts";
import { CsvReadError, type Delimiter, readCsv } from "./read-csv.ts";

export const MAX_COLUMNS = 200;

/**
 * Reads an HR file from a stream: the first record is the header line, the rest are people.
 * The raw text is never held whole; only the parsed records are kept.
 */
export async function readPeopleFile(
  source: AsyncIterable<Uint8Array | string>,
  options: { onRecords?: (count: number) => void } = {},
): Promise<ParsedFile & { delimiter: Delimiter }> {
  const info: { delimiter?: Delimiter } = {};
  let headers: string[] | null = null;
  const records: StoredRecord[] = [];
  for await (const batch of readCsv(source, { info })) {
    for (const record of batch) {
      if (!headers) {
        if (record.cells.length > MAX_COLUMNS) {
          throw new CsvReadError(
            "too_wide",
            `The first line has ${record.cells.length} columns; we read at most ${MAX_COLUMNS}. Is it the header line of a people export?`,
          );
        }
        headers = record.cells.map((cell, i) => cell.trim() || `Column ${i + 1}`);
        continue;
      }
      records.push(
        record.unclosedQuote ? [record.line, record.cells, 1] : [record.line, record.cells],
      );
    }
    options.onRecords?.(records.length);
  }
  if (!headers) {
    throw new CsvReadError(
      "empty",
      "This file is empty. Export the people from your HR system as CSV, with a header line, and try again.",
    );
  }
  return { headers, records, delimiter: info.delimiter ?? "," };
}
