/**
 * Reading a problem's capacities, excluded and locked pairs (with one-line errors), and the
 * capacity and match bonus the solver works with.
 */
import type { Objective, Pair, PairScores } from "./types.ts";

/** Invalid input to `solve` (a bad index, capacity or locked pair); the message is one line. */
export class MatchInputError extends Error {
  override name = "MatchInputError";
}

export function readCapacities(capacities: ArrayLike<number>, M: number): Int32Array {
  if (capacities.length !== M) {
    throw new MatchInputError(`capacities has ${capacities.length} entries, expected ${M}`);
  }
  const out = new Int32Array(M);
  for (let j = 0; j < M; j++) {
    const c = capacities[j] as number;
    if (!Number.isInteger(c) || c < 0) {
      throw new MatchInputError(`mentor ${j}: capacity ${c} is not a whole number ≥ 0`);
    }
    out[j] = Math.min(c, 0x7fffffff);
  }
  return out;
}

/** Excluded pairs as sorted per-mentee lists (CSR). */
export interface Excluded {
  start: Int32Array;
  mentor: Int32Array;
}

function checkPair(what: string, pair: Pair, N: number, M: number): void {
  const [i, j] = pair;
  if (!Number.isInteger(i) || i < 0 || i >= N) {
    throw new MatchInputError(`${what} pair (${i}, ${j}): mentee ${i} is outside 0..${N - 1}`);
  }
  if (!Number.isInteger(j) || j < 0 || j >= M) {
    throw new MatchInputError(`${what} pair (${i}, ${j}): mentor ${j} is outside 0..${M - 1}`);
  }
}

export function readExcluded(pairs: readonly Pair[], N: number, M: number): Excluded {
  const start = new Int32Array(N + 1);
  for (const p of pairs) {
    checkPair("excluded", p, N, M);
    start[p[0] + 1] = (start[p[0] + 1] as number) + 1;
  }
  for (let i = 0; i < N; i++) start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, N);
  const mentor = new Int32Array(pairs.length);
  for (const [i, j] of pairs) {
    mentor[fill[i] as number] = j;
    fill[i] = (fill[i] as number) + 1;
  }
  for (let i = 0; i < N; i++) {
    mentor.subarray(start[i] as number, start[i + 1] as number).sort();
  }
  return { start, mentor };
}

export function isExcluded(ex: Excluded, i: number, j: number): boolean {
  const b = ex.start[i + 1] as number;
  for (let e = ex.start[i] as number; e < b; e++) if (ex.mentor[e] === j) return true;
  return false;
}

/** Marks the excluded mentors of mentee i as forbidden in a row buffer. */
export function applyExcluded(ex: Excluded, i: number, row: Int32Array): void {
  const b = ex.start[i + 1] as number;
  for (let e = ex.start[i] as number; e < b; e++) row[ex.mentor[e] as number] = -1;
}

/** fixedMentor[i] = the locked mentor of mentee i, or -1. */
export function readLocked(
  pairs: readonly Pair[],
  scores: PairScores,
  capacity: Int32Array,
  excluded: Excluded,
): Int32Array {
  const N = scores.mentees;
  const M = scores.mentors;
  const fixed = new Int32Array(N).fill(-1);
  const used = new Int32Array(M);
  for (const p of pairs) {
    checkPair("locked", p, N, M);
    const [i, j] = p;
    if (fixed[i] !== -1) {
      throw new MatchInputError(`mentee ${i} is locked more than once`);
    }
    if (scores.score(i, j) < 0) {
      throw new MatchInputError(`locked pair (${i}, ${j}) is forbidden`);
    }
    if (isExcluded(excluded, i, j)) {
      throw new MatchInputError(`locked pair (${i}, ${j}) is also excluded`);
    }
    used[j] = (used[j] as number) + 1;
    if ((used[j] as number) > (capacity[j] as number)) {
      throw new MatchInputError(
        `mentor ${j} has ${used[j]} locked mentees but capacity ${capacity[j]}`,
      );
    }
    fixed[i] = j;
  }
  return fixed;
}

/**
 * The capacity left for the free (not locked) mentees, how many free mentees there are, and how
 * many of them the mentors could take at most (Σ min(cap_j, free)).
 */
export function freeCapacity(
  capacity: Int32Array,
  fixedMentor: Int32Array,
): { cap: Int32Array; free: number; slots: number } {
  const N = fixedMentor.length;
  const M = capacity.length;
  const cap = new Int32Array(M);
  let free = 0;
  for (let i = 0; i < N; i++) if (fixedMentor[i] === -1) free++;
  for (let j = 0; j < M; j++) cap[j] = capacity[j] as number;
  for (let i = 0; i < N; i++) {
    const j = fixedMentor[i] as number;
    if (j >= 0) cap[j] = (cap[j] as number) - 1;
  }
  for (let j = 0; j < M; j++) if ((cap[j] as number) < 0) cap[j] = 0;
  let slots = 0;
  for (let j = 0; j < M; j++) slots += Math.min(cap[j] as number, free);
  return { cap, free, slots };
}

/**
 * BIG, the weight added to every pair under `max-matched-then-score`: more than any total score
 * difference (maxScore · the most matches possible), so one more match always wins. 0 otherwise.
 */
export function matchBonus(
  objective: Objective,
  maxScore: number,
  free: number,
  slots: number,
): number {
  return objective === "max-matched-then-score" ? maxScore * Math.min(free, slots) + 1 : 0;
}
