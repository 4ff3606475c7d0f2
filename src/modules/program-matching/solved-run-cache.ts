import type { SolvedRun } from "./compute-matching.ts";
import type { LoadedCohort } from "./load-cohort.ts";

export type CachedRun = SolvedRun & { loaded: LoadedCohort };

/**
 * The last few solved runs of this process, so "why not?" and swaps on a big cohort don't load
 * and solve it again. Keyed by the run and its edits: an edit makes a new key, and a miss simply
 * means the caller loads and solves (the same data gives the same answer).
 */
const cache = new Map<string, CachedRun>();
const LIMIT = 3;

const keyOf = (runId: string, locked: unknown, excluded: unknown) =>
  `${runId}:${JSON.stringify(locked)}:${JSON.stringify(excluded)}`;

export function rememberSolvedRun(
  runId: string,
  locked: unknown,
  excluded: unknown,
  run: CachedRun,
) {
  const key = keyOf(runId, locked, excluded);
  cache.delete(key);
  cache.set(key, run);
  while (cache.size > LIMIT) cache.delete(cache.keys().next().value as string);
}

export function recallSolvedRun(runId: string, locked: unknown, excluded: unknown) {
  return cache.get(keyOf(runId, locked, excluded));
}
