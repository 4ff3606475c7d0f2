import { describe, expect, it } from "vitest";
import { DEFAULT_TUNING, MatchInputError, solve, solveWith } from "./solve.ts";
import { bruteForce, check, dense } from "./solve-check.ts";
import { denseScores, edgeListScores, sparseScores } from "./sources.ts";
import type { MatchProblem, MatchResult, Pair } from "./types.ts";

function solveChecked(p: MatchProblem): MatchResult {
  const r = solve(p);
  expect(check(p, r)).toBeNull();
  return r;
}

describe("solve: edge cases", () => {
  it("handles no mentors", () => {
    const r = solveChecked({ scores: dense([[], [], []], 0), capacities: [] });
    expect(r.matched).toBe(0);
    expect(r.pairs).toEqual([]);
    expect(Array.from(r.mentorOf)).toEqual([-1, -1, -1]);
    expect(r.optimal).toBe(true);
  });

  it("handles no mentees", () => {
    const r = solveChecked({ scores: denseScores(new Int16Array(0), 0, 2), capacities: [1, 2] });
    expect(r.matched).toBe(0);
    expect(r.mentorOf.length).toBe(0);
  });

  it("never uses zero-capacity mentors", () => {
    const p = {
      scores: dense([
        [9, 1],
        [9, 1],
        [9, 1],
      ]),
      capacities: [0, 2],
    };
    const r = solveChecked(p);
    expect(r.pairs).toEqual([
      [0, 1],
      [1, 1],
    ]);
    expect(solveChecked({ ...p, capacities: [0, 0] }).matched).toBe(0);
  });

  it("matches nobody when every pair is forbidden", () => {
    const r = solveChecked({
      scores: dense([
        [-1, -1],
        [-1, -1],
      ]),
      capacities: [2, 2],
    });
    expect(r.matched).toBe(0);
    expect(r.totalScore).toBe(0);
  });

  it("breaks ties deterministically towards lower indices", () => {
    const p = {
      scores: dense([
        [5, 5],
        [5, 5],
        [5, 5],
      ]),
      capacities: [1, 1],
    };
    const a = solveChecked(p);
    const b = solveChecked(p);
    expect(a.pairs).toEqual(b.pairs);
    expect(a.matched).toBe(2);
    expect(a.mentorOf[2]).toBe(-1);
    const one = solveChecked({ scores: dense([[3, 3, 3]]), capacities: [1, 1, 1] });
    expect(one.pairs).toEqual([[0, 0]]);
  });

  it("solves a single mentee", () => {
    const r = solveChecked({ scores: dense([[1, 7, 3]]), capacities: [1, 1, 1] });
    expect(r.pairs).toEqual([[0, 1]]);
    expect(r.totalScore).toBe(7);
  });

  it("never pairs a person with themselves when everyone is on both sides", () => {
    // Three people, each a mentee and a mentor; self-pairs forbidden, self would score highest.
    const rows = [
      [-1, 4, 2],
      [4, -1, 2],
      [2, 2, -1],
    ];
    const r = solveChecked({ scores: dense(rows), capacities: [1, 1, 1] });
    for (const [i, j] of r.pairs) expect(i).not.toBe(j);
    expect(r.matched).toBe(3);
    expect(r.totalScore).toBe(bruteForce({ scores: dense(rows), capacities: [1, 1, 1] }).score);
  });

  it("keeps locked pairs even when they are not optimal", () => {
    const p: MatchProblem = {
      scores: dense([
        [9, 1],
        [1, 9],
      ]),
      capacities: [1, 1],
      locked: [[0, 1]],
    };
    const r = solveChecked(p);
    expect(r.pairs).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(r.totalScore).toBe(2);
  });

  it("rejects bad locked pairs with one-line errors", () => {
    const scores = dense([
      [5, -1],
      [5, 5],
    ]);
    const bad =
      (locked: Pair[], capacities = [1, 1]) =>
      () =>
        solve({ scores, capacities, locked });
    expect(bad([[0, 1]])).toThrow(MatchInputError);
    expect(bad([[0, 1]])).toThrow(/forbidden/);
    expect(
      bad([
        [0, 0],
        [1, 0],
      ]),
    ).toThrow(/capacity/);
    expect(
      bad([
        [1, 0],
        [1, 1],
      ]),
    ).toThrow(/more than once/);
    expect(bad([[2, 0]])).toThrow(/mentee 2 is outside/);
    expect(bad([[0, 5]])).toThrow(/mentor 5 is outside/);
    expect(() =>
      solve({ scores, capacities: [1, 1], locked: [[1, 1]], excluded: [[1, 1]] }),
    ).toThrow(/excluded/);
    for (const f of [bad([[0, 1]]), bad([[2, 0]])]) {
      try {
        f();
      } catch (e) {
        expect((e as Error).message).not.toContain("\n");
      }
    }
  });

  it("rejects bad capacities and excluded pairs", () => {
    const scores = dense([[1, 1]]);
    expect(() => solve({ scores, capacities: [1] })).toThrow(MatchInputError);
    expect(() => solve({ scores, capacities: [1, -1] })).toThrow(/capacity/);
    expect(() => solve({ scores, capacities: [1, 1.5] })).toThrow(/capacity/);
    expect(() => solve({ scores, capacities: [1, 1], excluded: [[0, 2]] })).toThrow(
      MatchInputError,
    );
  });

  it("never chooses an excluded pair", () => {
    const p: MatchProblem = {
      scores: dense([
        [9, 1],
        [9, 8],
      ]),
      capacities: [1, 1],
      excluded: [[0, 0]],
    };
    const r = solveChecked(p);
    expect(r.pairs).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it("max-score and max-matched-then-score differ where they should", () => {
    // A likes X (10) and Y (1); B only X (1). Matching both scores 2; A–X alone scores 10.
    const scores = dense([
      [10, 1],
      [1, -1],
    ]);
    const matchedFirst = solveChecked({ scores, capacities: [1, 1] });
    expect(matchedFirst.matched).toBe(2);
    expect(matchedFirst.totalScore).toBe(2);
    const scoreOnly = solveChecked({ scores, capacities: [1, 1], objective: "max-score" });
    expect(scoreOnly.matched).toBe(1);
    expect(scoreOnly.totalScore).toBe(10);
    expect(scoreOnly.matchBonus).toBe(0);
  });

  it("pushes a weaker mentee out under max-score", () => {
    // Mentor 0 (capacity 1) is taken by mentee 0 first; mentee 1 scores higher there.
    const r = solveChecked({
      scores: dense([[3], [8]]),
      capacities: [1],
      objective: "max-score",
    });
    expect(r.pairs).toEqual([[1, 0]]);
  });
});

describe("solve: certificate and pricing", () => {
  it("returns duals that certify optimality on a mixed instance", () => {
    const N = 30;
    const M = 8;
    const rows: number[][] = [];
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < N; i++) {
      rows.push(Array.from({ length: M }, () => (rnd() < 0.2 ? -1 : Math.floor(rnd() * 40))));
    }
    const capacities = Array.from({ length: M }, (_, j) => j % 4);
    for (const objective of ["max-matched-then-score", "max-score"] as const) {
      const p: MatchProblem = {
        scores: dense(rows),
        capacities,
        objective,
        locked: ([[3, 1]] as Pair[]).filter(([i, j]) => (rows[i] as number[])[j] !== -1),
        excluded: [
          [0, 0],
          [5, 2],
        ],
      };
      const r = solveWith(p, {
        corePerMentee: 1,
        plentifulCoreFactor: 1,
        corePerSlot: 0,
        addPerMentee: 1,
        bidsPerMentee: 2,
        phases: true,
        reverse: true,
        reverseRatio: 1,
      });
      expect(check(p, r)).toBeNull();
      const d = solve(p);
      expect([d.matched, d.totalScore]).toEqual([r.matched, r.totalScore]);
    }
  });

  it("prices arcs outside the top-L core when the core alone is not optimal", () => {
    // 40 mentees all prefer mentors 0–15 (score 100); mentors 16–19 score 1 for everyone.
    // Each mentee's top-16 misses mentors 16–19, and their own top-2 seeds are mentees 0 and 1,
    // so the core alone matches at most 18. The optimum matches 20 (16·100 + 4·1).
    const N = 40;
    const M = 20;
    const rows = Array.from({ length: N }, () =>
      Array.from({ length: M }, (_, j) => (j < 16 ? 100 : 1)),
    );
    const p: MatchProblem = { scores: dense(rows), capacities: new Array(M).fill(1) };
    const r = solveWith(p, { ...DEFAULT_TUNING, corePerMentee: 16, corePerSlot: 2 });
    expect(check(p, r)).toBeNull();
    expect(r.stats.pricingRounds).toBeGreaterThanOrEqual(2);
    expect(r.matched).toBe(20);
    expect(r.totalScore).toBe(1604);
    // The default core gets there too (with or without pricing).
    const d = solve(p);
    expect(check(p, d)).toBeNull();
    expect([d.matched, d.totalScore]).toEqual([20, 1604]);
  });

  it("agrees with brute force when pricing must add arcs repeatedly", () => {
    const rows = [
      [5, 4, 3, 2, 1, 0],
      [5, 4, 3, 2, 1, 0],
      [5, 4, 3, 2, 1, 0],
      [5, 4, 3, 2, -1, 9],
      [5, 4, 3, 2, 1, 0],
      [0, 0, 0, 0, 0, 1],
      [2, -1, 7, 1, 1, 1],
    ];
    for (const objective of ["max-matched-then-score", "max-score"] as const) {
      const p: MatchProblem = { scores: dense(rows), capacities: [1, 1, 1, 1, 1, 2], objective };
      const r = solveWith(p, {
        corePerMentee: 1,
        plentifulCoreFactor: 1,
        corePerSlot: 0,
        addPerMentee: 1,
        bidsPerMentee: 1,
        phases: true,
        reverse: true,
        reverseRatio: 1,
      });
      expect(check(p, r)).toBeNull();
      expect(r.stats.pricingRounds).toBeGreaterThan(1);
      const b = bruteForce(p);
      expect(r.totalScore).toBe(b.score);
      if (objective !== "max-score") expect(r.matched).toBe(b.matched);
    }
  });
});

describe("score sources", () => {
  it("reads CSR rows in any order and answers by binary search", () => {
    const s = sparseScores(
      Int32Array.from([0, 3, 3, 4]),
      Int32Array.from([4, 0, 2, 1]),
      Int32Array.from([7, 1, 5, 3]),
      3,
      5,
    );
    expect([s.score(0, 0), s.score(0, 2), s.score(0, 4), s.score(0, 1), s.score(1, 0)]).toEqual([
      1, 5, 7, -1, -1,
    ]);
    const row = new Int32Array(5);
    s.row(0, row);
    expect(Array.from(row)).toEqual([1, -1, 5, -1, 7]);
    expect(s.allowedPairs).toBe(4);
    expect(s.maxScore).toBe(7);
    const seen: number[][] = [];
    s.forEachAllowed?.(0, (j, sc) => seen.push([j, sc]));
    expect(seen).toEqual([
      [0, 1],
      [2, 5],
      [4, 7],
    ]);
  });

  it("validates edge lists", () => {
    expect(() => edgeListScores(2, 2, [[0, 2, 1]])).toThrow(MatchInputError);
    expect(() => edgeListScores(2, 2, [[2, 0, 1]])).toThrow(/mentee 2/);
    expect(() => edgeListScores(2, 2, [[0, 0, -1]])).toThrow(/score/);
    expect(() => edgeListScores(2, 2, [[0, 0, 1.5]])).toThrow(/score/);
    expect(() =>
      edgeListScores(2, 2, [
        [0, 1, 1],
        [0, 1, 2],
      ]),
    ).toThrow(/twice/);
  });

  it("solves an edge list without pricing", () => {
    const scores = edgeListScores(3, 2, [
      [0, 1, 4],
      [0, 0, 2],
      [1, 0, 3],
      [2, 1, 9],
    ]);
    const p = { scores, capacities: [1, 1] };
    const r = solveChecked(p);
    expect(r.stats.pricingRounds).toBe(0);
    expect(r.matched).toBe(2);
    expect(r.totalScore).toBe(bruteForce(p).score);
  });

  it("dense and edge-list sources give the same optimum", () => {
    const rows = [
      [3, -1, 4],
      [1, 5, -1],
      [9, 2, 6],
      [5, 3, 5],
    ];
    const edges: [number, number, number][] = [];
    rows.forEach((r, i) => {
      r.forEach((s, j) => {
        if (s >= 0) edges.push([i, j, s]);
      });
    });
    const a = solveChecked({ scores: dense(rows), capacities: [1, 2, 1] });
    const b = solveChecked({ scores: edgeListScores(4, 3, edges), capacities: [1, 2, 1] });
    expect([a.matched, a.totalScore]).toEqual([b.matched, b.totalScore]);
  });
});
