/**
 * The exact matching solver: maximum-weight bipartite b-matching (each mentee ≤ 1 mentor, mentor j
 * ≤ c_j mentees), certified optimal over EVERY allowed pair without ever holding N×M objects.
 *
 * Method: core + pricing, with a successive-shortest-path (primal–dual, Hungarian/Jonker–Volgenant
 * style) core solver.
 *
 * - Weights. `max-matched-then-score` maximises w_ij = BIG + s_ij with BIG = maxScore·min(N, Σc) + 1:
 *   one more match outweighs any difference in total score, so the max-weight matching is
 *   lexicographically optimal. `max-score` uses w_ij = s_ij (pairs of weight 0 are left out: they
 *   add nothing). All arithmetic is on exact integers held in doubles (< 2^53).
 * - Network. Every mentee sends one unit either to a mentor (arc weight w_ij) or to "unmatched"
 *   (weight 0); mentor j forwards at most c_j units to the sink. With duals u_i (mentee), v_j
 *   (mentor) this is the LP  min Σu_i + Σc_j·v_j  s.t. u_i + v_j ≥ w_ij, u, v ≥ 0, whose
 *   complementary slackness is: equality on matched pairs, u_i = 0 for unmatched mentees,
 *   v_j = 0 for mentors below capacity. The solver keeps those duals as node potentials, so every
 *   residual arc has a reduced cost ≥ 0 and Dijkstra applies.
 * - Core. For a dense source the solver scans each mentee's row once and keeps its top-L mentors
 *   (L = 8) plus, for each mentor, its top mentees (16 per slot, fewer when slots outnumber
 *   mentees), so every mentor's demand — and hence its price v_j — is represented from the start.
 *   A sparse source (an edge list, `allowedPairs` defined) is its own core: all allowed pairs at
 *   once, no pricing.
 * - Core solve, without search first. A greedy pass gives each mentee its best mentor when that
 *   mentor has room; then a bidding pass (Jonker–Volgenant's augmenting row reduction generalised
 *   to capacities) lets a mentee take a full mentor's slot, raising that mentor's v_j by the
 *   smallest margin among its mentees and pushing out the one with that margin. Both keep the
 *   duals exact, and together they place most mentees.
 * - Core solve, by shortest paths. The remaining mentees are routed by Dijkstra on reduced costs
 *   (CSR arcs, an indexed 4-ary heap on typed arrays, only touched nodes reset, early exit):
 *   mentee → mentor on an unmatched arc, mentor → its mentees on the matched arcs (tight, so they
 *   are settled with their mentor, outside the heap), ending at a mentor with room or at
 *   "unmatched" (which may push a weaker mentee out). While free slots abound the search starts
 *   at one unrouted mentee; once they are scarce (free slots × 2 < unrouted mentees) it runs in
 *   reverse, from the sink over incoming arcs (a CSC copy), to the NEAREST unrouted mentee — the
 *   tail of a max-cardinality phase costs one small search per path instead of one search over
 *   most of the graph. Either way the potentials are updated (forward: settled nodes move by
 *   D − d; reverse: by E − e, then matched arcs of settled mentors are re-tightened by raising
 *   u_i) and the path is flipped; the invariants above hold after every step.
 * - Pricing. With the core optimal, one pass over all allowed pairs (`row()` into one reusable
 *   Int32Array) finds every pair with w_ij > u_i + v_j. None: the duals are feasible for the whole
 *   problem and complementary slackness holds, so the matching is optimal over ALL pairs — the
 *   only point at which the solver answers. Otherwise each such mentee gets its best violating
 *   arcs (≤ 16) added to the core and the solve resumes WARM: the mentee's u_i is raised until its
 *   arcs are dual feasible again and it is unassigned; when its mentor had v_j > 0 the freed slot
 *   becomes a "hole" (a deficit node) that a later path must refill or close, exactly as in
 *   successive shortest paths with several supplies and demands. Only those mentees are
 *   re-routed; everybody else keeps their match and duals. After the first pass, a pair can only
 *   turn violated if u_i or v_j went down since, so later passes scan only those rows and columns
 *   when that is cheaper than a full pass.
 *
 * Why this method: auction and cost-scaling need ε-scaling to be exact on integer weights and do
 * not leave the complementary-slackness duals that pricing and `whyNot` need; successive shortest
 * paths keep exact duals after every step, start warm after pricing, and with a search-free start
 * and reverse searches do one short Dijkstra per contested mentee.
 */
import { IndexedHeap } from "./heap.ts";
import type { MatchProblem, MatchResult, Objective, Pair, PairScores } from "./types.ts";

/** Invalid input to `solve` (a bad index, capacity or locked pair); the message is one line. */
export class MatchInputError extends Error {
  override name = "MatchInputError";
}

/** The solver's knobs (they change the speed, never the optimum). */
export interface SolveTuning {
  /** Mentors kept per mentee in the initial core (dense sources). */
  corePerMentee: number;
  /** Mentees kept per mentor in the initial core: this many per unit of capacity. */
  corePerSlot: number;
  /** At most this many violating arcs per mentee are added to the core per pricing round. */
  addPerMentee: number;
  /** Bids per mentee in the search-free initial assignment. */
  bidsPerMentee: number;
  /** Hungarian phases (tight paths, then one Dijkstra from all unrouted mentees) while possible. */
  phases: boolean;
  /** Search backwards from the sink while free slots are scarcer than unrouted mentees. */
  reverse: boolean;
  /** … precisely: while free slots × reverseRatio < unrouted mentees. */
  reverseRatio: number;
  /** Called after each phase with its duration and counters (profiling only). */
  trace?: (phase: string, data: Record<string, number>) => void;
}

export const DEFAULT_TUNING: Readonly<SolveTuning> = {
  corePerMentee: 8,
  corePerSlot: 16,
  addPerMentee: 16,
  bidsPerMentee: 16,
  phases: false,
  reverse: true,
  reverseRatio: 2,
};

const UNMATCHED = -1;
/** A mentee whose unit is not routed yet (a supply node still to augment). */
const EXCESS = -2;
/** A locked mentee: fixed to its mentor, not part of the optimisation. */
const FIXED = -3;

/**
 * Solves one matching problem exactly.
 *
 * Maximises, over every allowed pair of `problem.scores`, the number of matched mentees and then
 * the total score (`max-matched-then-score`, the default), or the total score (`max-score`),
 * subject to each mentee having at most one mentor, mentor j having at most `capacities[j]`
 * mentees, the locked pairs being kept and the excluded pairs never chosen.
 *
 * Pure and deterministic: the same problem always gives the same pairs (ties go to lower
 * indices, incumbents first). The result carries optimal duals that certify optimality over all
 * allowed pairs: `menteeDual[i] + mentorDual[j] ≥ weight(i, j)` for every allowed, non-excluded
 * pair, with equality on every matched pair that was not locked.
 *
 * @throws MatchInputError on a malformed problem: capacities of the wrong length or not whole
 *   numbers ≥ 0, an index out of range, a locked pair that is forbidden or excluded, a mentee
 *   locked twice, or locked pairs beyond a mentor's capacity.
 */
export function solve(problem: MatchProblem): MatchResult {
  return solveWith(problem, DEFAULT_TUNING);
}

/** `solve` with explicit tuning (tests use a tiny core to exercise pricing). */
export function solveWith(problem: MatchProblem, tuning: Readonly<SolveTuning>): MatchResult {
  const started = performance.now();
  const scores = problem.scores;
  const objective: Objective = problem.objective ?? "max-matched-then-score";
  if (objective !== "max-matched-then-score" && objective !== "max-score") {
    throw new MatchInputError(`unknown objective ${String(objective)}`);
  }
  const N = scores.mentees;
  const M = scores.mentors;
  const capacity = readCapacities(problem.capacities, M);
  const excluded = readExcluded(problem.excluded ?? [], N, M);
  const fixedMentor = readLocked(problem.locked ?? [], scores, capacity, excluded);

  // Capacity left for the free mentees.
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

  const minScore = objective === "max-score" ? 1 : 0;
  const core = buildCore(scores, cap, fixedMentor, excluded, minScore, tuning);
  const bonus =
    objective === "max-matched-then-score" ? core.maxScore * Math.min(free, slots) + 1 : 0;

  const s = new Solver(N, M, cap, bonus, fixedMentor);
  s.batch = tuning.phases;
  s.reverse = tuning.reverse;
  s.reverseRatio = tuning.reverseRatio;
  s.setArcs(core.start, core.mentor, core.score);
  const trace = tuning.trace;
  let mark = started;
  const phase = (name: string, extra: Record<string, number> = {}) => {
    if (!trace) return;
    const now = performance.now();
    trace(name, { ms: now - mark, excess: s.excessCount, holes: s.holeCount, ...extra });
    mark = now;
  };
  phase("core", { arcs: s.arcCount() });
  s.greedy();
  s.bid(tuning.bidsPerMentee);
  phase("initial assignment");
  let searches = s.dijkstras;
  let pops = s.pops;
  s.augmentAll();
  phase("augment", {
    searches: s.dijkstras - searches,
    reverse: s.reverseSearches,
    sinkScans: s.sinkScans,
    pops: s.pops - pops,
    scans: s.scans,
  });

  let pricingRounds = 0;
  if (!core.complete) {
    const buf = new Int32Array(M);
    for (;;) {
      pricingRounds++;
      s.normalize();
      const found = price(scores, s, excluded, buf, tuning.addPerMentee);
      phase("pricing", { added: found.count });
      if (found.count === 0) break;
      s.addArcs(found);
      s.greedy();
      s.bid(tuning.bidsPerMentee);
      searches = s.dijkstras;
      pops = s.pops;
      s.augmentAll();
      phase("augment", {
        searches: s.dijkstras - searches,
        reverse: s.reverseSearches,
        sinkScans: s.sinkScans,
        pops: s.pops - pops,
        scans: s.scans,
      });
    }
  }
  s.normalize();
  return s.result(scores, objective, excluded, core.maxScore, {
    solveMs: performance.now() - started,
    coreArcs: s.arcCount(),
    pricingRounds,
  });
}

function readCapacities(capacities: ArrayLike<number>, M: number): Int32Array {
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
interface Excluded {
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

function readExcluded(pairs: readonly Pair[], N: number, M: number): Excluded {
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

function isExcluded(ex: Excluded, i: number, j: number): boolean {
  const b = ex.start[i + 1] as number;
  for (let e = ex.start[i] as number; e < b; e++) if (ex.mentor[e] === j) return true;
  return false;
}

/** Marks the excluded mentors of mentee i as forbidden in a row buffer. */
function applyExcluded(ex: Excluded, i: number, row: Int32Array): void {
  const b = ex.start[i + 1] as number;
  for (let e = ex.start[i] as number; e < b; e++) row[ex.mentor[e] as number] = -1;
}

/** fixedMentor[i] = the locked mentor of mentee i, or -1. */
function readLocked(
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

interface Core {
  start: Int32Array;
  mentor: Int32Array;
  score: Int32Array;
  maxScore: number;
  /** True when the core holds every allowed pair (no pricing needed). */
  complete: boolean;
}

/**
 * The initial core: every allowed pair for sparse sources; otherwise each mentee's top
 * `corePerMentee` mentors and each mentor's top `corePerSlot`·c_j mentees, from one scan of the
 * rows. Only free mentees, mentors with room, non-excluded pairs and scores ≥ minScore.
 */
function buildCore(
  scores: PairScores,
  cap: Int32Array,
  fixedMentor: Int32Array,
  excluded: Excluded,
  minScore: number,
  tuning: Readonly<SolveTuning>,
): Core {
  const N = scores.mentees;
  const M = scores.mentors;
  let maxScore = 0;
  if (scores.allowedPairs !== undefined && scores.forEachAllowed) {
    const total = scores.allowedPairs;
    let mentor = new Int32Array(total);
    let score = new Int32Array(total);
    const start = new Int32Array(N + 1);
    const mark = new Int32Array(M);
    let n = 0;
    for (let i = 0; i < N; i++) {
      if (fixedMentor[i] === -1) {
        const b = excluded.start[i + 1] as number;
        for (let e = excluded.start[i] as number; e < b; e++)
          mark[excluded.mentor[e] as number] = i + 1;
        scores.forEachAllowed(i, (j, s) => {
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
    };
  }

  const L = Math.max(1, Math.min(tuning.corePerMentee, M));
  const rowS = new Int32Array(L);
  const rowJ = new Int32Array(L);
  // Per-mentor seed heaps, flat.
  const seedStart = new Int32Array(M + 1);
  // Fewer seeds when slots are plentiful (Σc > N): mentors then compete less for mentees.
  let slots = 0;
  for (let j = 0; j < M; j++) slots += cap[j] as number;
  const perSlot = tuning.corePerSlot * Math.min(1, N / Math.max(1, slots));
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
  };
}

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
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

/** Violating arcs found by one pricing pass, grouped by mentee. */
interface Priced {
  count: number;
  mentee: Int32Array;
  mentor: Int32Array;
  score: Int32Array;
}

/**
 * One pass over every allowed pair of the free mentees: collects, per mentee, its (at most
 * `addPerMentee`) pairs with w_ij > u_i + v_j, the most violated first.
 */
function price(
  scores: PairScores,
  s: Solver,
  excluded: Excluded,
  buf: Int32Array,
  addPerMentee: number,
): Priced {
  const N = s.N;
  const M = s.M;
  const u = s.u;
  const bonus = s.bonus;
  // vb[j] = v_j − bonus: a pair violates when score > u_i + vb[j] (and it is allowed).
  const vb = new Float64Array(M);
  for (let j = 0; j < M; j++)
    vb[j] = (s.cap[j] as number) > 0 ? (s.v[j] as number) - bonus : Infinity;
  const K = Math.max(1, addPerMentee);
  const topV = new Float64Array(K);
  const topJ = new Int32Array(K);
  const topS = new Int32Array(K);
  let outMentee = new Int32Array(1024);
  let outMentor = new Int32Array(1024);
  let outScore = new Int32Array(1024);
  let n = 0;
  // After the first pass, a pair can only have turned violated if u_i or v_j went down: scan the
  // rows of such mentees, and in the other rows only the columns of such mentors.
  const dirtyU = s.dirtyU;
  const dirtyV = s.dirtyV;
  const cols: number[] = [];
  let dirtyRows = 0;
  for (let j = 0; j < M; j++) if (dirtyV[j] === 1 && (s.cap[j] as number) > 0) cols.push(j);
  for (let i = 0; i < N; i++) if (dirtyU[i] === 1) dirtyRows++;
  const partial = s.priced && dirtyRows * M + (N - dirtyRows) * cols.length * 4 < N * M;
  s.priced = true;
  for (let i = 0; i < N; i++) {
    if (s.mentorOf[i] === FIXED) continue;
    const ui = u[i] as number;
    let count = 0;
    if (partial && dirtyU[i] === 0) {
      const hasExcluded = excluded.start[i + 1] !== excluded.start[i];
      for (let c = 0; c < cols.length; c++) {
        const j = cols[c] as number;
        const sc = scores.score(i, j);
        if (sc > ui + (vb[j] as number) && sc >= 0) {
          if (hasExcluded && isExcluded(excluded, i, j)) continue;
          const val = sc - (vb[j] as number);
          if (count === K && val <= (topV[K - 1] as number)) continue;
          let at = count < K ? count++ : K - 1;
          while (at > 0 && (topV[at - 1] as number) < val) {
            topV[at] = topV[at - 1] as number;
            topJ[at] = topJ[at - 1] as number;
            topS[at] = topS[at - 1] as number;
            at--;
          }
          topV[at] = val;
          topJ[at] = j;
          topS[at] = sc;
        }
      }
    } else {
      scores.row(i, buf);
      applyExcluded(excluded, i, buf);
      for (let j = 0; j < M; j++) {
        const sc = buf[j] as number;
        if (sc > ui + (vb[j] as number) && sc >= 0) {
          const val = sc - (vb[j] as number);
          if (count === K && val <= (topV[K - 1] as number)) continue;
          // Insert, keeping topV descending (ties: the earlier, lower j first).
          let at = count < K ? count++ : K - 1;
          while (at > 0 && (topV[at - 1] as number) < val) {
            topV[at] = topV[at - 1] as number;
            topJ[at] = topJ[at - 1] as number;
            topS[at] = topS[at - 1] as number;
            at--;
          }
          topV[at] = val;
          topJ[at] = j;
          topS[at] = sc;
        }
      }
    }
    if (count === 0) continue;
    if (n + count > outMentee.length) {
      outMentee = grow(outMentee);
      outMentor = grow(outMentor);
      outScore = grow(outScore);
    }
    for (let k = 0; k < count; k++) {
      outMentee[n] = i;
      outMentor[n] = topJ[k] as number;
      outScore[n] = topS[k] as number;
      n++;
    }
  }
  dirtyU.fill(0);
  dirtyV.fill(0);
  return { count: n, mentee: outMentee, mentor: outMentor, score: outScore };
}

/**
 * The core solver's state: arcs (CSR), the current b-matching and the dual potentials.
 *
 * Node potentials, with a sink potential `tau` (kept instead of re-normalising every node):
 *   mentee → mentor (unmatched arc)   reduced cost u_i + v_j − w_ij ≥ 0
 *   mentor → mentee (matched arc)     w_ij − u_i − v_j = 0
 *   mentee → sink (to "unmatched")    u_i − tau ≥ 0 for matched and excess mentees
 *   sink → mentee                     tau − u_i ≥ 0 for unmatched mentees
 *   mentor → sink (a free slot)       −v_j − tau ≥ 0 when load + holes < capacity
 *   sink → mentor                     v_j + tau ≥ 0 when load + holes > 0
 * `normalize()` shifts tau to 0 and clamps, giving the LP duals described at the top of the file.
 */
class Solver {
  readonly N: number;
  readonly M: number;
  readonly cap: Int32Array;
  readonly bonus: number;
  readonly u: Float64Array;
  readonly v: Float64Array;
  tau = 0;
  /** Mentor of each mentee, or UNMATCHED / EXCESS / FIXED. */
  readonly mentorOf: Int32Array;
  /** Score of each mentee's current (matched) arc. */
  readonly matchedScore: Int32Array;
  readonly load: Int32Array;
  /** Freed slots of mentors with v_j > 0, still counted as used (deficits to refill or close). */
  readonly hole: Int32Array;
  excessCount = 0;
  holeCount = 0;
  /** Mentees assigned to each mentor: a doubly linked list. */
  private readonly head: Int32Array;
  private readonly next: Int32Array;
  private readonly prev: Int32Array;
  private readonly fixedMentor: Int32Array;
  private start: Int32Array = new Int32Array(1);
  private arcMentor: Int32Array = new Int32Array(0);
  private arcScore: Int32Array = new Int32Array(0);
  // Dijkstra scratch.
  private readonly dist: Float64Array;
  private readonly state: Uint8Array;
  private readonly pred: Int32Array;
  private readonly predScore: Int32Array;
  private readonly touched: Int32Array;
  private readonly sources: Int32Array;
  private readonly visit: Int32Array;
  private readonly iter: Int32Array;
  private stamp = 0;
  // Reverse search: incoming arcs per mentor (CSC), rebuilt when the arcs change, and a heap of
  // the mentees' "leave unmatched" arcs keyed by u_i (valid while `dropActive`).
  private inStart: Int32Array = new Int32Array(1);
  private inMentee: Int32Array = new Int32Array(0);
  private inScore: Int32Array = new Int32Array(0);
  private reverseStale = true;
  private readonly dropKey: Float64Array;
  private readonly dropHeap: IndexedHeap;
  private dropActive = false;
  private readonly succScore: Int32Array;
  private readonly taken: Int32Array;
  /** Use reverse searches (from the sink) while spare slots are scarcer than unrouted mentees. */
  reverse = true;
  reverseRatio = 1;
  /** Arcs scanned and nodes popped by the searches (a deterministic measure of their cost). */
  work = 0;
  reverseSearches = 0;
  /** Use Hungarian phases (tight-path passes + multi-source Dijkstra) while there are no holes. */
  batch = true;
  /** Mentees to scan at the current distance (a popped mentee, or a popped mentor's mentees). */
  private readonly scan: Int32Array;
  private readonly heap: IndexedHeap;
  dijkstras = 0;
  /** Nodes whose dual went down since the last pricing: only their pairs can turn violated. */
  readonly dirtyU: Uint8Array;
  readonly dirtyV: Uint8Array;
  /** False until the first pricing pass over everything. */
  priced = false;
  sinkScans = 0;
  scans = 0;
  pops = 0;

  constructor(N: number, M: number, cap: Int32Array, bonus: number, fixedMentor: Int32Array) {
    this.N = N;
    this.M = M;
    this.cap = cap;
    this.bonus = bonus;
    this.fixedMentor = fixedMentor;
    this.u = new Float64Array(N);
    this.dirtyU = new Uint8Array(N);
    this.dirtyV = new Uint8Array(M);
    this.v = new Float64Array(M);
    this.mentorOf = new Int32Array(N);
    this.matchedScore = new Int32Array(N);
    this.load = new Int32Array(M);
    this.hole = new Int32Array(M);
    this.head = new Int32Array(M).fill(-1);
    this.next = new Int32Array(N).fill(-1);
    this.prev = new Int32Array(N).fill(-1);
    for (let i = 0; i < N; i++) {
      if (fixedMentor[i] === -1) {
        this.mentorOf[i] = EXCESS;
        this.excessCount++;
      } else {
        this.mentorOf[i] = FIXED;
      }
    }
    const nodes = N + M + 1;
    this.dist = new Float64Array(nodes).fill(Infinity);
    this.state = new Uint8Array(nodes);
    this.pred = new Int32Array(nodes);
    this.predScore = new Int32Array(M);
    this.touched = new Int32Array(nodes);
    this.sources = new Int32Array(N + 1);
    this.visit = new Int32Array(nodes);
    this.iter = new Int32Array(nodes);
    this.dropKey = new Float64Array(N);
    this.dropHeap = new IndexedHeap(N, this.dropKey);
    this.succScore = new Int32Array(N);
    this.taken = new Int32Array(N);
    this.scan = new Int32Array(N + 1);
    this.heap = new IndexedHeap(nodes, this.dist);
  }

  arcCount(): number {
    return this.start[this.N] as number;
  }

  setArcs(start: Int32Array, mentor: Int32Array, score: Int32Array): void {
    this.reverseStale = true;
    this.start = start;
    this.arcMentor = mentor;
    this.arcScore = score;
  }

  /** Adds priced arcs (new to the core) and unassigns their mentees with raised duals. */
  addArcs(p: Priced): void {
    const N = this.N;
    const old = this.start;
    const add = new Int32Array(N + 1);
    for (let k = 0; k < p.count; k++) {
      const i = p.mentee[k] as number;
      add[i + 1] = (add[i + 1] as number) + 1;
    }
    const start = new Int32Array(N + 1);
    for (let i = 0; i < N; i++) {
      start[i + 1] =
        (start[i] as number) + (old[i + 1] as number) - (old[i] as number) + (add[i + 1] as number);
    }
    const total = start[N] as number;
    const mentor = new Int32Array(total);
    const score = new Int32Array(total);
    let k = 0;
    for (let i = 0; i < N; i++) {
      let at = start[i] as number;
      const a = old[i] as number;
      const b = old[i + 1] as number;
      mentor.set(this.arcMentor.subarray(a, b), at);
      score.set(this.arcScore.subarray(a, b), at);
      at += b - a;
      let raised = this.u[i] as number;
      while (k < p.count && p.mentee[k] === i) {
        const j = p.mentor[k] as number;
        const sc = p.score[k] as number;
        mentor[at] = j;
        score[at] = sc;
        at++;
        const val = this.bonus + sc - (this.v[j] as number);
        if (val > raised) raised = val;
        k++;
      }
      if ((add[i + 1] as number) > 0) this.release(i, raised);
    }
    this.start = start;
    this.arcMentor = mentor;
    this.arcScore = score;
    this.reverseStale = true;
  }

  /**
   * Raises u_i (dual feasibility on new arcs) and turns the mentee back into an unrouted supply.
   * Its mentor's slot becomes a hole when v_j > −tau (the slot may not simply go free).
   */
  private release(i: number, raised: number): void {
    this.dropActive = false;
    this.u[i] = raised;
    const j = this.mentorOf[i] as number;
    if (j >= 0) {
      this.unlink(i, j);
      if ((this.v[j] as number) + this.tau > 0) {
        this.hole[j] = (this.hole[j] as number) + 1;
        this.holeCount++;
      }
    }
    if (j !== EXCESS) {
      this.mentorOf[i] = EXCESS;
      this.excessCount++;
    }
  }

  private link(i: number, j: number): void {
    const h = this.head[j] as number;
    this.next[i] = h;
    this.prev[i] = -1;
    if (h !== -1) this.prev[h] = i;
    this.head[j] = i;
    this.load[j] = (this.load[j] as number) + 1;
  }

  private unlink(i: number, j: number): void {
    const p = this.prev[i] as number;
    const n = this.next[i] as number;
    if (p !== -1) this.next[p] = n;
    else this.head[j] = n;
    if (n !== -1) this.prev[n] = p;
    this.load[j] = (this.load[j] as number) - 1;
  }

  /** Moves mentee i (from wherever it is) to mentor j along an arc of score sc. */
  private join(i: number, j: number, sc: number): void {
    const was = this.mentorOf[i] as number;
    if (was >= 0) this.unlink(i, was);
    else if (was === EXCESS) this.excessCount--;
    this.mentorOf[i] = j;
    this.matchedScore[i] = sc;
    this.link(i, j);
  }

  /** Routes mentee i to "unmatched". */
  private leave(i: number): void {
    const was = this.mentorOf[i] as number;
    if (was >= 0) this.unlink(i, was);
    else if (was === EXCESS) this.excessCount--;
    this.mentorOf[i] = UNMATCHED;
  }

  /** The best value max_j (w_ij − v_j) over the core arcs of i, and the mentor achieving it. */
  private best(i: number): { value: number; mentor: number; score: number } {
    const start = this.start;
    const arcMentor = this.arcMentor;
    const arcScore = this.arcScore;
    const v = this.v;
    const cap = this.cap;
    const load = this.load;
    const hole = this.hole;
    const bonus = this.bonus;
    let value = -Infinity;
    let mentor = -1;
    let score = 0;
    let roomy = false;
    const b = start[i + 1] as number;
    for (let e = start[i] as number; e < b; e++) {
      const j = arcMentor[e] as number;
      const sc = arcScore[e] as number;
      const val = bonus + sc - (v[j] as number);
      if (val < value) continue;
      const room =
        (hole[j] as number) > 0 || (load[j] as number) + (hole[j] as number) < (cap[j] as number);
      if (val > value || (room && !roomy) || (room === roomy && j < mentor)) {
        value = val;
        mentor = j;
        score = sc;
        roomy = room;
      }
    }
    return { value, mentor, score };
  }

  /**
   * Routing without search: each unrouted mentee whose best mentor has a hole, or a free slot
   * at price 0, takes it (u_i = w_ij − v_j, tight); a mentee with nothing worth more than staying
   * unmatched is routed to "unmatched" (while the sink still needs units). The rest are left for
   * the searches.
   */
  greedy(): void {
    this.dropActive = false;
    const N = this.N;
    const u = this.u;
    for (let i = 0; i < N; i++) {
      if (this.mentorOf[i] !== EXCESS) continue;
      const { value, mentor: j, score } = this.best(i);
      const tau = this.tau;
      const sinkOpen = this.excessCount > this.holeCount;
      u[i] = Math.max(tau, value);
      this.dirtyU[i] = 1;
      if (value <= tau) {
        if (sinkOpen) this.leave(i);
      } else if ((this.hole[j] as number) > 0) {
        // Fill a hole left by a released mentee: the mentor's flow is unchanged.
        this.hole[j] = (this.hole[j] as number) - 1;
        this.holeCount--;
        this.join(i, j, score);
      } else if (
        sinkOpen &&
        (this.load[j] as number) + (this.hole[j] as number) < (this.cap[j] as number) &&
        (this.v[j] as number) + tau === 0
      ) {
        this.join(i, j, score);
      }
    }
  }

  /**
   * Initial assignment without search, in the manner of Jonker–Volgenant's augmenting row
   * reduction generalised to capacities: an unrouted mentee takes its best mentor (value
   * b1 = max_j w_ij − v_j); when that mentor is full, its price v_j rises by the smallest "margin"
   * among its mentees and the newcomer (how far the price can rise before one of them prefers its
   * second choice), and the one with that smallest margin is pushed out (the newcomer on ties).
   * Every step keeps the duals exact: all assigned pairs tight, all arcs feasible, v_j > 0 only
   * for full mentors. Each mentee bids at most `rounds` times; the rest are left to `augmentAll`.
   */
  bid(rounds: number): void {
    this.dropActive = false;
    const N = this.N;
    const u = this.u;
    const v = this.v;
    const bonus = this.bonus;
    const queue = new Int32Array(N + 1);
    const bids = new Uint16Array(N);
    let qHead = 0;
    let qTail = 0;
    let queued = 0;
    for (let i = 0; i < N; i++) {
      if (this.mentorOf[i] === EXCESS) {
        queue[qTail++] = i;
        queued++;
      }
    }
    if (qTail === N + 1) qTail = 0;
    while (queued > 0) {
      const i = queue[qHead] as number;
      qHead = qHead === N ? 0 : qHead + 1;
      queued--;
      if (this.mentorOf[i] !== EXCESS) continue;
      if ((bids[i] as number) >= rounds) continue;
      bids[i] = (bids[i] as number) + 1;
      const { value: b1, mentor: j1, score: s1 } = this.best(i);
      const sinkOpen = this.excessCount > this.holeCount;
      if (b1 <= 0) {
        u[i] = 0;
        this.dirtyU[i] = 1;
        if (sinkOpen) this.leave(i);
        continue;
      }
      if ((this.hole[j1] as number) > 0) {
        u[i] = b1;
        this.dirtyU[i] = 1;
        this.hole[j1] = (this.hole[j1] as number) - 1;
        this.holeCount--;
        this.join(i, j1, s1);
        continue;
      }
      if ((this.load[j1] as number) < (this.cap[j1] as number)) {
        // A free slot (v = 0): usable only while the sink still needs units.
        u[i] = b1;
        this.dirtyU[i] = 1;
        if (sinkOpen) this.join(i, j1, s1);
        continue;
      }
      const b2 = this.secondBest(i, j1);
      // The mentee of j1 with the smallest margin (the newcomer loses ties).
      let out = i;
      let outSecond = b2;
      let delta = b1 - b2;
      for (let k = this.head[j1] as number; k !== -1; k = this.next[k] as number) {
        const second = this.secondBest(k, j1);
        const margin = (u[k] as number) - second;
        if (margin < delta) {
          delta = margin;
          out = k;
          outSecond = second;
        }
      }
      v[j1] = (v[j1] as number) + delta;
      for (let k = this.head[j1] as number; k !== -1; k = this.next[k] as number) {
        u[k] = (u[k] as number) - delta;
        this.dirtyU[k] = 1;
      }
      let requeue = i;
      if (out !== i) {
        this.unlink(out, j1);
        this.mentorOf[out] = EXCESS;
        this.excessCount++;
        u[out] = outSecond;
        this.dirtyU[out] = 1;
        u[i] = bonus + s1 - (v[j1] as number);
        this.dirtyU[i] = 1;
        this.join(i, j1, s1);
        requeue = out;
      } else {
        u[i] = b2;
        this.dirtyU[i] = 1;
      }
      queue[qTail] = requeue;
      qTail = qTail === N ? 0 : qTail + 1;
      queued++;
    }
  }

  /** max(0, max over the core arcs of i except to mentor `skip` of w_ij − v_j). */
  private secondBest(i: number, skip: number): number {
    const start = this.start;
    const arcMentor = this.arcMentor;
    const arcScore = this.arcScore;
    const v = this.v;
    const bonus = this.bonus;
    let best = 0;
    const b = start[i + 1] as number;
    for (let e = start[i] as number; e < b; e++) {
      const j = arcMentor[e] as number;
      if (j === skip) continue;
      const val = bonus + (arcScore[e] as number) - (v[j] as number);
      if (val > best) best = val;
    }
    return best;
  }

  /** Routes every unrouted mentee by a shortest augmenting path (index order). */
  augmentAll(): void {
    const N = this.N;
    const list = this.sources;
    this.greedy();
    if (this.holeCount === 0 && this.batch) {
      // Hungarian phases: augment along tight paths first; when none is left, one Dijkstra from
      // all unrouted mentees at once raises the duals of everything it reached (and flips the
      // shortest path), which usually makes many more paths tight.
      for (;;) {
        this.tightPass();
        let n = 0;
        for (let i = 0; i < N; i++) {
          if (this.mentorOf[i] !== EXCESS) continue;
          this.u[i] = Math.max(this.tau, this.best(i).value);
          this.dirtyU[i] = 1;
          list[n++] = i;
        }
        if (n === 0) return;
        this.dijkstra(list, n);
        if (this.holeCount !== 0) break;
      }
    }
    // Searches go forward (from one unrouted mentee) or in reverse (from the sink, to the
    // nearest unrouted mentee): reverse once free slots are scarce (free slots × reverseRatio <
    // unrouted mentees), forward while they abound.
    let next = 0;
    let mode = 0;
    let countdown = 0;
    while (this.excessCount > 0) {
      if (countdown-- <= 0) {
        mode =
          this.reverse &&
          this.holeCount === 0 &&
          this.spareSlots() * this.reverseRatio < this.excessCount
            ? 1
            : 0;
        countdown = 31;
      }
      if (mode === 1) {
        this.reverseSearch();
        continue;
      }
      while (this.mentorOf[next] !== EXCESS) next = next + 1 < N ? next + 1 : 0;
      const i = next;
      // The smallest u_i that keeps i's arcs feasible: shorter paths, same optimum.
      this.u[i] = Math.max(this.tau, this.best(i).value);
      this.dirtyU[i] = 1;
      list[0] = i;
      this.dijkstra(list, 1);
    }
  }

  /** Σ free slots over the mentors. */
  private spareSlots(): number {
    let n = 0;
    for (let j = 0; j < this.M; j++) {
      const free = (this.cap[j] as number) - (this.load[j] as number) - (this.hole[j] as number);
      if (free > 0) n += free;
    }
    return n;
  }

  private buildReverse(): void {
    const N = this.N;
    const M = this.M;
    const start = this.start;
    const arcMentor = this.arcMentor;
    const arcScore = this.arcScore;
    const E = start[N] as number;
    const inStart = new Int32Array(M + 1);
    for (let e = 0; e < E; e++) {
      const j = arcMentor[e] as number;
      inStart[j + 1] = (inStart[j + 1] as number) + 1;
    }
    for (let j = 0; j < M; j++)
      inStart[j + 1] = (inStart[j + 1] as number) + (inStart[j] as number);
    const fill = inStart.slice(0, M);
    const inMentee = new Int32Array(E);
    const inScore = new Int32Array(E);
    for (let i = 0; i < N; i++) {
      const b = start[i + 1] as number;
      for (let e = start[i] as number; e < b; e++) {
        const j = arcMentor[e] as number;
        const at = fill[j] as number;
        fill[j] = at + 1;
        inMentee[at] = i;
        inScore[at] = arcScore[e] as number;
      }
    }
    this.inStart = inStart;
    this.inMentee = inMentee;
    this.inScore = inScore;
    this.reverseStale = false;
  }

  /**
   * One Dijkstra backwards from the sink over the residual graph, to the nearest unrouted mentee
   * (any of them: a shortest path from the set of supplies to the sink, as successive shortest
   * paths requires). Distances e(x) to the sink give new potentials p(x) + (E − e(x)) for every
   * settled node (E = the distance found), which keeps every reduced cost ≥ 0 and makes the path
   * tight; then the path is flipped. Used only while there are no holes.
   */
  private reverseSearch(): void {
    this.reverseSearches++;
    const N = this.N;
    const M = this.M;
    const T = N + M;
    if (this.reverseStale) this.buildReverse();
    const dist = this.dist;
    const state = this.state;
    const succ = this.pred;
    const succScore = this.succScore;
    const touched = this.touched;
    const heap = this.heap;
    const u = this.u;
    const v = this.v;
    const cap = this.cap;
    const load = this.load;
    const hole = this.hole;
    const mentorOf = this.mentorOf;
    const inStart = this.inStart;
    const inMentee = this.inMentee;
    const inScore = this.inScore;
    const bonus = this.bonus;
    const tau = this.tau;
    const dropKey = this.dropKey;
    const dropHeap = this.dropHeap;
    const taken = this.taken;
    if (!this.dropActive) {
      dropHeap.clear();
      for (let i = 0; i < N; i++) {
        const m = mentorOf[i] as number;
        if (m >= 0 || m === EXCESS) {
          dropKey[i] = u[i] as number;
          dropHeap.update(i);
        }
      }
      this.dropActive = true;
    }
    let nTouched = 0;
    let nTaken = 0;
    let bound = Infinity;
    dist[T] = 0;
    state[T] = 2;
    touched[nTouched++] = T;
    for (let j = 0; j < M; j++) {
      if ((load[j] as number) + (hole[j] as number) >= (cap[j] as number)) continue;
      const y = N + j;
      const nd = -(v[j] as number) - tau;
      if (nd < (dist[y] as number)) {
        if (state[y] === 0) {
          state[y] = 1;
          touched[nTouched++] = y;
        }
        dist[y] = nd;
        succ[y] = T;
        heap.update(y);
      }
    }
    let terminal = -1;
    let E = 0;
    for (;;) {
      // Bring in the "leave unmatched" arcs k → sink that are no farther than the heap's top.
      while (dropHeap.size > 0) {
        const k = dropHeap.peek();
        const key = (dropKey[k] as number) - tau;
        if (heap.size > 0 && key > (dist[heap.peek()] as number)) break;
        if (key >= bound) break;
        dropHeap.pop();
        taken[nTaken++] = k;
        if (state[k] !== 2 && key < (dist[k] as number)) {
          if (state[k] === 0) {
            state[k] = 1;
            touched[nTouched++] = k;
          }
          dist[k] = key;
          succ[k] = T;
          if (mentorOf[k] === EXCESS && key < bound) bound = key;
          heap.update(k);
        }
      }
      if (heap.size === 0) break;
      const x = heap.pop();
      this.pops++;
      state[x] = 2;
      const ex = dist[x] as number;
      if (x < N) {
        const m = mentorOf[x] as number;
        if (m === EXCESS) {
          terminal = x;
          E = ex;
          break;
        }
        if (m >= 0) {
          const y = N + m;
          if (state[y] !== 2 && ex < (dist[y] as number) && ex < bound) {
            if (state[y] === 0) {
              state[y] = 1;
              touched[nTouched++] = y;
            }
            dist[y] = ex;
            succ[y] = x;
            heap.update(y);
          }
        }
      } else {
        const j = x - N;
        const base = ex + (v[j] as number) - bonus;
        const b = inStart[j + 1] as number;
        this.scans++;
        this.work += b - (inStart[j] as number) + 1;
        for (let a = inStart[j] as number; a < b; a++) {
          const k = inMentee[a] as number;
          const sc = inScore[a] as number;
          const nd = base + (u[k] as number) - sc;
          if (nd < (dist[k] as number) && nd < bound && state[k] !== 2 && mentorOf[k] !== j) {
            if (state[k] === 0) {
              state[k] = 1;
              touched[nTouched++] = k;
            }
            dist[k] = nd;
            succ[k] = x;
            succScore[k] = sc;
            if (mentorOf[k] === EXCESS) bound = nd;
            heap.update(k);
          }
        }
      }
    }
    if (terminal === -1) throw new Error("matching solver: no augmenting path (internal error)");

    // Potentials: p(x) + (E − e(x)) for settled nodes (the sink included).
    for (let q = 0; q < nTouched; q++) {
      const x = touched[q] as number;
      if (state[x] !== 2 || x === terminal) continue;
      const delta = E - (dist[x] as number);
      if (delta <= 0) continue;
      if (x < N) u[x] = (u[x] as number) + delta;
      else if (x < T) {
        v[x - N] = (v[x - N] as number) - delta;
        this.dirtyV[x - N] = 1;
      } else this.tau = tau + delta;
    }
    // Turn the successor chain into predecessors and flip it.
    const pred = this.pred;
    let x = terminal;
    let prev = -1;
    while (x !== T) {
      const y = succ[x] as number;
      if (x < N && y < T) this.predScore[y - N] = succScore[x] as number;
      succ[x] = prev;
      prev = x;
      x = y;
    }
    pred[T] = prev;
    this.flip(T);

    // A settled mentor's matched arcs may have gone slack (its mentees were not all settled with
    // it): raise those mentees' u to make them tight again. Raising u_i is always safe — a
    // matched mentee's only incoming residual arc is from its mentor — and keeps the duals
    // complementary-slack, which the forward search relies on.
    const head = this.head;
    const next = this.next;
    const matchedScore = this.matchedScore;
    for (let q = 0; q < nTouched; q++) {
      const y = touched[q] as number;
      if (y < N || y >= T || state[y] !== 2) continue;
      const j = y - N;
      const vj = v[j] as number;
      for (let k = head[j] as number; k !== -1; k = next[k] as number) {
        const tight = bonus + (matchedScore[k] as number) - vj;
        if ((u[k] as number) !== tight) {
          u[k] = tight;
          dropKey[k] = tight;
          dropHeap.fix(k);
        }
      }
    }
    // Keep the drop heap in step with the new potentials and states.
    for (let q = 0; q < nTouched + nTaken; q++) {
      const y = q < nTouched ? (touched[q] as number) : (taken[q - nTouched] as number);
      if (y >= N) continue;
      const m = mentorOf[y] as number;
      if (m >= 0 || m === EXCESS) {
        dropKey[y] = u[y] as number;
        dropHeap.fix(y);
      } else {
        dropHeap.remove(y);
      }
    }
    heap.clear();
    for (let q = 0; q < nTouched; q++) {
      const y = touched[q] as number;
      dist[y] = Infinity;
      state[y] = 0;
    }
  }

  /**
   * Augments along paths of tight arcs only (reduced cost 0), from every unrouted mentee, by
   * depth-first search with one visited mark per pass (Hopcroft–Karp style). Any such path keeps
   * every invariant, so no duals change. Only used while there are no holes.
   */
  private tightPass(): void {
    this.dropActive = false;
    const N = this.N;
    const T = N + this.M;
    const u = this.u;
    const v = this.v;
    const cap = this.cap;
    const load = this.load;
    const mentorOf = this.mentorOf;
    const start = this.start;
    const arcMentor = this.arcMentor;
    const arcScore = this.arcScore;
    const head = this.head;
    const next = this.next;
    const pred = this.pred;
    const predScore = this.predScore;
    const bonus = this.bonus;
    const tau = this.tau;
    const visit = this.visit;
    const iter = this.iter;
    const stack = this.touched;
    const stamp = ++this.stamp;
    for (let s = 0; s < N; s++) {
      if (mentorOf[s] !== EXCESS || visit[s] === stamp) continue;
      let sp = 0;
      stack[sp++] = s;
      visit[s] = stamp;
      pred[s] = -1;
      iter[s] = -2;
      let found = false;
      while (sp > 0) {
        const x = stack[sp - 1] as number;
        if (x < N) {
          const mo = mentorOf[x] as number;
          let e = iter[x] as number;
          if (e === -2) {
            if (mo !== UNMATCHED && (u[x] as number) === tau) {
              pred[T] = x;
              found = true;
              break;
            }
            e = start[x] as number;
          }
          const b = start[x + 1] as number;
          const base = (u[x] as number) - bonus;
          let pushed = -1;
          for (; e < b; e++) {
            const j = arcMentor[e] as number;
            if (j === mo || visit[N + j] === stamp) continue;
            const sc = arcScore[e] as number;
            if (base + (v[j] as number) - sc === 0) {
              pushed = N + j;
              predScore[j] = sc;
              e++;
              break;
            }
          }
          iter[x] = e;
          if (pushed === -1) {
            sp--;
            continue;
          }
          visit[pushed] = stamp;
          pred[pushed] = x;
          iter[pushed] = -2;
          stack[sp++] = pushed;
        } else {
          const j = x - N;
          let k = iter[x] as number;
          if (k === -2) {
            if ((load[j] as number) < (cap[j] as number) && -(v[j] as number) === tau) {
              pred[T] = x;
              found = true;
              break;
            }
            k = head[j] as number;
          }
          while (k !== -1 && visit[k] === stamp) k = next[k] as number;
          if (k === -1) {
            iter[x] = -1;
            sp--;
            continue;
          }
          iter[x] = next[k] as number;
          visit[k] = stamp;
          pred[k] = x;
          iter[k] = -2;
          stack[sp++] = k;
        }
      }
      if (found) this.flip(T);
    }
  }

  /**
   * One Dijkstra from the given unrouted mentees (a super-source: each starts at max u − u_s) to
   * the nearest deficit; updates the potentials and flips the path.
   */
  private dijkstra(sources: Int32Array, count: number): void {
    this.dijkstras++;
    this.dropActive = false;
    const N = this.N;
    const M = this.M;
    const T = N + M;
    const dist = this.dist;
    const state = this.state;
    const pred = this.pred;
    const predScore = this.predScore;
    const touched = this.touched;
    const scan = this.scan;
    const heap = this.heap;
    const u = this.u;
    const v = this.v;
    const cap = this.cap;
    const load = this.load;
    const hole = this.hole;
    const mentorOf = this.mentorOf;
    const start = this.start;
    const arcMentor = this.arcMentor;
    const arcScore = this.arcScore;
    const head = this.head;
    const next = this.next;
    const bonus = this.bonus;
    const tau = this.tau;
    const sinkOpen = this.excessCount > this.holeCount;
    let nTouched = 0;
    // The shortest distance to a terminal found so far: nothing at or beyond it matters.
    let bound = Infinity;

    let top = -Infinity;
    for (let q = 0; q < count; q++) top = Math.max(top, u[sources[q] as number] as number);
    for (let q = 0; q < count; q++) {
      const s = sources[q] as number;
      dist[s] = top - (u[s] as number);
      pred[s] = -1;
      state[s] = 1;
      touched[nTouched++] = s;
      heap.update(s);
    }
    let terminal = -1;
    let D = 0;
    search: while (heap.size > 0) {
      const x = heap.pop();
      this.pops++;
      state[x] = 2;
      const dx = dist[x] as number;
      let nScan = 0;
      if (x === T) {
        if (sinkOpen) {
          terminal = T;
          D = dx;
          break;
        }
        // The sink is an intermediate node: undo a mentor's slot or an unmatched mentee.
        this.sinkScans++;
        for (let j = 0; j < M; j++) {
          if ((load[j] as number) + (hole[j] as number) === 0) continue;
          const y = N + j;
          const sy = state[y] as number;
          if (sy === 2) continue;
          const nd = dx + tau + (v[j] as number);
          if (nd < (dist[y] as number) && nd < bound) {
            if (sy === 0) {
              state[y] = 1;
              touched[nTouched++] = y;
            }
            dist[y] = nd;
            pred[y] = T;
            if ((hole[j] as number) > 0) bound = nd;
            heap.update(y);
          }
        }
        for (let k = 0; k < N; k++) {
          if (mentorOf[k] !== UNMATCHED) continue;
          const sk = state[k] as number;
          if (sk === 2) continue;
          const nd = dx + tau - (u[k] as number);
          if (nd < (dist[k] as number) && nd < bound) {
            if (sk === 0) {
              state[k] = 1;
              touched[nTouched++] = k;
            }
            dist[k] = nd;
            pred[k] = T;
            heap.update(k);
          }
        }
        continue;
      }
      if (x < N) {
        scan[nScan++] = x;
      } else {
        const j = x - N;
        if ((hole[j] as number) > 0) {
          terminal = x;
          D = dx;
          break;
        }
        if ((load[j] as number) + (hole[j] as number) < (cap[j] as number)) {
          const sd = dx - (v[j] as number) - tau;
          if (sd < (dist[T] as number) && state[T] !== 2) {
            if (state[T] === 0) {
              state[T] = 1;
              touched[nTouched++] = T;
            }
            dist[T] = sd;
            pred[T] = x;
            if (sinkOpen) {
              if (sd === dx) {
                // Nothing left in the heap is closer: stop here.
                terminal = T;
                D = dx;
                break;
              }
              if (sd < bound) bound = sd;
            }
            heap.update(T);
          }
        }
        // The mentor's mentees are reached at the same distance (matched arcs are tight) and
        // only through it: settle them at once, without the heap.
        for (let k = head[j] as number; k !== -1; k = next[k] as number) {
          state[k] = 2;
          touched[nTouched++] = k;
          dist[k] = dx;
          pred[k] = x;
          scan[nScan++] = k;
        }
      }
      this.scans += nScan;
      for (let q = 0; q < nScan; q++) {
        const k = scan[q] as number;
        const uk = u[k] as number;
        const mo = mentorOf[k] as number;
        if (mo !== UNMATCHED) {
          const sd = dx + uk - tau;
          if (sd < (dist[T] as number) && state[T] !== 2) {
            if (state[T] === 0) {
              state[T] = 1;
              touched[nTouched++] = T;
            }
            dist[T] = sd;
            pred[T] = k;
            if (sinkOpen) {
              if (sd === dx) {
                terminal = T;
                D = dx;
                break search;
              }
              if (sd < bound) bound = sd;
            }
            heap.update(T);
          }
        }
        const b = start[k + 1] as number;
        this.work += b - (start[k] as number) + 1;
        const base = dx + uk - bonus;
        for (let e = start[k] as number; e < b; e++) {
          const j = arcMentor[e] as number;
          const y = N + j;
          const sc = arcScore[e] as number;
          const nd = base + (v[j] as number) - sc;
          if (nd < (dist[y] as number) && nd < bound && j !== mo && state[y] !== 2) {
            if (state[y] === 0) {
              state[y] = 1;
              touched[nTouched++] = y;
            }
            dist[y] = nd;
            pred[y] = k;
            predScore[j] = sc;
            if ((hole[j] as number) > 0) bound = nd;
            heap.update(y);
          }
        }
      }
    }
    if (terminal === -1) throw new Error("matching solver: no augmenting path (internal error)");

    // Potentials: every node settled closer than D moves by D − d.
    let tauNew = tau;
    for (let t = 0; t < nTouched; t++) {
      const x = touched[t] as number;
      if (state[x] === 2 && x !== terminal) {
        const delta = D - (dist[x] as number);
        if (delta > 0) {
          if (x < N) {
            u[x] = (u[x] as number) - delta;
            this.dirtyU[x] = 1;
          } else if (x < T) v[x - N] = (v[x - N] as number) + delta;
          else tauNew = tau - delta;
        }
      }
    }
    this.tau = tauNew;

    this.flip(terminal);

    // Reset the scratch of touched nodes only.
    heap.clear();
    for (let t = 0; t < nTouched; t++) {
      const y = touched[t] as number;
      dist[y] = Infinity;
      state[y] = 0;
    }
  }

  /** Flips the path that `pred` traces back from `terminal` to its source (pred = -1). */
  private flip(terminal: number): void {
    const N = this.N;
    const T = N + this.M;
    const pred = this.pred;
    if (terminal !== T) {
      const j = terminal - N;
      this.hole[j] = (this.hole[j] as number) - 1;
      this.holeCount--;
    }
    let x = terminal;
    for (;;) {
      const y = pred[x] as number;
      if (y === -1) break;
      if (x >= N && x < T && y < N) this.join(y, x - N, this.predScore[x - N] as number);
      else if (x === T && y < N) this.leave(y);
      x = y;
    }
  }

  /** Shifts tau to 0 and clamps: the LP duals (u, v ≥ 0, complementary slackness). */
  normalize(): void {
    this.dropActive = false;
    const tau = this.tau;
    const u = this.u;
    const v = this.v;
    for (let i = 0; i < this.N; i++) {
      if (this.mentorOf[i] === FIXED) continue;
      const x = (u[i] as number) - tau;
      u[i] = Math.max(x, 0);
    }
    for (let j = 0; j < this.M; j++) {
      const x = (v[j] as number) + tau;
      v[j] = Math.max(x, 0);
    }
    this.tau = 0;
  }

  result(
    scores: PairScores,
    objective: Objective,
    excluded: Excluded,
    maxScore: number,
    stats: MatchResult["stats"],
  ): MatchResult {
    const N = this.N;
    const M = this.M;
    const mentorOf = new Int32Array(N).fill(-1);
    const pairs: Pair[] = [];
    let matched = 0;
    let totalScore = 0;
    const menteeDual = new Float64Array(N);
    const mentorDual = new Float64Array(M);
    const bonus = this.bonus;
    // A mentor without room for the free mentees: any dual ≥ every weight is optimal.
    const top = bonus + Math.max(maxScore, scores.maxScore);
    for (let j = 0; j < M; j++)
      mentorDual[j] = (this.cap[j] as number) > 0 ? (this.v[j] as number) : top;
    let buf: Int32Array | null = null;
    for (let i = 0; i < N; i++) {
      const fixed = this.fixedMentor[i] as number;
      const j = fixed >= 0 ? fixed : (this.mentorOf[i] as number);
      if (j >= 0) {
        mentorOf[i] = j;
        pairs.push([i, j]);
        matched++;
        totalScore += fixed >= 0 ? scores.score(i, j) : (this.matchedScore[i] as number);
      }
      if (fixed >= 0) {
        // A locked mentee: the smallest dual that keeps all its pairs feasible.
        buf ??= new Int32Array(M);
        scores.row(i, buf);
        applyExcluded(excluded, i, buf);
        let ui = 0;
        for (let k = 0; k < M; k++) {
          const sc = buf[k] as number;
          if (sc < 0 || (objective === "max-score" && sc === 0)) continue;
          const val = bonus + sc - (mentorDual[k] as number);
          if (val > ui) ui = val;
        }
        menteeDual[i] = ui;
      } else {
        menteeDual[i] = this.u[i] as number;
      }
    }
    return {
      pairs,
      mentorOf,
      matched,
      totalScore,
      optimal: true,
      menteeDual,
      mentorDual,
      matchBonus: bonus,
      stats,
    };
  }
}
