import { z } from "zod";
import { whyNot } from "../../matching/why-not.ts";
import type { Ctx } from "../../server/context.ts";
import { badRequest } from "../../server/errors.ts";
import { loadManagedRun } from "./load-run.ts";
import { solvedRunFor } from "./solved-run.ts";
import { UNMATCHED_TEXT } from "./unmatched-reasons.ts";

export const whyNotQuery = z.object({
  menteeId: z.uuid("That isn't a valid person id."),
  mentorId: z.uuid("That isn't a valid person id."),
});

export const whyNotSchema = z.object({ reason: z.string(), text: z.string(), score: z.number() });

/**
 * Why a mentee was not paired with a given mentor in a run, in words: a rule, a manager's edit,
 * the mentor's places going to pairings worth more to the whole group, or a better-suited mentor.
 */
export async function whyNotPair(
  ctx: Ctx,
  slug: string,
  runId: string,
  query: z.infer<typeof whyNotQuery>,
): Promise<z.infer<typeof whyNotSchema>> {
  const { program, run } = await loadManagedRun(ctx, slug, runId);
  if (run.status === "queued" || run.status === "running" || run.status === "failed") {
    throw badRequest("run_not_ready", "This run has no pairs to explain yet.");
  }
  const solved = await solvedRunFor(ctx.db, program, run);
  const { loaded, menteeRow, mentorCol } = solved;
  const p = loaded.indexOf.get(query.menteeId);
  const q = loaded.indexOf.get(query.mentorId);
  if (p !== undefined && loaded.unprepared.includes(p)) {
    return { reason: "preparation", text: UNMATCHED_TEXT.preparation, score: -1 };
  }
  const i = p === undefined ? undefined : menteeRow.get(p);
  const j = q === undefined ? undefined : mentorCol.get(q);
  if (i === undefined) {
    throw badRequest("not_a_mentee", "That person isn't one of this program's mentees.");
  }
  if (j === undefined) {
    throw badRequest(
      "not_a_mentor",
      "That person isn't one of this program's mentors with a free place (or hasn't finished the preparation).",
    );
  }
  const answer = whyNot(solved.problem, solved.result, solved.scorer, i, j);
  return { reason: answer.reason, text: answer.text, score: answer.score };
}
