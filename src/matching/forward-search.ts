/** The forward shortest-path search: Dijkstra on reduced costs from unrouted mentees. */
import { type SolverState, UNMATCHED } from "./solver-state.ts";

/**
 * One Dijkstra from the given unrouted mentees (a super-source: each starts at max u − u_s) to
 * the nearest deficit; updates the potentials and flips the path.
 */
export function forwardSearch(solver: SolverState, sources: Int32Array, count: number): void {
  solver.dijkstras++;
  solver.dropActive = false;
  const N = solver.N;
  const M = solver.M;
  const T = N + M;
  const dist = solver.dist;
  const state = solver.state;
  const pred = solver.pred;
  const predScore = solver.predScore;
  const touched = solver.touched;
  const scan = solver.scan;
  const heap = solver.heap;
  const u = solver.u;
  const v = solver.v;
  const cap = solver.cap;
  const load = solver.load;
  const hole = solver.hole;
  const mentorOf = solver.mentorOf;
  const start = solver.start;
  const arcMentor = solver.arcMentor;
  const arcScore = solver.arcScore;
  const head = solver.head;
  const next = solver.next;
  const bonus = solver.bonus;
  const tau = solver.tau;
  const sinkOpen = solver.excessCount > solver.holeCount;
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
    solver.pops++;
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
      solver.sinkScans++;
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
    solver.scans += nScan;
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
          solver.dirtyU[x] = 1;
        } else if (x < T) v[x - N] = (v[x - N] as number) + delta;
        else tauNew = tau - delta;
      }
    }
  }
  solver.tau = tauNew;

  solver.flip(terminal);

  // Reset the scratch of touched nodes only.
  solver.resetSearch(nTouched);
}
