/**
 * Routing the remaining unrouted mentees by shortest augmenting paths: forward searches from one
 * mentee, or reverse searches from the sink once free slots are scarce; and, when tuned on, the
 * Hungarian phases (tight paths first, then one multi-source Dijkstra).
 */
import { greedy } from "./bidding.ts";
import { forwardSearch } from "./forward-search.ts";
import { reverseSearch } from "./reverse-search.ts";
import { EXCESS, type SolverState, UNMATCHED } from "./solver-state.ts";

/** Routes every unrouted mentee by a shortest augmenting path (index order). */
export function augmentAll(solver: SolverState): void {
  const N = solver.N;
  const list = solver.sources;
  greedy(solver);
  if (solver.holeCount === 0 && solver.batch) {
    // Hungarian phases: augment along tight paths first; when none is left, one Dijkstra from
    // all unrouted mentees at once raises the duals of everything it reached (and flips the
    // shortest path), which usually makes many more paths tight.
    for (;;) {
      tightPass(solver);
      let n = 0;
      for (let i = 0; i < N; i++) {
        if (solver.mentorOf[i] !== EXCESS) continue;
        solver.u[i] = Math.max(solver.tau, solver.best(i).value);
        solver.dirtyU[i] = 1;
        list[n++] = i;
      }
      if (n === 0) return;
      forwardSearch(solver, list, n);
      if (solver.holeCount !== 0) break;
    }
  }
  // Searches go forward (from one unrouted mentee) or in reverse (from the sink, to the
  // nearest unrouted mentee): reverse once free slots are scarce (free slots × reverseRatio <
  // unrouted mentees), forward while they abound.
  let next = 0;
  let mode = 0;
  let countdown = 0;
  while (solver.excessCount > 0) {
    if (countdown-- <= 0) {
      mode =
        solver.reverse &&
        solver.holeCount === 0 &&
        solver.spareSlots() * solver.reverseRatio < solver.excessCount
          ? 1
          : 0;
      countdown = 31;
    }
    if (mode === 1) {
      reverseSearch(solver);
      continue;
    }
    while (solver.mentorOf[next] !== EXCESS) next = next + 1 < N ? next + 1 : 0;
    const i = next;
    // The smallest u_i that keeps i's arcs feasible: shorter paths, same optimum.
    solver.u[i] = Math.max(solver.tau, solver.best(i).value);
    solver.dirtyU[i] = 1;
    list[0] = i;
    forwardSearch(solver, list, 1);
  }
}

/**
 * Augments along paths of tight arcs only (reduced cost 0), from every unrouted mentee, by
 * depth-first search with one visited mark per pass (Hopcroft–Karp style). Any such path keeps
 * every invariant, so no duals change. Only used while there are no holes.
 */
function tightPass(solver: SolverState): void {
  solver.dropActive = false;
  const N = solver.N;
  const T = N + solver.M;
  const u = solver.u;
  const v = solver.v;
  const cap = solver.cap;
  const load = solver.load;
  const mentorOf = solver.mentorOf;
  const start = solver.start;
  const arcMentor = solver.arcMentor;
  const arcScore = solver.arcScore;
  const head = solver.head;
  const next = solver.next;
  const pred = solver.pred;
  const predScore = solver.predScore;
  const bonus = solver.bonus;
  const tau = solver.tau;
  const visit = solver.visit;
  const iter = solver.iter;
  const stack = solver.touched;
  const stamp = ++solver.stamp;
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
    if (found) solver.flip(T);
  }
}
