import { sql } from "drizzle-orm";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { rowsOf } from "./directory-sql.ts";

type Count = { name: string; count: number };

/** The departments and locations of the organization's active people, with how many in each. */
export async function listDirectoryFilters(ctx: Ctx) {
  authorize(ctx.actor, "people.list");
  const org = ctx.actor.organizationId;
  const countsOf = (column: "department" | "location") =>
    rowsOf<Count>(
      ctx.db,
      sql`select ${sql.identifier(column)} as name, count(*)::int as count from people
          where organization_id = ${org} and status = 'active'
            and ${sql.identifier(column)} is not null and ${sql.identifier(column)} <> ''
          group by 1 order by 1 limit 500`,
    );
  const [departments, locations] = await Promise.all([
    countsOf("department"),
    countsOf("location"),
  ]);
  const present = (rows: Count[]) => rows.map((r) => ({ name: r.name, count: Number(r.count) }));
  return { departments: present(departments), locations: present(locations) };
}
