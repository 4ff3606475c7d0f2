import { sql } from "drizzle-orm";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { notFound } from "../../server/errors.ts";
import { type OrgChartRow, presentOrgChartPerson } from "./presenters.ts";
import { rowsOf } from "./reporting-chain.ts";

/**
 * A person and everyone above them, from the top of the organization down to the person
 * (the last entry), each with their count of direct reports: one recursive query. The chain
 * stops below a deactivated manager, where the org chart's top does too.
 */
export async function getChainOfCommand(ctx: Ctx, personId: string) {
  authorize(ctx.actor, "org-chart.read");
  const organizationId = ctx.actor.organizationId;
  const rows = await rowsOf<OrgChartRow & { depth: number }>(
    ctx.db,
    sql`
      with recursive up(id, manager_id, depth) as (
        select p.id, p.manager_id, 0
        from people p
        where p.organization_id = ${organizationId} and p.id = ${personId}
          and (p.status = 'active' or ${ctx.actor.role === "admin"}::boolean)
        union all
        select p.id, p.manager_id, up.depth + 1
        from up
        join people p on p.id = up.manager_id and p.organization_id = ${organizationId}
          and p.status = 'active'
        where up.depth < 200
      )
      select p.id, p.name, p.preferred_name, p.title, p.department, ph.version as photo_version,
        (select count(*) from people r
          where r.organization_id = ${organizationId} and r.manager_id = p.id
            and r.status = 'active') as direct_reports,
        up.depth
      from up
      join people p on p.id = up.id
      left join person_photos ph on ph.person_id = p.id
      order by up.depth desc`,
  );
  if (rows.length === 0) throw notFound("person", "person_not_found");
  return { chain: rows.map(presentOrgChartPerson) };
}
