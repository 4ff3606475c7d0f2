/**
 * Pricing: a pass over every allowed pair for arcs that violate the duals (incremental after the
 * first pass), and the warm restart that adds them to the core.
 */
import { grow } from "./core.ts";
import { applyExcluded, type Excluded, isExcluded } from "./solve-input.ts";
import { EXCESS, FIXED, type SolverState } from "./solver-state.ts";
import type { PairScores } from "./types.ts";

/** Violating arcs found by one pricing pass, grouped by mentee. */
interface Priced {
  count: number;
  /** Rows the bound let the pass skip. */
  skipped: number;
  mentee: Int32Array;
  mentor: Int32Array;
  score: Int32Array;
}

/**
 * One pass over every allowed pair of the free mentees: collects, per mentee, its (at most
 * `addPerMentee`) pairs with w_ij > u_i + v_j, the most violated first.
 */
export function price(
  scores: PairScores,
  solver: SolverState,
  excluded: Excluded,
  buf: Int32Array,
  addPerMentee: number,
): Priced {
  const N = solver.N;
  const M = solver.M;
  const u = solver.u;
  const bonus = solver.bonus;
  // vb[j] = v_j − bonus: a pair violates when score > u_i + vb[j] (and it is allowed).
  const vb = new Float64Array(M);
  let minVb = Infinity;
  for (let j = 0; j < M; j++) {
    vb[j] = (solver.cap[j] as number) > 0 ? (solver.v[j] as number) - bonus : Infinity;
    if ((vb[j] as number) < minVb) minVb = vb[j] as number;
  }
  const rowBound = solver.rowBound;
  const K = Math.max(1, addPerMentee);
  const topV = new Float64Array(K);
  const topJ = new Int32Array(K);
  const topS = new Int32Array(K);
  /** Inserts a violating pair into the mentee's best K (descending; ties keep the lower j first). */
  const keepTop = (count: number, val: number, j: number, sc: number): number => {
    let at = count < K ? count : K - 1;
    while (at > 0 && (topV[at - 1] as number) < val) {
      topV[at] = topV[at - 1] as number;
      topJ[at] = topJ[at - 1] as number;
      topS[at] = topS[at - 1] as number;
      at--;
    }
    topV[at] = val;
    topJ[at] = j;
    topS[at] = sc;
    return count < K ? count + 1 : K;
  };
  let outMentee = new Int32Array(1024);
  let outMentor = new Int32Array(1024);
  let outScore = new Int32Array(1024);
  let n = 0;
  // After the first pass, a pair can only have turned violated if u_i or v_j went down: scan the
  // rows of such mentees, and in the other rows only the columns of such mentors.
  const dirtyU = solver.dirtyU;
  const dirtyV = solver.dirtyV;
  const cols: number[] = [];
  let dirtyRows = 0;
  for (let j = 0; j < M; j++) if (dirtyV[j] === 1 && (solver.cap[j] as number) > 0) cols.push(j);
  for (let i = 0; i < N; i++) if (dirtyU[i] === 1) dirtyRows++;
  const partial = solver.priced && dirtyRows * M + (N - dirtyRows) * cols.length * 4 < N * M;
  solver.priced = true;
  let skipped = 0;
  for (let i = 0; i < N; i++) {
    if (solver.mentorOf[i] === FIXED) continue;
    const ui = u[i] as number;
    // The core is optimal, so only pairs outside it can violate, and none of those scores above
    // the row's bound.
    if (rowBound !== null && (rowBound[i] as number) <= ui + minVb) {
      skipped++;
      continue;
    }
    let count = 0;
    if (partial && dirtyU[i] === 0) {
      const hasExcluded = excluded.start[i + 1] !== excluded.start[i];
      for (let c = 0; c < cols.length; c++) {
        const j = cols[c] as number;
        const sc = scores.score(i, j);
        if (sc > ui + (vb[j] as number) && sc >= 0) {
          if (hasExcluded && isExcluded(excluded, i, j)) continue;
          const val = sc - (vb[j] as number);
          if (count < K || val > (topV[K - 1] as number)) count = keepTop(count, val, j, sc);
        }
      }
    } else {
      scores.row(i, buf);
      applyExcluded(excluded, i, buf);
      for (let j = 0; j < M; j++) {
        const sc = buf[j] as number;
        if (sc > ui + (vb[j] as number) && sc >= 0) {
          const val = sc - (vb[j] as number);
          if (count < K || val > (topV[K - 1] as number)) count = keepTop(count, val, j, sc);
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
  return { count: n, skipped, mentee: outMentee, mentor: outMentor, score: outScore };
}

/** Adds priced arcs (new to the core) and unassigns their mentees with raised duals. */
export function addPricedArcs(solver: SolverState, p: Priced): void {
  const N = solver.N;
  const old = solver.start;
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
    mentor.set(solver.arcMentor.subarray(a, b), at);
    score.set(solver.arcScore.subarray(a, b), at);
    at += b - a;
    let raised = solver.u[i] as number;
    while (k < p.count && p.mentee[k] === i) {
      const j = p.mentor[k] as number;
      const sc = p.score[k] as number;
      mentor[at] = j;
      score[at] = sc;
      at++;
      const val = solver.bonus + sc - (solver.v[j] as number);
      if (val > raised) raised = val;
      k++;
    }
    if ((add[i + 1] as number) > 0) release(solver, i, raised);
  }
  solver.start = start;
  solver.arcMentor = mentor;
  solver.arcScore = score;
  solver.reverseStale = true;
}

/**
 * Raises u_i (dual feasibility on new arcs) and turns the mentee back into an unrouted supply.
 * Its mentor's slot becomes a hole when v_j > −tau (the slot may not simply go free).
 */
function release(solver: SolverState, i: number, raised: number): void {
  solver.dropActive = false;
  solver.u[i] = raised;
  const j = solver.mentorOf[i] as number;
  if (j >= 0) {
    solver.unlink(i, j);
    if ((solver.v[j] as number) + solver.tau > 0) {
      solver.hole[j] = (solver.hole[j] as number) + 1;
      solver.holeCount++;
    }
  }
  if (j !== EXCESS) {
    solver.mentorOf[i] = EXCESS;
    solver.excessCount++;
  }
}
