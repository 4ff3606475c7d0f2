import { and, desc, eq } from "drizzle-orm";
import { matchingRuns } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { loadManagedProgram } from "../programs/load-program.ts";
import { presentRunSummary } from "./presenters.ts";

/** A program's matching runs, newest first (its managers). */
export async function listMatchingRuns(ctx: Ctx, slug: string) {
  const program = await loadManagedProgram(ctx, slug);
  const runs = await ctx.db
    .select()
    .from(matchingRuns)
    .where(
      and(
        eq(matchingRuns.programId, program.id),
        eq(matchingRuns.organizationId, ctx.actor.organizationId),
      ),
    )
    .orderBy(desc(matchingRuns.createdAt))
    .limit(50);
  return runs.map(presentRunSummary);
}
