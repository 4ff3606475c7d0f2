import { type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { badRequest } from "../../server/errors.ts";
import { cappedCount, prefixQuery, rowsOf, TOTAL_LIMIT, withCards } from "./directory-sql.ts";
import { type DirectoryRow, presentDirectoryPerson } from "./presenters.ts";
import { cleanSearchText } from "./search-text.ts";

/** Query strings carry text: "true" and "false" are the booleans. */
export const flag = (label: string) =>
  z
    .enum(["true", "false"], `${label} is either true or false.`)
    .transform((value) => value === "true")
    .optional();

const filterText = (label: string) =>
  z.string().trim().max(200, `${label} can be at most 200 characters.`).optional();

export const pageFields = {
  page: z.coerce
    .number("The page is a number, starting at 1.")
    .int("The page is a whole number.")
    .min(1, "Pages start at 1.")
    .max(10_000, "That page is further than the directory goes.")
    .default(1),
  pageSize: z.coerce
    .number("The page size is a number.")
    .int("The page size is a whole number.")
    .min(1, "Show at least 1 person per page.")
    .max(100, "Show at most 100 people per page.")
    .default(24),
};

export const searchDirectoryInput = z.object({
  q: z.string().max(1000, "Searches can be at most 1,000 characters.").optional(),
  department: filterText("A department"),
  location: filterText("A location"),
  offered: z.uuid("Choose a skill from the list.").optional(),
  wanted: z.uuid("Choose a skill from the list.").optional(),
  openToMentor: flag("“Open to mentor”"),
  includeDeactivated: flag("“Include deactivated people”"),
  ...pageFields,
});
export type SearchDirectoryInput = z.input<typeof searchDirectoryInput>;

/** Refuses pages past the counted total: deep offsets cost much and tell nobody anything. */
export function offsetOf(page: number, pageSize: number) {
  const offset = (page - 1) * pageSize;
  if (offset >= TOTAL_LIMIT) {
    throw badRequest(
      "page_too_far",
      `The directory shows the first ${TOTAL_LIMIT.toLocaleString("en")} matches. Add a name, a skill or a filter to narrow the search.`,
    );
  }
  return offset;
}

/**
 * The people directory: full-text search (names, title, bio, department, location, skills,
 * goals; every word a prefix) with filters, a page at a time. Sorted by relevance when searching,
 * by name otherwise. Active people only, unless an administrator asks for everyone.
 */
export async function searchDirectory(ctx: Ctx, input: z.output<typeof searchDirectoryInput>) {
  authorize(ctx.actor, "people.list");
  if (input.includeDeactivated) authorize(ctx.actor, "people.manage");
  const offset = offsetOf(input.page, input.pageSize);
  const text = cleanSearchText(input.q ?? "");
  const org = ctx.actor.organizationId;

  const conditions: SQL[] = [sql`p.organization_id = ${org}`];
  if (!input.includeDeactivated) conditions.push(sql`p.status = 'active'`);
  if (input.department) conditions.push(sql`p.department = ${input.department}`);
  if (input.location) conditions.push(sql`p.location = ${input.location}`);
  if (input.openToMentor !== undefined) {
    conditions.push(sql`p.open_to_mentor = ${input.openToMentor}`);
  }
  if (input.offered) {
    conditions.push(sql`exists (select 1 from person_skills_offered o
      where o.person_id = p.id and o.skill_id = ${input.offered} and o.organization_id = ${org})`);
  }
  if (input.wanted) {
    conditions.push(sql`exists (select 1 from person_skills_wanted w
      where w.person_id = p.id and w.skill_id = ${input.wanted} and w.organization_id = ${org})`);
  }
  const where = sql.join(conditions, sql` and `);

  // The tsquery is computed once (an InitPlan), so the GIN index can use it.
  const search = text
    ? {
        from: sql`people p join person_search_documents d on d.person_id = p.id
          and d.organization_id = ${org} and d.document @@ (select query from q)`,
        with: sql`with q as (select ${prefixQuery(text)} as query) `,
      }
    : { from: sql`people p`, with: sql`` };
  const matches = sql`${search.with}select p.id from ${search.from} where ${where}`;
  const page = text
    ? sql`${search.with}select p.id, p.name, ts_rank(d.document, (select query from q)) as rank
        from ${search.from} where ${where}
        order by rank desc, p.name, p.id limit ${input.pageSize} offset ${offset}`
    : sql`select p.id, p.name, 0 as rank from people p where ${where}
        order by p.name, p.id limit ${input.pageSize} offset ${offset}`;

  const [rows, count] = await Promise.all([
    rowsOf<DirectoryRow>(ctx.db, withCards(page, sql`r.rank desc, r.name, r.id`)),
    cappedCount(ctx.db, matches),
  ]);
  return {
    people: rows.map(presentDirectoryPerson),
    ...count,
    page: input.page,
    pageSize: input.pageSize,
  };
}
