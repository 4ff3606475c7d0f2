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
  const second = new SecondChoice(solver);
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
    const b2 = second.value(i, j1);
    // The mentee of j1 with the smallest margin (the newcomer loses ties).
    let out = i;
    let outSecond = b2;
    let delta = b1 - b2;
    for (let k = solver.head[j1] as number; k !== -1; k = solver.next[k] as number) {
      const sk = second.value(k, j1);
      const margin = (u[k] as number) - sk;
      if (margin < delta) {
        delta = margin;
        out = k;
        outSecond = sk;
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

/**
 * max(0, max over the core arcs of i except to mentor `skip` of w_ij − v_j), remembered with the
 * mentor achieving it. While bidding, prices only rise, so a remembered value stays exact as long
 * as that mentor's price has not moved (or it was the floor 0): a full mentor's c mentees are
 * then not rescanned on every bid for it.
 */
class SecondChoice {
  private readonly solver: SolverState;
  private readonly remembered: Float64Array;
  private readonly mentor: Int32Array;
  private readonly skip: Int32Array;
  /** The price of `mentor` when the value was computed. */
  private readonly priceThen: Float64Array;

  constructor(solver: SolverState) {
    this.solver = solver;
    this.remembered = new Float64Array(solver.N);
    this.mentor = new Int32Array(solver.N);
    this.skip = new Int32Array(solver.N).fill(-1);
    this.priceThen = new Float64Array(solver.N);
  }

  value(i: number, skip: number): number {
    const v = this.solver.v;
    if (this.skip[i] === skip) {
      const m = this.mentor[i] as number;
      if (m === -1 || v[m] === this.priceThen[i]) return this.remembered[i] as number;
    }
    const { start, arcMentor, arcScore, bonus } = this.solver;
    let best = 0;
    let arg = -1;
    const b = start[i + 1] as number;
    for (let e = start[i] as number; e < b; e++) {
      const j = arcMentor[e] as number;
      if (j === skip) continue;
      const val = bonus + (arcScore[e] as number) - (v[j] as number);
      if (val > best) {
        best = val;
        arg = j;
      }
    }
    this.remembered[i] = best;
    this.mentor[i] = arg;
    this.skip[i] = skip;
    this.priceThen[i] = arg === -1 ? 0 : (v[arg] as number);
    return best;
  }
}
