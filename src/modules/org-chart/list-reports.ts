import { type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { notFound } from "../../server/errors.ts";
import { type OrgChartRow, presentOrgChartPerson } from "./presenters.ts";
import { rowsOf } from "./reporting-chain.ts";

export const pageQuery = z.object({
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type PageQuery = z.infer<typeof pageQuery>;

/**
 * One page of org-chart people matching `where` (a condition on `p`), each with their number of
 * active direct reports, in one query: the count is an index lookup per row on
 * (organization_id, manager_id), never a query per person.
 */
async function pageOf(ctx: Ctx, where: SQL, page: PageQuery) {
  const organizationId = ctx.actor.organizationId;
  const scoped = sql`p.organization_id = ${organizationId} and p.status = 'active' and (${where})`;
  const [rows, totals] = await Promise.all([
    rowsOf<OrgChartRow>(
      ctx.db,
      sql`
        select p.id, p.name, p.preferred_name, p.title, p.department, ph.version as photo_version,
          (select count(*) from people r
            where r.organization_id = ${organizationId} and r.manager_id = p.id
              and r.status = 'active') as direct_reports
        from people p
        left join person_photos ph on ph.person_id = p.id
        where ${scoped}
        order by lower(p.name), p.id
        limit ${page.limit} offset ${page.offset}`,
    ),
    rowsOf<{ n: number | string }>(ctx.db, sql`select count(*) as n from people p where ${scoped}`),
  ]);
  return { people: rows.map(presentOrgChartPerson), total: Number(totals[0]?.n ?? 0) };
}

/**
 * The top of the org chart: active people with no manager, and people whose manager's account
 * is deactivated (so nobody drops out of the chart when a manager leaves).
 */
export async function listTopOfOrgChart(ctx: Ctx, page: PageQuery) {
  authorize(ctx.actor, "org-chart.read");
  const organizationId = ctx.actor.organizationId;
  return pageOf(
    ctx,
    sql`p.manager_id is null or p.manager_id in (
      select m.id from people m
      where m.organization_id = ${organizationId} and m.status = 'deactivated')`,
    page,
  );
}

/** A person's active direct reports, a page at a time. */
export async function listDirectReports(ctx: Ctx, personId: string, page: PageQuery) {
  authorize(ctx.actor, "org-chart.read");
  const [person] = await rowsOf<{ id: string }>(
    ctx.db,
    sql`select id from people where id = ${personId} and organization_id = ${ctx.actor.organizationId}`,
  );
  if (!person) throw notFound("person", "person_not_found");
  return pageOf(ctx, sql`p.manager_id = ${personId}`, page);
}

export const searchQuery = z.object({
  q: z.string().trim().max(100, "Please search with at most 100 characters.").default(""),
});

/** Up to 20 active people whose name, preferred name or title contains the text typed. */
export async function searchOrgChart(ctx: Ctx, q: string) {
  authorize(ctx.actor, "org-chart.read");
  if (q === "") return { people: [], total: 0 };
  const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return pageOf(
    ctx,
    sql`p.name ilike ${pattern} or p.preferred_name ilike ${pattern} or p.title ilike ${pattern}`,
    { offset: 0, limit: 20 },
  );
}
