import { and, asc, eq, gt, isNotNull, lte } from "drizzle-orm";
import type { PgSelect } from "drizzle-orm/pg-core";
import { relationships } from "../../db/schema-programs.ts";

const BATCH = 500;
const NO_ID = "00000000-0000-0000-0000-000000000000";

/**
 * Every relationship under way at `now` (active and started), 500 at a time in id order, for
 * the daily passes. `select` builds the pass's own query (its columns and joins, `$dynamic()`);
 * the filter, order and paging are added here.
 */
export async function* underWayInBatches<T extends PgSelect>(now: Date, select: () => T) {
  let after = NO_ID;
  for (;;) {
    const batch: Awaited<T> = await select()
      .where(
        and(
          eq(relationships.status, "active"),
          isNotNull(relationships.startedAt),
          lte(relationships.startedAt, now),
          gt(relationships.id, after),
        ),
      )
      .orderBy(asc(relationships.id))
      .limit(BATCH);
    const last = batch.at(-1);
    if (!last) return;
    after = last.id;
    yield batch;
  }
}

/** A batch's rows grouped by their relationship id. */
export function byRelationship<T extends { relationshipId: string }>(rows: T[]) {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.relationshipId) ?? [];
    list.push(row);
    map.set(row.relationshipId, list);
  }
  return map;
}
