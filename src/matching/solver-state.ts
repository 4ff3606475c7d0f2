/**
 * The core solver's shared mutable state and its small operations: the arcs of the core (CSR),
 * the current b-matching (per-mentor linked lists), the dual potentials and the search scratch.
 * The algorithms that drive it live in bidding.ts, augment.ts, forward-search.ts,
 * reverse-search.ts and pricing.ts.
 */
import { IndexedHeap } from "./heap.ts";

export const UNMATCHED = -1;
/** A mentee whose unit is not routed yet (a supply node still to augment). */
export const EXCESS = -2;
/** A locked mentee: fixed to its mentor, not part of the optimisation. */
export const FIXED = -3;

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
 * `normalize()` shifts tau to 0 and clamps, giving the LP duals described in `solve.ts`.
 */
export class SolverState {
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
  readonly head: Int32Array;
  readonly next: Int32Array;
  readonly prev: Int32Array;
  readonly fixedMentor: Int32Array;
  start: Int32Array = new Int32Array(1);
  arcMentor: Int32Array = new Int32Array(0);
  arcScore: Int32Array = new Int32Array(0);
  // Dijkstra scratch.
  readonly dist: Float64Array;
  readonly state: Uint8Array;
  readonly pred: Int32Array;
  readonly predScore: Int32Array;
  readonly touched: Int32Array;
  readonly sources: Int32Array;
  readonly visit: Int32Array;
  readonly iter: Int32Array;
  stamp = 0;
  // Reverse search: incoming arcs per mentor (CSC), rebuilt when the arcs change, and a heap of
  // the mentees' "leave unmatched" arcs keyed by u_i (valid while `dropActive`).
  inStart: Int32Array = new Int32Array(1);
  inMentee: Int32Array = new Int32Array(0);
  inScore: Int32Array = new Int32Array(0);
  reverseStale = true;
  readonly dropKey: Float64Array;
  readonly dropHeap: IndexedHeap;
  dropActive = false;
  readonly succScore: Int32Array;
  readonly taken: Int32Array;
  /** Mentors with room (a superset, ascending; valid, like the drop heap, while `dropActive`). */
  readonly roomy: Int32Array;
  roomyCount = 0;
  /** Use reverse searches (from the sink) while spare slots are scarcer than unrouted mentees. */
  reverse = true;
  reverseRatio = 1;
  reverseSearches = 0;
  /** Use Hungarian phases (tight-path passes + multi-source Dijkstra) while there are no holes. */
  batch = true;
  /** Mentees to scan at the current distance (a popped mentee, or a popped mentor's mentees). */
  readonly scan: Int32Array;
  readonly heap: IndexedHeap;
  dijkstras = 0;
  /** Nodes whose dual went down since the last pricing: only their pairs can turn violated. */
  readonly dirtyU: Uint8Array;
  readonly dirtyV: Uint8Array;
  /** False until the first pricing pass over everything. */
  priced = false;
  /**
   * Per mentee, an upper bound on the score of every allowed pair NOT in the core (the row's
   * L-th best score when the core kept its top L; −∞ when the core holds the whole row). A row
   * whose bound is ≤ u_i + min_j(v_j − bonus) cannot hold a violated pair: pricing skips it.
   */
  rowBound: Float64Array | null = null;
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
    this.roomy = new Int32Array(M);
    this.scan = new Int32Array(N + 1);
    this.heap = new IndexedHeap(nodes, this.dist);
  }

  /** Clears the search scratch, visiting only the nodes the last search touched. */
  resetSearch(nTouched: number): void {
    this.heap.clear();
    for (let t = 0; t < nTouched; t++) {
      const y = this.touched[t] as number;
      this.dist[y] = Infinity;
      this.state[y] = 0;
    }
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

  link(i: number, j: number): void {
    const h = this.head[j] as number;
    this.next[i] = h;
    this.prev[i] = -1;
    if (h !== -1) this.prev[h] = i;
    this.head[j] = i;
    this.load[j] = (this.load[j] as number) + 1;
  }

  unlink(i: number, j: number): void {
    const p = this.prev[i] as number;
    const n = this.next[i] as number;
    if (p !== -1) this.next[p] = n;
    else this.head[j] = n;
    if (n !== -1) this.prev[n] = p;
    this.load[j] = (this.load[j] as number) - 1;
  }

  /** Moves mentee i (from wherever it is) to mentor j along an arc of score sc. */
  join(i: number, j: number, sc: number): void {
    const was = this.mentorOf[i] as number;
    if (was >= 0) this.unlink(i, was);
    else if (was === EXCESS) this.excessCount--;
    this.mentorOf[i] = j;
    this.matchedScore[i] = sc;
    this.link(i, j);
  }

  /** Routes mentee i to "unmatched". */
  leave(i: number): void {
    const was = this.mentorOf[i] as number;
    if (was >= 0) this.unlink(i, was);
    else if (was === EXCESS) this.excessCount--;
    this.mentorOf[i] = UNMATCHED;
  }

  /** The best value max_j (w_ij − v_j) over the core arcs of i, and the mentor achieving it. */
  best(i: number): { value: number; mentor: number; score: number } {
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

  /** Σ free slots over the mentors. */
  spareSlots(): number {
    let n = 0;
    for (let j = 0; j < this.M; j++) {
      const free = (this.cap[j] as number) - (this.load[j] as number) - (this.hole[j] as number);
      if (free > 0) n += free;
    }
    return n;
  }

  /** Flips the path that `pred` traces back from `terminal` to its source (pred = -1). */
  flip(terminal: number): void {
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
}
