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
export async function searchDirectory(
  ctx: Ctx,
  input: z.output<typeof searchDirectoryInput>,
  /** Tests lower it to reach the many-matches path with a handful of people. */
  totalLimit = TOTAL_LIMIT,
) {
  authorize(ctx.actor, "people.list");
  if (input.includeDeactivated) authorize(ctx.actor, "people.manage");
  const offset = offsetOf(input.page, input.pageSize);
  const text = cleanSearchText(input.q ?? "");
  const org = ctx.actor.organizationId;

  // Conditions on people's profile; with none, a search reads the documents table alone.
  const profile: SQL[] = [];
  if (input.department) profile.push(sql`p.department = ${input.department}`);
  if (input.location) profile.push(sql`p.location = ${input.location}`);
  if (input.openToMentor !== undefined) {
    profile.push(sql`p.open_to_mentor = ${input.openToMentor}`);
  }
  if (input.offered) {
    profile.push(sql`exists (select 1 from person_skills_offered o
      where o.person_id = p.id and o.skill_id = ${input.offered} and o.organization_id = ${org})`);
  }
  if (input.wanted) {
    profile.push(sql`exists (select 1 from person_skills_wanted w
      where w.person_id = p.id and w.skill_id = ${input.wanted} and w.organization_id = ${org})`);
  }
  const limit = sql`limit ${input.pageSize} offset ${offset}`;
  const everyone = Boolean(input.includeDeactivated);
  const inPeople = sql.join(
    [sql`p.organization_id = ${org}`, ...(everyone ? [] : [sql`p.status = 'active'`]), ...profile],
    sql` and `,
  );

  let count: { total: number; totalIsExact: boolean };
  let page: SQL;
  if (!text) {
    count = await cappedCount(ctx.db, sql`select p.id from people p where ${inPeople}`, totalLimit);
    page = sql`select p.id, p.name, 0 as rank from people p where ${inPeople}
      order by p.name, p.id ${limit}`;
  } else {
    // The tsquery is computed once (an InitPlan), so the GIN index can use it.
    const q = sql`with q as (select ${prefixQuery(text)} as query, ${prefixQuery(text, "A")} as names) `;
    const matches = sql.join(
      [
        sql`d.organization_id = ${org}`,
        ...(everyone ? [] : [sql`d.active`]),
        sql`d.document @@ (select query from q)`,
      ],
      sql` and `,
    );
    const from =
      profile.length > 0
        ? sql`person_search_documents d join people p on p.id = d.person_id
            where ${matches} and ${inPeople}`
        : sql`person_search_documents d where ${matches}`;
    count = await cappedCount(ctx.db, sql`${q}select d.person_id from ${from}`, totalLimit);
    page = count.totalIsExact
      ? // People whose names hold every word come first, then by ts_rank (at most 1).
        sql`${q}select d.person_id as id, d.name,
            (case when d.document @@ (select names from q) then 10 else 0 end)
              + ts_rank(d.document, (select query from q)) as rank
          from ${from} order by rank desc, d.name, d.person_id ${limit}`
      : // Past TOTAL_LIMIT matches ("a", "an") relevance says little and ranking them all costs
        // much: walk people in name order instead and keep the first who match. coalesce()
        // keeps the planner from the GIN index here, which would fetch every match first.
        sql`${q}select p.id, p.name, 0 as rank from people p
          join person_search_documents d on d.person_id = p.id
          where ${inPeople} and coalesce(d.document @@ (select query from q), false)
          order by p.name, p.id ${limit}`;
  }
  const rows = await rowsOf<DirectoryRow>(ctx.db, withCards(page, sql`r.rank desc, r.name, r.id`));
  return {
    people: rows.map(presentDirectoryPerson),
    ...count,
    page: input.page,
    pageSize: input.pageSize,
  };
}
