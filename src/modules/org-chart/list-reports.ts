import { type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { notFound } from "../../server/errors.ts";
import { prefixQuery } from "../directory/directory-sql.ts";
import { cleanSearchText } from "../directory/search-text.ts";
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
  // Two index lookups (no manager; manager deactivated), not a scan of the organization.
  return pageOf(
    ctx,
    sql`p.id in (
      select r.id from people r
      where r.organization_id = ${organizationId} and r.manager_id is null
      union all
      select r.id from people m
      join people r on r.manager_id = m.id and r.organization_id = ${organizationId}
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

/**
 * Up to 20 active people matching every word typed as a prefix ("gra hop" finds Grace Hopper),
 * through the directory's full-text documents (GIN-indexed: no scan of the organization).
 */
export async function searchOrgChart(ctx: Ctx, q: string) {
  authorize(ctx.actor, "org-chart.read");
  const text = cleanSearchText(q);
  if (text === "") return { people: [], total: 0 };
  return pageOf(
    ctx,
    sql`p.id in (
      select d.person_id from person_search_documents d
      where d.organization_id = ${ctx.actor.organizationId} and d.document @@ ${prefixQuery(text)})`,
    { offset: 0, limit: 20 },
  );
}
