import { sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { rowsOf } from "../org-chart/reporting-chain.ts";

/**
 * Which of these [mentee, mentor] pairs are in the same reporting chain (either one above the
 * other), checked against the org chart as it is now, in one recursive query for all the pairs.
 * The engine already forbids such pairs; this is the second lock on the door at publish, lock
 * and swap, so no code path can create one in a career program.
 */
export async function pairsInReportingChain(
  db: Executor,
  organizationId: string,
  pairs: readonly (readonly [mentee: string, mentor: string])[],
): Promise<Set<number>> {
  if (pairs.length === 0) return new Set();
  const menteeIds = `{${pairs.map((p) => p[0]).join(",")}}`;
  const mentorIds = `{${pairs.map((p) => p[1]).join(",")}}`;
  const rows = await rowsOf<{ k: number }>(
    db,
    sql`
      with recursive pairs(k, mentee, mentor) as (
        select (ord - 1)::int, mentee, mentor
        from unnest(${menteeIds}::uuid[], ${mentorIds}::uuid[]) with ordinality as t(mentee, mentor, ord)
      ),
      up(k, side, id, depth) as (
        select k, 0, mentee, 0 from pairs
        union all
        select k, 1, mentor, 0 from pairs
        union all
        select up.k, up.side, p.manager_id, up.depth + 1
        from up join people p on p.id = up.id and p.organization_id = ${organizationId}
        where p.manager_id is not null and up.depth < 200
      )
      select distinct pairs.k from up join pairs on pairs.k = up.k
      where up.depth > 0
        and ((up.side = 0 and up.id = pairs.mentor) or (up.side = 1 and up.id = pairs.mentee))`,
  );
  return new Set(rows.map((r) => Number(r.k)));
}
