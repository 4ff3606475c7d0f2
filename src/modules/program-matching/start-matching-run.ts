import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { type MatchingRun, matchingRuns } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict, notFound } from "../../server/errors.ts";
import { loadManagedProgram } from "../programs/load-program.ts";
import { parseMatchingSettings } from "../programs/matching-settings.ts";
import { runMatchingJob } from "./run-matching-job.ts";

export const startMatchingRunInput = z.object({
  /** Re-run: keep the locked and excluded pairs of this earlier run. */
  rerunOf: z.uuid("That isn't a valid run id.").optional(),
});
export type StartMatchingRunInput = z.infer<typeof startMatchingRunInput>;

/**
 * Queues a matching run for a program (its managers): a snapshot of the program's weights and
 * rules, the locks and exclusions of the run it re-runs, and the background job that does the
 * work. One run at a time per program.
 */
export async function startMatchingRun(
  ctx: Ctx,
  slug: string,
  input: StartMatchingRunInput,
): Promise<MatchingRun> {
  const program = await loadManagedProgram(ctx, slug);
  if (program.state === "draft" || program.state === "closed" || program.state === "closing") {
    throw conflict(
      "program_not_matching",
      program.state === "draft"
        ? "This program is still a draft: open enrollment before matching people."
        : "This program is closing, so nobody new is matched in it.",
    );
  }
  const run = await ctx.db.transaction(async (tx) => {
    const [busy] = await tx
      .select({ id: matchingRuns.id })
      .from(matchingRuns)
      .where(
        and(
          eq(matchingRuns.programId, program.id),
          inArray(matchingRuns.status, ["queued", "running"]),
        ),
      )
      .for("update");
    if (busy) {
      throw conflict(
        "matching_in_progress",
        "Matching is already running for this program. Wait for it to finish, then try again.",
      );
    }
    let locked: unknown = [];
    let excluded: unknown = [];
    if (input.rerunOf) {
      const [earlier] = await tx
        .select({ locked: matchingRuns.locked, excluded: matchingRuns.excluded })
        .from(matchingRuns)
        .where(
          and(
            eq(matchingRuns.id, input.rerunOf),
            eq(matchingRuns.programId, program.id),
            eq(matchingRuns.organizationId, ctx.actor.organizationId),
          ),
        );
      if (!earlier) throw notFound("matching run", "run_not_found");
      locked = earlier.locked;
      excluded = earlier.excluded;
    }
    const [created] = await tx
      .insert(matchingRuns)
      .values({
        organizationId: ctx.actor.organizationId,
        programId: program.id,
        status: "queued",
        settings: parseMatchingSettings(program.matching, program.purpose, program.kind),
        locked,
        excluded,
        createdById: ctx.actor.personId,
      })
      .returning();
    if (!created) throw new Error("matching run insert returned no row");
    return created;
  });
  await ctx.jobs.send(runMatchingJob, { runId: run.id });
  return run;
}
