/**
 * The initial core (the working set of arcs): every allowed pair of a sparse source, or, from one
 * scan of a dense source, each mentee's best mentors plus each mentor's best mentees.
 */
import { applyExcluded, type Excluded } from "./solve-input.ts";
import type { PairScores } from "./types.ts";

/** How large the initial core of a dense source is (`SolveTuning` fields of the same names). */
export interface CoreSize {
  /** Mentors kept per mentee. */
  corePerMentee: number;
  /** … times this when slots outnumber mentees. */
  plentifulCoreFactor: number;
  /** Mentees kept per mentor, per unit of capacity. */
  corePerSlot: number;
}

export interface Core {
  start: Int32Array;
  mentor: Int32Array;
  score: Int32Array;
  maxScore: number;
  /** True when the core holds every allowed pair (no pricing needed). */
  complete: boolean;
  /** Per mentee, a bound on the scores left out of the core (`SolverState.rowBound`). */
  rowBound: Float64Array | null;
}

/**
 * The initial core: every allowed pair for sparse sources; otherwise each mentee's top
 * `corePerMentee` mentors and each mentor's top `corePerSlot`·c_j mentees, from one scan of the
 * rows. Only free mentees, mentors with room, non-excluded pairs and scores ≥ minScore.
 */
export function buildCore(
  scores: PairScores,
  cap: Int32Array,
  fixedMentor: Int32Array,
  excluded: Excluded,
  minScore: number,
  size: Readonly<CoreSize>,
): Core {
  if (scores.allowedPairs !== undefined && scores.forEachAllowed) {
    return sparseCore(scores, cap, fixedMentor, excluded, minScore);
  }
  return denseCore(scores, cap, fixedMentor, excluded, minScore, size);
}

/** Every allowed pair of an edge-list source (its own complete core). */
function sparseCore(
  scores: PairScores,
  cap: Int32Array,
  fixedMentor: Int32Array,
  excluded: Excluded,
  minScore: number,
): Core {
  const N = scores.mentees;
  const M = scores.mentors;
  let maxScore = 0;
  let mentor = new Int32Array(scores.allowedPairs ?? 0);
  let score = new Int32Array(scores.allowedPairs ?? 0);
  const start = new Int32Array(N + 1);
  const mark = new Int32Array(M);
  let n = 0;
  for (let i = 0; i < N; i++) {
    if (fixedMentor[i] === -1) {
      const b = excluded.start[i + 1] as number;
      for (let e = excluded.start[i] as number; e < b; e++)
        mark[excluded.mentor[e] as number] = i + 1;
      scores.forEachAllowed?.(i, (j, s) => {
        if (s < minScore || (cap[j] as number) === 0 || mark[j] === i + 1) return;
        if (n === mentor.length) {
          mentor = grow(mentor);
          score = grow(score);
        }
        mentor[n] = j;
        score[n] = s;
        n++;
        if (s > maxScore) maxScore = s;
      });
    }
    start[i + 1] = n;
  }
  return {
    start,
    mentor: mentor.subarray(0, n),
    score: score.subarray(0, n),
    maxScore,
    complete: true,
    rowBound: null,
  };
}

/**
 * From one scan of a dense source's rows: each mentee's top `corePerMentee` mentors and each
 * mentor's top `corePerSlot`·c_j mentees (fewer when slots outnumber mentees).
 */
function denseCore(
  scores: PairScores,
  cap: Int32Array,
  fixedMentor: Int32Array,
  excluded: Excluded,
  minScore: number,
  size: Readonly<CoreSize>,
): Core {
  const N = scores.mentees;
  const M = scores.mentors;
  let maxScore = 0;
  let slots = 0;
  for (let j = 0; j < M; j++) slots += cap[j] as number;
  const perMentee = size.corePerMentee * (slots > N ? size.plentifulCoreFactor : 1);
  const L = Math.max(1, Math.min(perMentee, M));
  const rowS = new Int32Array(L);
  const rowJ = new Int32Array(L);
  // Per-mentor seed heaps, flat.
  const seedStart = new Int32Array(M + 1);
  // Fewer seeds when slots are plentiful (Σc > N): mentors then compete less for mentees.
  const perSlot = size.corePerSlot * Math.min(1, N / Math.max(1, slots));
  for (let j = 0; j < M; j++) {
    const want = Math.ceil(perSlot * (cap[j] as number));
    seedStart[j + 1] = (seedStart[j] as number) + Math.min(want, N);
  }
  const seedS = new Int32Array(seedStart[M] as number);
  const seedI = new Int32Array(seedStart[M] as number);
  const seedCount = new Int32Array(M);
  const seedThr = new Int32Array(M);
  for (let j = 0; j < M; j++) {
    const size = (seedStart[j + 1] as number) - (seedStart[j] as number);
    seedThr[j] = (cap[j] as number) > 0 && size > 0 ? minScore - 1 : 0x7fffffff;
  }
  const zeroCap: number[] = [];
  for (let j = 0; j < M; j++) if ((cap[j] as number) === 0) zeroCap.push(j);

  const start = new Int32Array(N + 1);
  const rowBound = new Float64Array(N).fill(Number.NEGATIVE_INFINITY);
  const coreJ = new Int32Array(N * L);
  const coreS = new Int32Array(N * L);
  let allowed = 0;
  const buf = new Int32Array(M);
  for (let i = 0; i < N; i++) {
    if (fixedMentor[i] !== -1) {
      start[i + 1] = start[i] as number;
      continue;
    }
    scores.row(i, buf);
    applyExcluded(excluded, i, buf);
    for (const j of zeroCap) buf[j] = -1;
    let count = 0;
    let thr = minScore - 1;
    for (let j = 0; j < M; j++) {
      const s = buf[j] as number;
      if (s > thr) {
        if (count < L) {
          heapPush(rowS, rowJ, 0, count, s, j);
          count++;
          if (count === L) thr = rowS[0] as number;
        } else {
          heapReplaceTop(rowS, rowJ, 0, L, s, j);
          thr = rowS[0] as number;
        }
      }
      if (s > (seedThr[j] as number)) {
        const a = seedStart[j] as number;
        const size = (seedStart[j + 1] as number) - a;
        const c = seedCount[j] as number;
        if (c < size) {
          heapPush(seedS, seedI, a, c, s, i);
          seedCount[j] = c + 1;
          if (c + 1 === size) seedThr[j] = seedS[a] as number;
        } else {
          heapReplaceTop(seedS, seedI, a, size, s, i);
          seedThr[j] = seedS[a] as number;
        }
      }
      if (s >= minScore) {
        allowed++;
        if (s > maxScore) maxScore = s;
      }
    }
    // Every mentor left out of a full top-L scores at most the L-th best (the heap's root).
    if (count === L) rowBound[i] = rowS[0] as number;
    const a = start[i] as number;
    for (let k = 0; k < count; k++) {
      coreJ[a + k] = rowJ[k] as number;
      coreS[a + k] = rowS[k] as number;
    }
    start[i + 1] = a + count;
  }

  // Merge in the mentors' seeds that are not already in their mentee's row.
  const extra = new Int32Array(N + 1);
  for (let j = 0; j < M; j++) {
    const a = seedStart[j] as number;
    for (let k = 0; k < (seedCount[j] as number); k++) {
      const i = seedI[a + k] as number;
      extra[i + 1] = (extra[i + 1] as number) + 1;
    }
  }
  const mStart = new Int32Array(N + 1);
  for (let i = 0; i < N; i++) {
    mStart[i + 1] =
      (mStart[i] as number) +
      (start[i + 1] as number) -
      (start[i] as number) +
      (extra[i + 1] as number);
  }
  const mJ = new Int32Array(mStart[N] as number);
  const mS = new Int32Array(mStart[N] as number);
  const fill = new Int32Array(N);
  for (let i = 0; i < N; i++) {
    const a = start[i] as number;
    const b = start[i + 1] as number;
    const o = mStart[i] as number;
    for (let e = a; e < b; e++) {
      mJ[o + e - a] = coreJ[e] as number;
      mS[o + e - a] = coreS[e] as number;
    }
    fill[i] = o + b - a;
  }
  const stamp = new Int32Array(M).fill(-1);
  // Mark row arcs lazily per mentee: process seeds grouped by mentee.
  const seedStartByMentee = new Int32Array(N + 1);
  for (let i = 0; i < N; i++) {
    seedStartByMentee[i + 1] = (seedStartByMentee[i] as number) + (extra[i + 1] as number);
  }
  const seedByMentee = new Int32Array(seedStartByMentee[N] as number);
  const seedFill = seedStartByMentee.slice(0, N);
  const seedScoreByMentee = new Int32Array(seedStartByMentee[N] as number);
  for (let j = 0; j < M; j++) {
    const a = seedStart[j] as number;
    for (let k = 0; k < (seedCount[j] as number); k++) {
      const i = seedI[a + k] as number;
      const at = seedFill[i] as number;
      seedByMentee[at] = j;
      seedScoreByMentee[at] = seedS[a + k] as number;
      seedFill[i] = at + 1;
    }
  }
  let n = 0;
  const outStart = new Int32Array(N + 1);
  for (let i = 0; i < N; i++) {
    const o = mStart[i] as number;
    const rowEnd = fill[i] as number;
    for (let e = o; e < rowEnd; e++) stamp[mJ[e] as number] = i;
    const outAt = n;
    for (let e = o; e < rowEnd; e++) {
      mJ[n] = mJ[e] as number;
      mS[n] = mS[e] as number;
      n++;
    }
    const sb = seedStartByMentee[i + 1] as number;
    for (let e = seedStartByMentee[i] as number; e < sb; e++) {
      const j = seedByMentee[e] as number;
      if (stamp[j] === i) continue;
      stamp[j] = i;
      mJ[n] = j;
      mS[n] = seedScoreByMentee[e] as number;
      n++;
    }
    outStart[i] = outAt;
    outStart[i + 1] = n;
  }
  return {
    start: outStart,
    mentor: mJ.subarray(0, n),
    score: mS.subarray(0, n),
    maxScore,
    complete: n === allowed,
    rowBound,
  };
}

export function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(16, a.length * 2));
  b.set(a);
  return b;
}

/** "a is worse than b": lower score, or equal score and higher index. */
function worse(sa: number, ia: number, sb: number, ib: number): boolean {
  return sa < sb || (sa === sb && ia > ib);
}

/** Min-heap (root = worst) of (score, index) pairs at hs/hi[base..base+count): push one. */
function heapPush(
  hs: Int32Array,
  hi: Int32Array,
  base: number,
  count: number,
  s: number,
  idx: number,
): void {
  let at = count;
  while (at > 0) {
    const p = (at - 1) >> 1;
    if (!worse(s, idx, hs[base + p] as number, hi[base + p] as number)) break;
    hs[base + at] = hs[base + p] as number;
    hi[base + at] = hi[base + p] as number;
    at = p;
  }
  hs[base + at] = s;
  hi[base + at] = idx;
}

/** Replaces the root (the worst) with (s, idx) and restores the heap. */
function heapReplaceTop(
  hs: Int32Array,
  hi: Int32Array,
  base: number,
  size: number,
  s: number,
  idx: number,
): void {
  let at = 0;
  for (;;) {
    const l = 2 * at + 1;
    if (l >= size) break;
    let c = l;
    const r = l + 1;
    if (
      r < size &&
      worse(
        hs[base + r] as number,
        hi[base + r] as number,
        hs[base + l] as number,
        hi[base + l] as number,
      )
    ) {
      c = r;
    }
    if (!worse(hs[base + c] as number, hi[base + c] as number, s, idx)) break;
    hs[base + at] = hs[base + c] as number;
    hi[base + at] = hi[base + c] as number;
    at = c;
  }
  hs[base + at] = s;
  hi[base + at] = idx;
}
