import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_TUNING, solve, solveWith } from "./solve.ts";
import { bruteForce, check } from "./solve-check.ts";
import { denseScores, edgeListScores } from "./sources.ts";
import type { MatchProblem, Objective, Pair } from "./types.ts";

/** A random small problem: scores (-1 = forbidden), capacities, locked and excluded picks. */
const instance = fc
  .record({
    n: fc.integer({ min: 0, max: 7 }),
    m: fc.integer({ min: 0, max: 4 }),
    seed: fc.array(fc.integer({ min: -8, max: 20 }), { minLength: 28, maxLength: 28 }),
    caps: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }),
    lockPicks: fc.array(fc.tuple(fc.nat(6), fc.nat(3)), { maxLength: 3 }),
    excludePicks: fc.array(fc.tuple(fc.nat(6), fc.nat(3)), { maxLength: 4 }),
    objective: fc.constantFrom<Objective>("max-matched-then-score", "max-score"),
    edgeList: fc.boolean(),
  })
  .map(({ n, m, seed, caps, lockPicks, excludePicks, objective, edgeList }) => {
    // Scores: negative draws mean forbidden (about a quarter of the pairs).
    const rows = Array.from({ length: n }, (_, i) =>
      Array.from({ length: m }, (_, j) => {
        const s = seed[i * 4 + j] as number;
        return s < -2 ? -1 : Math.max(0, s);
      }),
    );
    const capacities = caps.slice(0, m);
    const excluded: Pair[] = [];
    const seen = new Set<string>();
    for (const [i, j] of excludePicks) {
      if (i < n && j < m && !seen.has(`${i},${j}`)) {
        seen.add(`${i},${j}`);
        excluded.push([i, j]);
      }
    }
    // Locked pairs that are valid: allowed, not excluded, one per mentee, within capacity.
    const locked: Pair[] = [];
    const used = new Array<number>(m).fill(0);
    const lockedMentee = new Set<number>();
    for (const [i, j] of lockPicks) {
      if (i >= n || j >= m || lockedMentee.has(i) || seen.has(`${i},${j}`)) continue;
      if ((rows[i] as number[])[j] === -1 || (used[j] as number) >= (capacities[j] as number)) {
        continue;
      }
      used[j] = (used[j] as number) + 1;
      lockedMentee.add(i);
      locked.push([i, j]);
    }
    return { n, m, rows, capacities, excluded, locked, objective, edgeList };
  });

function build(x: {
  n: number;
  m: number;
  rows: number[][];
  capacities: number[];
  excluded: Pair[];
  locked: Pair[];
  objective: Objective;
  edgeList: boolean;
}): MatchProblem {
  let scores: MatchProblem["scores"];
  if (x.edgeList) {
    const edges: [number, number, number][] = [];
    x.rows.forEach((r, i) => {
      r.forEach((s, j) => {
        if (s >= 0) edges.push([i, j, s]);
      });
    });
    scores = edgeListScores(x.n, x.m, edges);
  } else {
    const data = new Int16Array(x.n * x.m);
    x.rows.forEach((r, i) => {
      r.forEach((s, j) => {
        data[i * x.m + j] = s;
      });
    });
    scores = denseScores(data, x.n, x.m);
  }
  return {
    scores,
    capacities: x.capacities,
    objective: x.objective,
    locked: x.locked,
    excluded: x.excluded,
  };
}

/** A core of one arc per mentee: dense instances then need several pricing rounds. */
const TINY = {
  ...DEFAULT_TUNING,
  corePerMentee: 1,
  plentifulCoreFactor: 1,
  corePerSlot: 0,
  addPerMentee: 1,
  bidsPerMentee: 1,
  phases: true,
};
/** Plain successive shortest paths, one mentee at a time, no bidding. */
const PLAIN = { ...DEFAULT_TUNING, bidsPerMentee: 0, phases: false, reverse: false };
/** Reverse searches from the start (no bidding leaves many unrouted mentees). */
const REVERSE = {
  ...DEFAULT_TUNING,
  bidsPerMentee: 0,
  phases: false,
  reverse: true,
  reverseRatio: 0,
};

describe("solve: property tests against brute force", () => {
  it("finds the brute-force optimum, feasibly, with a valid dual certificate", () => {
    fc.assert(
      fc.property(instance, (x) => {
        const p = build(x);
        const best = bruteForce(p);
        for (const r of [
          solve(p),
          solveWith(p, TINY),
          solveWith(p, PLAIN),
          solveWith(p, REVERSE),
        ]) {
          expect(check(p, r)).toBeNull();
          expect(r.totalScore).toBe(best.score);
          if (x.objective === "max-matched-then-score") expect(r.matched).toBe(best.matched);
        }
      }),
      { numRuns: 400, seed: 20260415 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(instance, (x) => {
        const a = solve(build(x));
        const b = solve(build(x));
        expect(a.pairs).toEqual(b.pairs);
        expect(Array.from(a.menteeDual)).toEqual(Array.from(b.menteeDual));
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
