import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { preparationCompletions, preparationPages } from "../../db/schema-programs.ts";

export type PreparationRole = "mentor" | "mentee";

/** The audiences whose pages a person reads for a role. */
export const audiencesFor = (role: PreparationRole) =>
  role === "mentor" ? (["everyone", "mentors"] as const) : (["everyone", "mentees"] as const);

/**
 * Whether a person has ticked "done" on every preparation page of the program meant for their
 * role (pages for everyone, plus those for mentors or mentees). A program without pages for the
 * role counts as done.
 */
export async function hasCompletedPreparation(
  db: Executor,
  programId: string,
  personId: string,
  role: PreparationRole,
): Promise<boolean> {
  const [row] = await db
    .select({
      missing:
        sql<number>`count(*) filter (where ${preparationCompletions.personId} is null)`.mapWith(
          Number,
        ),
    })
    .from(preparationPages)
    .leftJoin(
      preparationCompletions,
      and(
        eq(preparationCompletions.pageId, preparationPages.id),
        eq(preparationCompletions.personId, personId),
      ),
    )
    .where(
      and(
        eq(preparationPages.programId, programId),
        inArray(preparationPages.audience, [...audiencesFor(role)]),
      ),
    );
  return (row?.missing ?? 0) === 0;
}
