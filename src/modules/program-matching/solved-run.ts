import type { Executor } from "../../db/client.ts";
import type { MatchingRun, Program } from "../../db/schema-programs.ts";
import { solve } from "../../matching/solve.ts";
import { parseMatchingSettings } from "../programs/matching-settings.ts";
import { buildProblem, type RunEdits } from "./compute-matching.ts";
import { loadCohort } from "./load-cohort.ts";
import { type CachedRun, recallSolvedRun, rememberSolvedRun } from "./solved-run-cache.ts";

/**
 * A run's scorer and solution in memory, with its current locks and exclusions: from the cache
 * when this process solved it lately, otherwise loaded and solved again (the same data gives the
 * same optimum; a cohort that changed since the run gives today's).
 */
export async function solvedRunFor(
  db: Executor,
  program: Program,
  run: MatchingRun,
): Promise<CachedRun> {
  const cached = recallSolvedRun(run.id, run.locked, run.excluded);
  if (cached) return cached;
  const loaded = await loadCohort(db, program);
  const settings = parseMatchingSettings(run.settings, program.purpose, program.kind);
  const edits: RunEdits = {
    locked: run.locked as [string, string][],
    excluded: run.excluded as [string, string][],
  };
  const built = buildProblem(loaded, program.kind, settings, edits);
  const solved: CachedRun = { loaded, ...built, result: solve(built.problem) };
  rememberSolvedRun(run.id, run.locked, run.excluded, solved);
  return solved;
}
