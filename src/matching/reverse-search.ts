/** The reverse shortest-path search: Dijkstra from the sink to the nearest unrouted mentee. */
import { EXCESS, type SolverState } from "./solver-state.ts";

/** The incoming arcs of each mentor (CSC), from the core's CSR arcs. */
function buildReverse(solver: SolverState): void {
  const N = solver.N;
  const M = solver.M;
  const start = solver.start;
  const arcMentor = solver.arcMentor;
  const arcScore = solver.arcScore;
  const E = start[N] as number;
  const inStart = new Int32Array(M + 1);
  for (let e = 0; e < E; e++) {
    const j = arcMentor[e] as number;
    inStart[j + 1] = (inStart[j + 1] as number) + 1;
  }
  for (let j = 0; j < M; j++) inStart[j + 1] = (inStart[j + 1] as number) + (inStart[j] as number);
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
  solver.inStart = inStart;
  solver.inMentee = inMentee;
  solver.inScore = inScore;
  solver.reverseStale = false;
}

/**
 * One Dijkstra backwards from the sink over the residual graph, to the nearest unrouted mentee
 * (any of them: a shortest path from the set of supplies to the sink, as successive shortest
 * paths requires). Distances e(x) to the sink give new potentials p(x) + (E − e(x)) for every
 * settled node (E = the distance found), which keeps every reduced cost ≥ 0 and makes the path
 * tight; then the path is flipped. Used only while there are no holes.
 */
export function reverseSearch(solver: SolverState): void {
  solver.reverseSearches++;
  const N = solver.N;
  const M = solver.M;
  const T = N + M;
  if (solver.reverseStale) buildReverse(solver);
  const dist = solver.dist;
  const state = solver.state;
  const succ = solver.pred;
  const succScore = solver.succScore;
  const touched = solver.touched;
  const heap = solver.heap;
  const u = solver.u;
  const v = solver.v;
  const cap = solver.cap;
  const load = solver.load;
  const hole = solver.hole;
  const mentorOf = solver.mentorOf;
  const inStart = solver.inStart;
  const inMentee = solver.inMentee;
  const inScore = solver.inScore;
  const bonus = solver.bonus;
  const tau = solver.tau;
  const dropKey = solver.dropKey;
  const dropHeap = solver.dropHeap;
  const taken = solver.taken;
  const roomy = solver.roomy;
  if (!solver.dropActive) {
    dropHeap.clear();
    for (let i = 0; i < N; i++) {
      const m = mentorOf[i] as number;
      if (m >= 0 || m === EXCESS) {
        dropKey[i] = u[i] as number;
        dropHeap.update(i);
      }
    }
    let n = 0;
    for (let j = 0; j < M; j++) {
      if ((load[j] as number) + (hole[j] as number) < (cap[j] as number)) roomy[n++] = j;
    }
    solver.roomyCount = n;
    solver.dropActive = true;
  }
  let nTouched = 0;
  let nTaken = 0;
  let bound = Infinity;
  dist[T] = 0;
  state[T] = 2;
  touched[nTouched++] = T;
  // The mentors with room, ascending (a reverse search never gives a mentor room: drop the full).
  let nRoomy = 0;
  for (let q = 0; q < solver.roomyCount; q++) {
    const j = roomy[q] as number;
    if ((load[j] as number) + (hole[j] as number) >= (cap[j] as number)) continue;
    roomy[nRoomy++] = j;
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
  solver.roomyCount = nRoomy;
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
      if (key < (dist[k] as number)) {
        if (state[k] === 0) {
          state[k] = 1;
          touched[nTouched++] = k;
        }
        dist[k] = key;
        succ[k] = T;
        const m = mentorOf[k] as number;
        if (m === EXCESS) {
          bound = key;
          heap.update(k);
        } else {
          // A matched mentee: its mentor is reached at the same distance (see below).
          const y = N + m;
          if (state[y] !== 2 && key < (dist[y] as number)) {
            if (state[y] === 0) {
              state[y] = 1;
              touched[nTouched++] = y;
            }
            dist[y] = key;
            succ[y] = k;
            heap.update(y);
          }
        }
      }
    }
    if (heap.size === 0) break;
    const x = heap.pop();
    solver.pops++;
    state[x] = 2;
    const ex = dist[x] as number;
    if (x < N) {
      // Only unrouted mentees enter the heap: the nearest one ends the search.
      terminal = x;
      E = ex;
      break;
    }
    {
      const j = x - N;
      const base = ex + (v[j] as number) - bonus;
      const b = inStart[j + 1] as number;
      solver.scans++;
      for (let a = inStart[j] as number; a < b; a++) {
        const k = inMentee[a] as number;
        const sc = inScore[a] as number;
        const nd = base + (u[k] as number) - sc;
        const mk = mentorOf[k] as number;
        if (nd < (dist[k] as number) && nd < bound && mk !== j) {
          if (state[k] === 0) {
            state[k] = 1;
            touched[nTouched++] = k;
          }
          dist[k] = nd;
          succ[k] = x;
          succScore[k] = sc;
          if (mk === EXCESS) {
            bound = nd;
            heap.update(k);
          } else if (mk >= 0) {
            // A matched mentee leads on only to its own mentor, over its tight matched arc: the
            // mentor is reached at the same distance, at once. (An unmatched mentee is a dead end
            // backwards: its only way in is from the sink.) Neither needs a place in the heap;
            // their distances are final when the search ends, for the potentials.
            const y = N + mk;
            if (state[y] !== 2 && nd < (dist[y] as number)) {
              if (state[y] === 0) {
                state[y] = 1;
                touched[nTouched++] = y;
              }
              dist[y] = nd;
              succ[y] = k;
              heap.update(y);
            }
          }
        }
      }
    }
  }
  if (terminal === -1) throw new Error("matching solver: no augmenting path (internal error)");

  // Potentials: p(x) + (E − e(x)) for settled nodes (the sink included) and every mentee reached
  // closer than E (out of the heap, but final: see above).
  for (let q = 0; q < nTouched; q++) {
    const x = touched[q] as number;
    if (x === terminal) continue;
    if (state[x] !== 2 && x >= N) continue;
    const delta = E - (dist[x] as number);
    if (delta <= 0) continue;
    if (x < N) u[x] = (u[x] as number) + delta;
    else if (x < T) {
      v[x - N] = (v[x - N] as number) - delta;
      solver.dirtyV[x - N] = 1;
    } else solver.tau = tau + delta;
  }
  // Turn the successor chain into predecessors and flip it.
  const pred = solver.pred;
  let x = terminal;
  let prev = -1;
  while (x !== T) {
    const y = succ[x] as number;
    if (x < N && y < T) solver.predScore[y - N] = succScore[x] as number;
    succ[x] = prev;
    prev = x;
    x = y;
  }
  pred[T] = prev;
  solver.flip(T);

  // A settled mentor's matched arcs may have gone slack (its mentees were not all settled with
  // it): raise those mentees' u to make them tight again. Raising u_i is always safe — a
  // matched mentee's only incoming residual arc is from its mentor — and keeps the duals
  // complementary-slack, which the forward search relies on.
  const head = solver.head;
  const next = solver.next;
  const matchedScore = solver.matchedScore;
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
      // Most touched mentees kept their u and their place: nothing to do for them.
      if (dropKey[y] === u[y] && dropHeap.has(y)) continue;
      dropKey[y] = u[y] as number;
      dropHeap.fix(y);
    } else {
      dropHeap.remove(y);
    }
  }
  solver.resetSearch(nTouched);
}
