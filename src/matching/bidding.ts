/** Routing without search: the greedy pass and capacity-aware bidding (no Dijkstra). */
import { EXCESS, type SolverState } from "./solver-state.ts";

/**
 * Routing without search: each unrouted mentee whose best mentor has a hole, or a free slot
 * at price 0, takes it (u_i = w_ij − v_j, tight); a mentee with nothing worth more than staying
 * unmatched is routed to "unmatched" (while the sink still needs units). The rest are left for
 * the searches.
 */
export function greedy(solver: SolverState): void {
  solver.dropActive = false;
  const N = solver.N;
  const u = solver.u;
  for (let i = 0; i < N; i++) {
    if (solver.mentorOf[i] !== EXCESS) continue;
    const { value, mentor: j, score } = solver.best(i);
    const tau = solver.tau;
    const sinkOpen = solver.excessCount > solver.holeCount;
    u[i] = Math.max(tau, value);
    solver.dirtyU[i] = 1;
    if (value <= tau) {
      if (sinkOpen) solver.leave(i);
    } else if ((solver.hole[j] as number) > 0) {
      // Fill a hole left by a released mentee: the mentor's flow is unchanged.
      solver.hole[j] = (solver.hole[j] as number) - 1;
      solver.holeCount--;
      solver.join(i, j, score);
    } else if (
      sinkOpen &&
      (solver.load[j] as number) + (solver.hole[j] as number) < (solver.cap[j] as number) &&
      (solver.v[j] as number) + tau === 0
    ) {
      solver.join(i, j, score);
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
export function bid(solver: SolverState, rounds: number): void {
  solver.dropActive = false;
  const N = solver.N;
  const u = solver.u;
  const v = solver.v;
  const bonus = solver.bonus;
  const queue = new Int32Array(N + 1);
  const bids = new Uint16Array(N);
  let qHead = 0;
  let qTail = 0;
  let queued = 0;
  for (let i = 0; i < N; i++) {
    if (solver.mentorOf[i] === EXCESS) {
      queue[qTail++] = i;
      queued++;
    }
  }
  if (qTail === N + 1) qTail = 0;
  while (queued > 0) {
    const i = queue[qHead] as number;
    qHead = qHead === N ? 0 : qHead + 1;
    queued--;
    if (solver.mentorOf[i] !== EXCESS) continue;
    if ((bids[i] as number) >= rounds) continue;
    bids[i] = (bids[i] as number) + 1;
    const { value: b1, mentor: j1, score: s1 } = solver.best(i);
    const sinkOpen = solver.excessCount > solver.holeCount;
    if (b1 <= 0) {
      u[i] = 0;
      solver.dirtyU[i] = 1;
      if (sinkOpen) solver.leave(i);
      continue;
    }
    if ((solver.hole[j1] as number) > 0) {
      u[i] = b1;
      solver.dirtyU[i] = 1;
      solver.hole[j1] = (solver.hole[j1] as number) - 1;
      solver.holeCount--;
      solver.join(i, j1, s1);
      continue;
    }
    if ((solver.load[j1] as number) < (solver.cap[j1] as number)) {
      // A free slot (v = 0): usable only while the sink still needs units.
      u[i] = b1;
      solver.dirtyU[i] = 1;
      if (sinkOpen) solver.join(i, j1, s1);
      continue;
    }
    const b2 = solver.secondBest(i, j1);
    // The mentee of j1 with the smallest margin (the newcomer loses ties).
    let out = i;
    let outSecond = b2;
    let delta = b1 - b2;
    for (let k = solver.head[j1] as number; k !== -1; k = solver.next[k] as number) {
      const second = solver.secondBest(k, j1);
      const margin = (u[k] as number) - second;
      if (margin < delta) {
        delta = margin;
        out = k;
        outSecond = second;
      }
    }
    v[j1] = (v[j1] as number) + delta;
    for (let k = solver.head[j1] as number; k !== -1; k = solver.next[k] as number) {
      u[k] = (u[k] as number) - delta;
      solver.dirtyU[k] = 1;
    }
    let requeue = i;
    if (out !== i) {
      solver.unlink(out, j1);
      solver.mentorOf[out] = EXCESS;
      solver.excessCount++;
      u[out] = outSecond;
      solver.dirtyU[out] = 1;
      u[i] = bonus + s1 - (v[j1] as number);
      solver.dirtyU[i] = 1;
      solver.join(i, j1, s1);
      requeue = out;
    } else {
      u[i] = b2;
      solver.dirtyU[i] = 1;
    }
    queue[qTail] = requeue;
    qTail = qTail === N ? 0 : qTail + 1;
    queued++;
  }
}
