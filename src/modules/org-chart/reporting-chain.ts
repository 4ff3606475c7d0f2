import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";

/** Rows of a raw query, whichever driver (pg or PGlite) ran it. */
export async function rowsOf<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * True when `a` manages `b` (directly or further up) or `b` manages `a`: the pairs that matching
 * must never put together for career mentoring, and whose private content the firewall keeps
 * apart. A person is not in their own chain. Deactivated people still count: the structure is
 * what HR says it is. Walks up from both people in one recursive query; UNION (not UNION ALL)
 * makes it stop even on data with a loop in it.
 */
export async function isInReportingChain(
  db: Executor,
  organizationId: string,
  a: string,
  b: string,
): Promise<boolean> {
  if (a === b) return false;
  const [row] = await rowsOf<{ linked: boolean }>(
    db,
    sql`
      with recursive up(origin, id, manager_id) as (
        select p.id, p.id, p.manager_id
        from people p
        where p.organization_id = ${organizationId} and p.id in (${a}, ${b})
        union
        select up.origin, p.id, p.manager_id
        from up
        join people p on p.id = up.manager_id and p.organization_id = ${organizationId}
      )
      select exists (
        select 1 from up
        where (up.origin = ${a} and up.id = ${b}) or (up.origin = ${b} and up.id = ${a})
      ) as linked`,
  );
  return row?.linked === true;
}

export type ChainLink = { id: string; name: string; depth: number };

/**
 * A person's managers, nearest first: depth 1 is their manager, depth 2 their manager's manager,
 * and so on to the top. Bounded, so a loop written by hand into the database can't run forever.
 */
export async function managersOf(
  db: Executor,
  organizationId: string,
  personId: string,
): Promise<ChainLink[]> {
  const rows = await rowsOf<{ id: string; name: string; depth: number }>(
    db,
    sql`
      with recursive up(id, manager_id, depth) as (
        select p.id, p.manager_id, 0
        from people p
        where p.organization_id = ${organizationId} and p.id = ${personId}
        union all
        select p.id, p.manager_id, up.depth + 1
        from up
        join people p on p.id = up.manager_id and p.organization_id = ${organizationId}
        where up.depth < 200
      )
      select up.id, p.name, up.depth
      from up join people p on p.id = up.id
      where up.depth > 0
      order by up.depth`,
  );
  return rows.map((row) => ({ id: row.id, name: row.name, depth: Number(row.depth) }));
}

/**
 * Serializes changes to one organization's reporting lines, so two concurrent changes can't
 * each pass the cycle check and together make a loop. Call inside a transaction.
 */
export async function lockOrgChart(tx: Executor, organizationId: string) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext('mutual.org_chart'), hashtext(${organizationId}))`,
  );
}
