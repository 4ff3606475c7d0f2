import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { checkMapping } from "./detect-columns.ts";
import type { ColumnMapping, ImportOptions, PersonField } from "./fields.ts";
import type { ExistingPerson } from "./match-rows.ts";
import { type ImportPlan, planImport } from "./plan-import.ts";
import { type DayMonthOrder, inferDayMonthOrder } from "./read-date.ts";
import { fieldColumns, type ReadRow, readRow, unescapeCell } from "./read-row.ts";

/** A record as kept between upload and import: its line, its cells, and 1 when a quote was left open. */
export type StoredRecord = [line: number, cells: string[], unclosedQuote?: 1];

export type ParsedFile = { headers: string[]; records: StoredRecord[] };

export type FilePlan = {
  plan: ImportPlan;
  /** The day/month order used for dates like 03/04/2021 (chosen, or found in the file). */
  dayMonthOrder: DayMonthOrder | null;
  warnings: string[];
};

export type ProgressReport = (stage: string, done: number, total: number) => void;

/** The person fields a mapping fills; name counts when any name column is mapped. */
export function personFields(mapping: ColumnMapping): PersonField[] {
  const fields = new Set<PersonField>();
  for (const field of mapping) {
    if (!field) continue;
    if (field === "fullName" || field === "firstName" || field === "lastName") fields.add("name");
    else if (field !== "managerEmail" && field !== "managerEmployeeId") fields.add(field);
  }
  return [...fields];
}

const CHUNK = 5000;

/**
 * Reads every record and plans the import. Reading yields to the event loop between chunks, so
 * progress reaches the browser while a large file is checked.
 */
export async function planFile(input: {
  file: ParsedFile;
  mapping: ColumnMapping;
  options: ImportOptions;
  existing: readonly ExistingPerson[];
  actorId: string | null;
  onProgress?: ProgressReport;
}): Promise<FilePlan> {
  const { file, mapping, options } = input;
  const { warnings } = checkMapping(file.headers, mapping);
  const columns = fieldColumns(mapping);
  let dayMonthOrder: DayMonthOrder | null = options.dateOrder === "auto" ? null : options.dateOrder;
  const dateColumn = columns.hireDate;
  if (options.dateOrder === "auto" && dateColumn !== undefined) {
    dayMonthOrder = inferDayMonthOrder(
      file.records.map(([, cells]) => unescapeCell(cells[dateColumn] ?? "")),
    );
  }
  const context = { headers: file.headers, mapping, dayMonthOrder };
  const rows: ReadRow[] = [];
  const total = file.records.length;
  for (let start = 0; start < total; start += CHUNK) {
    for (const [line, cells, unclosed] of file.records.slice(start, start + CHUNK)) {
      rows.push(readRow({ line, cells, unclosedQuote: unclosed === 1 }, context, columns));
    }
    input.onProgress?.("Checking rows", Math.min(start + CHUNK, total), total);
    await yieldToEventLoop();
  }
  input.onProgress?.("Comparing with the people in Mutual", total, total);
  const plan = planImport({
    rows,
    existing: input.existing,
    fields: personFields(mapping),
    fullSync: options.fullSync,
    actorId: input.actorId,
  });
  return { plan, dayMonthOrder, warnings };
}
