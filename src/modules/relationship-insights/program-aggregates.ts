import { and, eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { relationships } from "../../db/schema-programs.ts";
import { checkIns } from "../../db/schema-relationships.ts";
import { MIN_AGGREGATE_PEOPLE } from "../../server/authz/index.ts";
import type { ProgramAggregates } from "./presenters.ts";

export const TOO_FEW_PEOPLE = `fewer than ${MIN_AGGREGATE_PEOPLE} people have answered`;

const oneDecimal = (value: string | number | null) =>
  value === null ? null : Math.round(Number(value) * 10) / 10;

/**
 * Averages of the program's answered check-ins. Each figure is shown only when at least
 * MIN_AGGREGATE_PEOPLE different people stand behind it, and rounded, so a single answer can't
 * be picked out. Always over the whole program: a filtered average next to the full one would
 * give a small group away by difference.
 */
export async function programAggregates(
  db: Executor,
  input: { organizationId: string; programId: string },
): Promise<ProgramAggregates> {
  const regular = sql`${checkIns.kind} = 'regular' and ${checkIns.answeredAt} is not null`;
  const fit = sql`${checkIns.kind} = 'fit' and ${checkIns.answeredAt} is not null and ${checkIns.goodFit} is not null`;
  const [row] = await db
    .select({
      scorePeople:
        sql<number>`count(distinct ${checkIns.personId}) filter (where ${regular})`.mapWith(Number),
      satisfaction: sql<string | null>`avg(${checkIns.satisfaction}) filter (where ${regular})`,
      usefulness: sql<string | null>`avg(${checkIns.usefulness}) filter (where ${regular})`,
      expectations: sql<string | null>`avg(${checkIns.expectations}) filter (where ${regular})`,
      fitPeople: sql<number>`count(distinct ${checkIns.personId}) filter (where ${fit})`.mapWith(
        Number,
      ),
      fitYes: sql<
        string | null
      >`avg(case when ${checkIns.goodFit} then 1.0 else 0.0 end) filter (where ${fit})`,
    })
    .from(checkIns)
    .innerJoin(relationships, eq(relationships.id, checkIns.relationshipId))
    .where(
      and(
        eq(checkIns.organizationId, input.organizationId),
        eq(relationships.programId, input.programId),
      ),
    );
  const scorePeople = row?.scorePeople ?? 0;
  const fitPeople = row?.fitPeople ?? 0;
  const satisfaction = oneDecimal(row?.satisfaction ?? null);
  const usefulness = oneDecimal(row?.usefulness ?? null);
  const expectations = oneDecimal(row?.expectations ?? null);
  const showScores =
    scorePeople >= MIN_AGGREGATE_PEOPLE &&
    satisfaction !== null &&
    usefulness !== null &&
    expectations !== null;
  const yesShare = row?.fitYes == null ? null : Math.round(Number(row.fitYes) * 100) / 100;
  const showFit = fitPeople >= MIN_AGGREGATE_PEOPLE && yesShare !== null;
  return {
    minimumPeople: MIN_AGGREGATE_PEOPLE,
    scores: showScores ? { people: scorePeople, satisfaction, usefulness, expectations } : null,
    scoresReason: showScores ? null : TOO_FEW_PEOPLE,
    fit: showFit ? { people: fitPeople, yesShare } : null,
    fitReason: showFit ? null : TOO_FEW_PEOPLE,
  };
}
