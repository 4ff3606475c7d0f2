import { and, eq, getTableColumns, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { peopleImports } from "../../db/schema.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict, notFound } from "../../server/errors.ts";
import type { StoredRecord } from "./plan-file.ts";
import type { ImportRow } from "./presenters.ts";

const { records: _records, ...withoutRecords } = getTableColumns(peopleImports);
/** Every column but the rows: what to select or return when the rows aren't needed. */
export const importColumns = withoutRecords;

export const SAMPLE_ROWS = 3;

/** The actor's organization's import, without its rows; 404 for anyone else's. */
export async function findImport(
  db: Executor,
  ctx: Ctx,
  importId: string,
  options: { lock?: boolean } = {},
): Promise<ImportRow> {
  const query = db
    .select(withoutRecords)
    .from(peopleImports)
    .where(
      and(
        eq(peopleImports.id, importId),
        eq(peopleImports.organizationId, ctx.actor.organizationId),
      ),
    );
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw notFound("import — it may have been discarded", "import_not_found");
  return row;
}

export async function loadRecords(db: Executor, row: ImportRow): Promise<StoredRecord[]> {
  const [stored] = await db
    .select({ records: peopleImports.records })
    .from(peopleImports)
    .where(and(eq(peopleImports.id, row.id), eq(peopleImports.organizationId, row.organizationId)));
  if (!stored?.records) {
    throw conflict(
      "import_already_applied",
      "This file was already imported, so its rows are no longer kept. Upload it again to check it once more.",
    );
  }
  return stored.records as StoredRecord[];
}

/** The cells of the first few rows, read from the stored JSON without loading all of it here. */
export async function loadSample(db: Executor, row: ImportRow): Promise<string[][]> {
  const picks = Array.from(
    { length: SAMPLE_ROWS },
    (_, i) => sql`${peopleImports.records}->${sql.raw(String(i))}->1`,
  );
  const [stored] = await db
    .select({ sample: sql<(string[] | null)[]>`json_build_array(${sql.join(picks, sql`, `)})` })
    .from(peopleImports)
    .where(eq(peopleImports.id, row.id));
  return (stored?.sample ?? []).filter((cells): cells is string[] => Array.isArray(cells));
}

export const sampleOf = (records: StoredRecord[]) =>
  records.slice(0, SAMPLE_ROWS).map(([, cells]) => cells);
