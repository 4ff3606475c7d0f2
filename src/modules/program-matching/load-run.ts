import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { matchingRuns } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict, notFound } from "../../server/errors.ts";
import { loadManagedProgram } from "../programs/load-program.ts";

/** A run of a program the actor manages (404 for another program's or organization's run). */
export async function loadManagedRun(ctx: Ctx, slug: string, runId: string, db: Executor = ctx.db) {
  const program = await loadManagedProgram(ctx, slug, db);
  const [run] = await db
    .select()
    .from(matchingRuns)
    .where(
      and(
        eq(matchingRuns.id, runId),
        eq(matchingRuns.programId, program.id),
        eq(matchingRuns.organizationId, ctx.actor.organizationId),
      ),
    );
  if (!run) throw notFound("matching run", "run_not_found");
  return { program, run };
}

/** Edits and publishing need a finished run that hasn't been published or set aside. */
export function assertRunEditable(run: { status: string }) {
  if (run.status === "done") return;
  throw conflict(
    "run_not_editable",
    run.status === "published"
      ? "This run is already published: its pairs are now mentoring relationships."
      : run.status === "discarded"
        ? "This run was set aside when another one was published."
        : run.status === "failed"
          ? "This run failed. Start matching again."
          : "This run is still working. Wait until it finishes.",
  );
}
