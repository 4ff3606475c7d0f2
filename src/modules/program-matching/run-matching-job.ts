import { and, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { matchingRuns, matchProposals, programs } from "../../db/schema-programs.ts";
import { defineJob } from "../../server/jobs/queue.ts";
import { insertMany } from "../demo/bulk-insert.ts";
import { parseMatchingSettings } from "../programs/matching-settings.ts";
import { computeMatching, type RunEdits } from "./compute-matching.ts";
import { loadCohort } from "./load-cohort.ts";
import { rememberSolvedRun } from "./solved-run-cache.ts";

async function setProgress(db: Db, runId: string, progress: number) {
  await db.update(matchingRuns).set({ progress }).where(eq(matchingRuns.id, runId));
}

/**
 * Runs one queued matching run: load the cohort, score, solve, explain, write the proposals and
 * the unmatched list, updating `progress` (0–100) between the steps so the page can show it.
 * Idempotent: a run that is no longer queued or running is left alone, and proposals are
 * rewritten, never added twice. A failure is recorded on the run with a message, not retried.
 */
export async function runMatching(db: Db, runId: string) {
  const [run] = await db.select().from(matchingRuns).where(eq(matchingRuns.id, runId));
  if (!run || (run.status !== "queued" && run.status !== "running")) return;
  const [program] = await db
    .select()
    .from(programs)
    .where(and(eq(programs.id, run.programId), eq(programs.organizationId, run.organizationId)));
  if (!program) return;
  await db
    .update(matchingRuns)
    .set({ status: "running", progress: 5, startedAt: new Date(), error: null })
    .where(eq(matchingRuns.id, runId));
  try {
    const settings = parseMatchingSettings(run.settings, program.purpose, program.kind);
    const loadStarted = performance.now();
    const loaded = await loadCohort(db, program);
    const loadMs = Math.round(performance.now() - loadStarted);
    await setProgress(db, runId, 30);
    const edits: RunEdits = {
      locked: run.locked as [string, string][],
      excluded: run.excluded as [string, string][],
    };
    // Each step is written before the next starts: the solve holds the thread for seconds.
    const outcome = await computeMatching(loaded, program.kind, settings, edits, (step) =>
      setProgress(db, runId, step === "scored" ? 45 : step === "solved" ? 80 : 90),
    );
    rememberSolvedRun(runId, run.locked, run.excluded, { loaded, ...outcome.solved });
    const writeStarted = performance.now();
    await db.transaction(async (tx) => {
      await tx.delete(matchProposals).where(eq(matchProposals.runId, runId));
      await insertMany(tx, "match_proposals", outcome.pairs, {
        organization_id: { type: "uuid", value: () => run.organizationId },
        run_id: { type: "uuid", value: () => runId },
        mentee_id: { type: "uuid", value: (p) => loaded.people[p.mentee]?.id ?? null },
        mentor_id: { type: "uuid", value: (p) => loaded.people[p.mentor]?.id ?? null },
        score: { type: "int", value: (p) => p.score },
        reasons: {
          type: "text",
          value: (p) => JSON.stringify(p.reasons),
          as: (v) => sql`${v}::jsonb`,
        },
        locked: { type: "boolean", value: (p) => p.locked },
      });
      await tx
        .update(matchingRuns)
        .set({
          status: "done",
          progress: 100,
          finishedAt: new Date(),
          stats: {
            ...outcome.stats,
            loadMs,
            writeMs: Math.round(performance.now() - writeStarted),
          },
          unmatched: outcome.unmatched.map((u) => ({
            personId: loaded.people[u.person]?.id,
            reason: u.reason,
            text: u.text,
          })),
        })
        .where(
          and(eq(matchingRuns.id, runId), inArray(matchingRuns.status, ["queued", "running"])),
        );
    });
  } catch (error) {
    await db
      .update(matchingRuns)
      .set({
        status: "failed",
        finishedAt: new Date(),
        error: error instanceof Error ? error.message : String(error),
      })
      .where(eq(matchingRuns.id, runId));
  }
}

export const runMatchingJob = defineJob({
  name: "run-matching",
  payload: z.object({ runId: z.uuid() }),
  retryLimit: 0,
  jobId: ({ runId }) => runId,
  async handle({ db }, { runId }) {
    await runMatching(db, runId);
  },
});
