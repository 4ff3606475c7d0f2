import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";

/** Totals are counted up to here: past it a count costs more than it tells ("10,000+"). */
export const TOTAL_LIMIT = 10_000;

/**
 * A prefix tsquery built in SQL from the words to_tsvector finds in `text` (already cleaned),
 * folded like the documents: "ana sil" → 'ana':* & 'sil':*. Each word is quoted and escaped
 * before the cast, so nothing a person types is ever read as tsquery syntax. NULL when the text
 * holds no word, which matches nobody. With weights "A" only names match ('ana':*A).
 */
export const prefixQuery = (text: string, weights: "" | "A" = ""): SQL => sql`(
  select string_agg(
    '''' || replace(replace(t.lexeme, '\\', '\\\\'), '''', '''''') || ''':*${sql.raw(weights)}', ' & '
  )::tsquery
  from unnest(to_tsvector('simple'::regconfig, directory_fold(${text}))) as t
)`;

/**
 * The card's columns for the people in `inner` (one page of results: a subquery, aliased r, with
 * at least id and the keys `order` sorts by), with each one's three strongest offered skills:
 * looked up for the page only, never for every match.
 */
export const withCards = (inner: SQL, order: SQL, extra: SQL = sql``): SQL => sql`
  select p.id, p.name, p.preferred_name, p.title, p.department, p.location, p.time_zone,
         p.open_to_mentor, p.status, ph.version as photo_version, ${extra}
         coalesce((
           select json_agg(json_build_object('id', s.id, 'name', s.name, 'level', o.level)
                           order by o.level desc, s.name)
           from (
             select o.skill_id, o.level from person_skills_offered o
             where o.person_id = p.id
             order by o.level desc, o.can_teach desc
             limit 3
           ) o
           join skills s on s.id = o.skill_id
         ), '[]'::json) as top_skills
  from (${inner}) r
  join people p on p.id = r.id
  left join person_photos ph on ph.person_id = p.id
  order by ${order}`;

/** How many rows `matches` (a query) returns, counted up to `limit` + 1. */
export async function cappedCount(db: Executor, matches: SQL, limit = TOTAL_LIMIT) {
  const result = await db.execute(
    sql`select count(*)::int as n from (${matches} limit ${limit + 1}) m`,
  );
  const n = Number((result as unknown as { rows: { n: number }[] }).rows[0]?.n ?? 0);
  return { total: Math.min(n, limit), totalIsExact: n <= limit };
}

export async function rowsOf<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}
