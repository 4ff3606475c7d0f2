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
 *   (L = 8; 32 when slots outnumber mentees) plus, for each mentor, its top mentees (16 per slot, fewer when slots outnumber
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
 * Where: solve-input.ts reads the problem (and BIG); core.ts builds the initial core;
 * solver-state.ts holds the matching, the duals and their small operations; bidding.ts is the
 * search-free start; augment.ts routes the rest with forward-search.ts and reverse-search.ts (and
 * the Hungarian phases, off by default); pricing.ts prices and restarts warm; result.ts assembles
 * the answer.
 *
 * Why this method: auction and cost-scaling need ε-scaling to be exact on integer weights and do
 * not leave the complementary-slackness duals that pricing and `whyNot` need; successive shortest
 * paths keep exact duals after every step, start warm after pricing, and with a search-free start
 * and reverse searches do one short Dijkstra per contested mentee.
 */

import { augmentAll } from "./augment.ts";
import { bid, greedy } from "./bidding.ts";
import { buildCore } from "./core.ts";
import { addPricedArcs, price } from "./pricing.ts";
import { assembleResult } from "./result.ts";
import {
  freeCapacity,
  MatchInputError,
  matchBonus,
  readCapacities,
  readExcluded,
  readLocked,
} from "./solve-input.ts";
import { SolverState } from "./solver-state.ts";
import type { MatchProblem, MatchResult, Objective } from "./types.ts";

export { MatchInputError };

/** The solver's knobs (they change the speed, never the optimum). */
export interface SolveTuning {
  /** Mentors kept per mentee in the initial core (dense sources). */
  corePerMentee: number;
  /**
   * … times this when slots outnumber mentees (Σc > N). Mentors then have fewer seeds each, and
   * the optimum reaches further down each mentee's list: on the reciprocal N = 5,000 instance
   * (Σc = 2.5·N) a core of 8 per mentee needs three pricing rounds and 1,200 added arcs, 32 needs
   * none (0.40 → 0.26 s); on the mentor–mentee instances (Σc = 0.83·N) 32 would cost 30 %.
   */
  plentifulCoreFactor: number;
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
  plentifulCoreFactor: 4,
  corePerSlot: 16,
  addPerMentee: 16,
  bidsPerMentee: 16,
  phases: false,
  reverse: true,
  reverseRatio: 2,
};

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

  const { cap, free, slots } = freeCapacity(capacity, fixedMentor);
  const minScore = objective === "max-score" ? 1 : 0;
  const core = buildCore(scores, cap, fixedMentor, excluded, minScore, tuning);
  const bonus = matchBonus(objective, core.maxScore, free, slots);

  const solver = new SolverState(N, M, cap, bonus, fixedMentor);
  solver.batch = tuning.phases;
  solver.reverse = tuning.reverse;
  solver.reverseRatio = tuning.reverseRatio;
  solver.setArcs(core.start, core.mentor, core.score);
  solver.rowBound = core.rowBound;
  const trace = tuning.trace;
  let mark = started;
  const phase = (name: string, extra: Record<string, number> = {}) => {
    if (!trace) return;
    const now = performance.now();
    trace(name, { ms: now - mark, excess: solver.excessCount, holes: solver.holeCount, ...extra });
    mark = now;
  };
  phase("core", { arcs: solver.arcCount() });
  greedy(solver);
  bid(solver, tuning.bidsPerMentee);
  phase("initial assignment");
  const augment = () => {
    const searches = solver.dijkstras;
    const pops = solver.pops;
    augmentAll(solver);
    phase("augment", {
      searches: solver.dijkstras - searches,
      reverse: solver.reverseSearches,
      sinkScans: solver.sinkScans,
      pops: solver.pops - pops,
      scans: solver.scans,
    });
  };
  augment();

  let pricingRounds = 0;
  if (!core.complete) {
    const buf = new Int32Array(M);
    for (;;) {
      pricingRounds++;
      solver.normalize();
      const found = price(scores, solver, excluded, buf, tuning.addPerMentee);
      phase("pricing", { added: found.count, skipped: found.skipped });
      if (found.count === 0) break;
      addPricedArcs(solver, found);
      greedy(solver);
      bid(solver, tuning.bidsPerMentee);
      augment();
    }
  }
  solver.normalize();
  return assembleResult(solver, scores, objective, excluded, core.maxScore, {
    solveMs: performance.now() - started,
    coreArcs: solver.arcCount(),
    pricingRounds,
  });
}
