import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../../db/client.ts";
import type { MatchingRun } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { rowsOf } from "../org-chart/reporting-chain.ts";
import { loadManagedRun } from "./load-run.ts";
import { presentRunSummary, type RunDetail } from "./presenters.ts";

export const getMatchingRunQuery = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type GetMatchingRunQuery = z.infer<typeof getMatchingRunQuery>;

const UNMATCHED_SHOWN = 500;
const BUCKETS = 10;

type Person = { id: string; name: string; email: string };

async function namesOf(db: Executor, organizationId: string, ids: string[]) {
  if (ids.length === 0) return new Map<string, Person>();
  const rows = await rowsOf<Person>(
    db,
    sql`select id, name, email from people
      where organization_id = ${organizationId} and id = any(${`{${ids.join(",")}}`}::uuid[])`,
  );
  return new Map(rows.map((r) => [r.id, r]));
}

async function scoreBuckets(db: Executor, runId: string) {
  const rows = await rowsOf<{ lo: number; hi: number; bucket: number; count: number }>(
    db,
    sql`with s as (select score from match_proposals where run_id = ${runId}),
      b as (select min(score) as lo, max(score) as hi from s)
      select b.lo, b.hi, width_bucket(s.score, b.lo, b.hi + 1, ${BUCKETS}) as bucket,
        count(*)::int as count
      from s, b group by b.lo, b.hi, bucket order by bucket`,
  );
  const first = rows[0];
  if (!first) return [];
  const lo = Number(first.lo);
  const width = (Number(first.hi) + 1 - lo) / BUCKETS;
  const counts = new Map(rows.map((r) => [Number(r.bucket), Number(r.count)]));
  return Array.from({ length: BUCKETS }, (_, k) => ({
    from: Math.ceil(lo + k * width),
    to: Math.ceil(lo + (k + 1) * width) - 1,
    count: counts.get(k + 1) ?? 0,
  })).filter((b) => b.to >= b.from);
}

async function mentorLoad(db: Executor, run: MatchingRun, everyoneBoth: boolean) {
  const [row] = await rowsOf<Record<string, number | null>>(
    db,
    sql`select count(*) filter (where used >= cap)::int as full,
        count(*) filter (where used > 0 and used < cap)::int as partly,
        count(*) filter (where used = 0)::int as unused,
        coalesce(sum(least(used, cap)), 0)::int as placesused,
        coalesce(sum(cap), 0)::int as places
      from (
        select e.mentor_capacity as cap, count(mp.id) as used
        from enrollments e
        join people p on p.id = e.person_id and p.status = 'active'
        left join match_proposals mp on mp.run_id = ${run.id} and mp.mentor_id = e.person_id
        where e.organization_id = ${run.organizationId} and e.program_id = ${run.programId}
          and e.status = 'submitted' and (e.as_mentor or ${everyoneBoth}) and e.mentor_capacity > 0
        group by e.id, e.mentor_capacity
      ) t`,
  );
  return {
    full: Number(row?.full ?? 0),
    partly: Number(row?.partly ?? 0),
    unused: Number(row?.unused ?? 0),
    placesUsed: Number(row?.placesused ?? 0),
    places: Number(row?.places ?? 0),
  };
}

/**
 * A run as the preview shows it: status and progress, stats, the score distribution, how full
 * the mentors are, one page of pairs (by mentee name) with their reasons, and who is unmatched
 * and why.
 */
export async function getMatchingRun(
  ctx: Ctx,
  slug: string,
  runId: string,
  query: GetMatchingRunQuery,
): Promise<RunDetail> {
  const { program, run } = await loadManagedRun(ctx, slug, runId);
  const db = ctx.db;
  const org = ctx.actor.organizationId;
  const offset = (query.page - 1) * query.pageSize;
  const [pairs, [totalRow], buckets, load] = await Promise.all([
    rowsOf<{
      mentee_id: string;
      mentee_name: string;
      mentee_email: string;
      mentor_id: string;
      mentor_name: string;
      mentor_email: string;
      capacity: number | null;
      score: number;
      reasons: string[];
      locked: boolean;
    }>(
      db,
      sql`select mp.mentee_id, e.name as mentee_name, e.email as mentee_email,
          mp.mentor_id, m.name as mentor_name, m.email as mentor_email,
          en.mentor_capacity as capacity, mp.score, mp.reasons, mp.locked
        from match_proposals mp
        join people e on e.id = mp.mentee_id
        join people m on m.id = mp.mentor_id
        left join enrollments en on en.program_id = ${program.id} and en.person_id = mp.mentor_id
        where mp.run_id = ${run.id} and mp.organization_id = ${org}
        order by e.name, mp.mentee_id
        limit ${query.pageSize} offset ${offset}`,
    ),
    rowsOf<{ total: number }>(
      db,
      sql`select count(*)::int as total from match_proposals
        where run_id = ${run.id} and organization_id = ${org}`,
    ),
    scoreBuckets(db, run.id),
    mentorLoad(db, run, program.roles === "everyone_both"),
  ]);
  const unmatchedAll = (run.unmatched ?? []) as {
    personId: string;
    reason: string;
    text: string;
  }[];
  const unmatchedShown = unmatchedAll.slice(0, UNMATCHED_SHOWN);
  const excluded = run.excluded as [string, string][];
  const names = await namesOf(db, org, [
    ...unmatchedShown.map((u) => u.personId),
    ...excluded.flat(),
  ]);
  const person = (id: string): Person =>
    names.get(id) ?? { id, name: "Someone who left", email: "" };
  return {
    ...presentRunSummary(run),
    scoreBuckets: buckets,
    mentorLoad: load,
    pairs: {
      items: pairs.map((p) => ({
        mentee: { id: p.mentee_id, name: p.mentee_name, email: p.mentee_email },
        mentor: {
          id: p.mentor_id,
          name: p.mentor_name,
          email: p.mentor_email,
          capacity: Number(p.capacity ?? 1),
        },
        score: Number(p.score),
        reasons: p.reasons,
        locked: p.locked,
      })),
      total: Number(totalRow?.total ?? 0),
      page: query.page,
      pageSize: query.pageSize,
    },
    unmatched: {
      items: unmatchedShown.map((u) => ({
        person: person(u.personId),
        reason: u.reason,
        text: u.text,
      })),
      total: unmatchedAll.length,
    },
    excluded: excluded.map(([a, b]) => ({ mentee: person(a), mentor: person(b) })),
  };
}
