import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";

type Value = string | number | boolean | null;

/** A PostgreSQL array literal ("{…}") for one column, every text element quoted and escaped. */
export function pgArray(values: readonly Value[]): string {
  const items = values.map((value) =>
    value === null
      ? "NULL"
      : typeof value === "string"
        ? `"${value.replace(/["\\]/g, "\\$&")}"`
        : String(value),
  );
  return `{${items.join(",")}}`;
}

/** Rows per statement: one bound array per column, so the size is about memory, not parameters. */
const BATCH = 5000;

/**
 * Inserts many rows fast: each batch is one INSERT … SELECT FROM unnest(array, array, …), with
 * each column sent as one array parameter. `columns` maps a column to its SQL array type and,
 * optionally, an expression over the unnested value `v` (e.g. to split a list into an array).
 */
export async function insertMany<Row>(
  tx: Executor,
  table: string,
  rows: readonly Row[],
  columns: Record<string, { type: string; value: (row: Row) => Value; as?: (v: SQL) => SQL }>,
) {
  const names = Object.keys(columns);
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const arrays = names.map((name) => {
      const column = columns[name] as (typeof columns)[string];
      return sql`${pgArray(batch.map(column.value))}::${sql.raw(column.type)}[]`;
    });
    const selected = names.map((name, i) => {
      const value = sql.raw(`c${i}`);
      return columns[name]?.as ? (columns[name]?.as?.(value) as SQL) : value;
    });
    await tx.execute(sql`insert into ${sql.identifier(table)}
      (${sql.join(
        names.map((n) => sql.identifier(n)),
        sql`, `,
      )})
      select ${sql.join(selected, sql`, `)}
      from unnest(${sql.join(arrays, sql`, `)})
        as t(${sql.raw(names.map((_, i) => `c${i}`).join(", "))})`);
  }
}
