import { sql } from "drizzle-orm";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { rowsOf } from "./directory-sql.ts";

type Row = { department: string | null; location: string | null; count: number };

/** The departments and locations of the organization's active people, with how many in each. */
export async function listDirectoryFilters(ctx: Ctx) {
  authorize(ctx.actor, "people.list");
  // Both lists from one pass over the organization's people.
  const rows = await rowsOf<Row>(
    ctx.db,
    sql`select nullif(department, '') as department, nullif(location, '') as location,
          count(*)::int as count
        from people
        where organization_id = ${ctx.actor.organizationId} and status = 'active'
        group by grouping sets ((nullif(department, '')), (nullif(location, '')))`,
  );
  const listOf = (key: "department" | "location", other: "department" | "location") =>
    rows
      .filter((row) => row[key] !== null && row[other] === null)
      .map((row) => ({ name: row[key] as string, count: Number(row.count) }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      .slice(0, 500);
  return {
    departments: listOf("department", "location"),
    locations: listOf("location", "department"),
  };
}
