import { and, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { enrollments, relationships } from "../../db/schema-programs.ts";

export type ProgramCounts = { mentees: number; mentors: number; matched: number };

/** Submitted enrollments as mentee and as mentor, and open relationships, per program. */
export async function countForPrograms(
  db: Executor,
  organizationId: string,
  programIds: readonly string[],
): Promise<Map<string, ProgramCounts>> {
  const counts = new Map<string, ProgramCounts>(
    programIds.map((id) => [id, { mentees: 0, mentors: 0, matched: 0 }]),
  );
  if (programIds.length === 0) return counts;
  const enrolled = await db
    .select({
      programId: enrollments.programId,
      mentees: sql<number>`count(*) filter (where ${enrollments.asMentee})`.mapWith(Number),
      mentors: sql<number>`count(*) filter (where ${enrollments.asMentor})`.mapWith(Number),
    })
    .from(enrollments)
    .where(
      and(
        sql`${enrollments.organizationId} = ${organizationId}`,
        inArray(enrollments.programId, [...programIds]),
        sql`${enrollments.status} = 'submitted'`,
      ),
    )
    .groupBy(enrollments.programId);
  for (const row of enrolled) {
    const c = counts.get(row.programId);
    if (c) Object.assign(c, { mentees: row.mentees, mentors: row.mentors });
  }
  const matched = await db
    .select({ programId: relationships.programId, matched: sql<number>`count(*)`.mapWith(Number) })
    .from(relationships)
    .where(
      and(
        sql`${relationships.organizationId} = ${organizationId}`,
        inArray(relationships.programId, [...programIds]),
        inArray(relationships.status, ["proposed", "active"]),
      ),
    )
    .groupBy(relationships.programId);
  for (const row of matched) {
    const c = counts.get(row.programId);
    if (c) c.matched = row.matched;
  }
  return counts;
}
