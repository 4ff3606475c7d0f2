import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { randomCase, rng } from "./fixtures/random-cohort.ts";
import type { PersonProfile } from "./profile.ts";
import { createScorer } from "./score.ts";
import { solve } from "./solve.ts";
import { denseScores } from "./sources.ts";
import type { MatchProblem, MatchResult, Pair } from "./types.ts";
import { whyNot } from "./why-not.ts";

/** A problem from a small score matrix (-1 = not allowed). */
function matrix(rows: number[][], capacities: number[], extra: Partial<MatchProblem> = {}) {
  const N = rows.length;
  const M = capacities.length;
  const scores = denseScores(Int16Array.from(rows.flat()), N, M);
  return { scores, capacities, ...extra } satisfies MatchProblem;
}

/** A hand-made result with hand-computed optimal duals. */
function result(
  mentorOf: number[],
  menteeDual: number[],
  mentorDual: number[],
  matchBonus: number,
  problem: MatchProblem,
): MatchResult {
  const pairs: Pair[] = [];
  let totalScore = 0;
  mentorOf.forEach((j, i) => {
    if (j >= 0) {
      pairs.push([i, j]);
      totalScore += problem.scores.score(i, j);
    }
  });
  return {
    pairs,
    mentorOf: Int32Array.from(mentorOf),
    matched: pairs.length,
    totalScore,
    optimal: true,
    menteeDual: Float64Array.from(menteeDual),
    mentorDual: Float64Array.from(mentorDual),
    matchBonus,
    stats: { solveMs: 0, coreArcs: 0, pricingRounds: 0 },
  };
}

describe("whyNot with hand-made solutions", () => {
  // max-score. Mentee 0 likes mentor 0 (10) but the best cohort is 0→1 (4) + 1→0 (8) = 12,
  // against 10 + 1 = 11. Duals: u = [4, 1], v = [7, 0] (u+v ≥ w everywhere, = on the pairs).
  const p = matrix(
    [
      [10, 4],
      [8, 1],
    ],
    [1, 1],
    { objective: "max-score" },
  );
  const r = result([1, 0], [4, 1], [7, 0], 0, p);

  it("chosen: it is the pair", () => {
    expect(whyNot(p, r, undefined, 0, 1)).toMatchObject({ reason: "chosen", score: 4 });
  });

  it("capacity: the place went to a pairing that adds more, by the dual gap", () => {
    const w = whyNot(p, r, undefined, 0, 0);
    expect(w).toMatchObject({
      reason: "capacity",
      score: 10,
      holders: [1],
      chosenMentor: 1,
      chosenScore: 4,
      cohortLoss: 4 + 7 - 10,
      fewerMatched: false,
    });
    expect(w.text).toBe(
      "This mentor's only place went to mentees whose pairings add more to the whole cohort " +
        "(a mentee with 8; you would score 10). Giving it to you would lower the whole cohort's " +
        "match quality by at least 1 point.",
    );
  });

  it("lower-score: the chosen mentor scores higher, by how much", () => {
    const w = whyNot(p, r, undefined, 1, 1);
    expect(w).toMatchObject({
      reason: "lower-score",
      chosenMentor: 0,
      chosenScore: 8,
      scoreGap: 7,
      cohortLoss: 0,
    });
    expect(w.text).toMatch(
      /^Your mentor suits you better: 8 points against 1 point with this mentor, 7 points more\./,
    );
  });

  it("capacity that would cost a match: fewerMatched", () => {
    // max-matched-then-score, bonus 5·2+1 = 11, weights 16. Mentee 1 can only have mentor 0,
    // so giving mentor 0 to mentee 0 would leave mentee 1 without a mentor. u = [16, 0],
    // v = [16, 0]: the gap for (0, 0) is 16 ≥ the bonus.
    const q = matrix(
      [
        [5, 5],
        [5, -1],
      ],
      [1, 1],
    );
    const s = result([1, 0], [16, 0], [16, 0], 11, q);
    const w = whyNot(q, s, undefined, 0, 0);
    expect(w).toMatchObject({ reason: "capacity", cohortLoss: 16, fewerMatched: true });
    expect(w.text).toMatch(/would leave at least one more person without a mentor\.$/);
    expect(whyNot(q, s, undefined, 1, 1)).toMatchObject({
      reason: "forbidden",
      rule: { rule: "not-a-candidate" },
      text: "This mentor is not on your list of possible mentors for this run.",
    });
  });

  it("an unmatched mentee: every place was needed elsewhere", () => {
    // One mentor, one place; 0 → 0 (5) beats 1 → 0 (3). Bonus 6, weights 11 and 9.
    // u = [0, 0], v = [11]: the gap for (1, 0) is 2, the exact loss.
    const q = matrix([[5], [3]], [1]);
    const s = result([0, -1], [0, 0], [11], 6, q);
    const w = whyNot(q, s, undefined, 1, 0);
    expect(w).toMatchObject({ reason: "capacity", chosenMentor: -1, cohortLoss: 2 });
    expect(w.text).toMatch(/^You have no mentor in this run\. This mentor's only place/);
  });

  it("manager's edits: excluded, locked mentee, locked places, no capacity", () => {
    const q = matrix(
      [
        [5, 4, 3],
        [2, 6, 1],
      ],
      [1, 1, 0],
      { locked: [[1, 0]], excluded: [[0, 1]] },
    );
    // 1 → 0 is locked; 0 gets mentor 1? No: (0, 1) is excluded, so mentee 0 stays unmatched
    // (mentor 2 takes no one). Duals for the free part: u0 = 0, v1 = 0.
    const s = result([-1, 0], [0, 0], [0, 0, 0], 0, q);
    expect(whyNot(q, s, undefined, 0, 1)).toMatchObject({ reason: "excluded" });
    expect(whyNot(q, s, undefined, 1, 1)).toMatchObject({
      reason: "locked",
      by: "mentee",
      lockedMentor: 0,
    });
    expect(whyNot(q, s, undefined, 0, 0)).toMatchObject({ reason: "locked", by: "mentor" });
    expect(whyNot(q, s, undefined, 0, 2)).toMatchObject({ reason: "no-capacity" });
  });

  it("exact: solves with the pair locked in to say what it would really cost", () => {
    const res = solve(p);
    expect(res.totalScore).toBe(12);
    const w = whyNot(p, res, undefined, 1, 1, { exact: true });
    expect(w).toMatchObject({
      reason: "lower-score",
      forced: { matched: 2, totalScore: 11, fewerMatched: 0, scoreDrop: 1 },
    });
    expect(w.text).toMatch(/would lower the whole cohort's match quality by 1 point\.$/);
  });

  it("no-gain: max-score leaves a score-0 pair out", () => {
    const q = matrix([[0]], [1], { objective: "max-score" });
    const s = result([-1], [0], [0], 0, q);
    expect(whyNot(q, s, undefined, 0, 0)).toMatchObject({ reason: "no-gain" });
  });

  it("refuses duals that contradict the problem, and bad indices", () => {
    const bad = result([1, 0], [0, 0], [0, 0], 0, p);
    expect(() => whyNot(p, bad, undefined, 0, 0)).toThrow(/does not certify/);
    expect(() => whyNot(p, r, undefined, 2, 0)).toThrow(RangeError);
    expect(() => whyNot(p, r, undefined, 0, -1)).toThrow(RangeError);
  });

  it("names people and the rule when given the scorer", () => {
    const people: PersonProfile[] = [{ name: "Ana" }, { name: "Ben", manager: 0 }, { name: "Cy" }];
    const scorer = createScorer(
      { people, mentees: [1, 2], mentors: [0] },
      { weights: { crossDepartment: 1 } },
    );
    const problem = { scores: scorer, capacities: [1] };
    const res = solve(problem);
    expect(whyNot(problem, res, undefined, 0, 0)).toMatchObject({
      reason: "forbidden",
      rule: { rule: "reporting-chain", direction: "mentor-above", levels: 1 },
      text: "Ana is your manager: people in the same reporting line are never matched, so you can speak freely.",
    });
    expect(whyNot(problem, res, scorer, 1, 0)).toMatchObject({
      reason: "chosen",
      text: "Ana is your mentor in this run.",
    });
  });
});

describe("whyNot in words", () => {
  it("says where the chosen mentor makes the difference", () => {
    const people: PersonProfile[] = [
      { name: "Maya", department: 0, wants: [{ skill: 0, priority: 3 }] },
      { name: "Tomás", department: 0, offers: [{ skill: 0, level: 3 }] },
      { name: "Rui", department: 1 },
    ];
    const scorer = createScorer(
      { people, mentees: [0], mentors: [1, 2], catalog: { skills: ["Python"], maxLevel: 3 } },
      { weights: { skills: 1, crossDepartment: 2 }, rarityBoost: 0 },
    );
    const problem = { scores: scorer, capacities: [1, 1] };
    const res = solve(problem);
    expect(res.mentorOf[0]).toBe(0);
    const w = whyNot(problem, res, scorer, 0, 1);
    expect(w).toMatchObject({ reason: "lower-score", scoreGap: 7 });
    expect(w.text).toMatch(
      /^Tomás suits you better: 9 points against 2 points with Rui, 7 points more\. The biggest difference is in the skills you want to grow: 9 points more\./,
    );
  });
});

describe("whyNot agrees with the solver", () => {
  it("on random cohorts: every answer fits the solution and the dual gap bounds the loss", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const c = randomCase(seed, { maxPeople: 12 });
        const scorer = createScorer(c.cohort, c.config);
        const N = scorer.mentees;
        const M = scorer.mentors;
        const r = rng(seed ^ 0x5eed);
        const capacities = Array.from({ length: M }, () => Math.floor(r() * 3));
        const objective = r() < 0.5 ? "max-score" : "max-matched-then-score";
        const problem: MatchProblem = { scores: scorer, capacities, objective };
        // Sometimes a manager's edits: one locked pair, a few excluded pairs.
        if (N > 0 && M > 0 && r() < 0.4) {
          const i = Math.floor(r() * N);
          const j = Math.floor(r() * M);
          if (scorer.score(i, j) >= 0 && (capacities[j] as number) > 0) problem.locked = [[i, j]];
          const ex: Pair[] = [];
          for (let k = 0; k < 3; k++) {
            const a = Math.floor(r() * N);
            const b = Math.floor(r() * M);
            if (!(a === i && b === j)) ex.push([a, b]);
          }
          problem.excluded = ex;
        }
        const res = solve(problem);
        const B = res.matchBonus;
        const value = B * res.matched + res.totalScore;
        const load = new Array<number>(M).fill(0);
        for (const [, j] of res.pairs) load[j] = (load[j] as number) + 1;
        for (let i = 0; i < N; i++) {
          for (let j = 0; j < M; j++) {
            const w = whyNot(problem, res, undefined, i, j);
            expect(w.reason === "chosen").toBe(res.mentorOf[i] === j);
            expect(w.score).toBe(scorer.score(i, j));
            expect(w.text).not.toMatch(/dual|reduced cost|undefined|NaN/);
            if (w.reason === "forbidden") {
              expect(w.score).toBe(-1);
              expect(w.rule.rule).toBe(scorer.forbiddenRule(i, j)?.rule);
            }
            if (w.reason === "excluded") {
              expect(problem.excluded?.some(([a, b]) => a === i && b === j)).toBe(true);
            }
            if (w.reason === "no-capacity") expect(capacities[j]).toBe(0);
            if (w.reason === "capacity") {
              expect(load[j]).toBe(capacities[j]);
              expect(w.holders.length).toBe(capacities[j]);
            }
            if (w.reason === "lower-score") {
              expect(w.chosenMentor).toBe(res.mentorOf[i]);
              expect(w.chosenScore).toBeGreaterThanOrEqual(w.score);
            }
            if (w.reason === "no-gain") expect(w.score).toBe(0);
            if (w.reason === "capacity" || w.reason === "lower-score") {
              expect(w.cohortLoss).toBeGreaterThanOrEqual(0);
              // Force the pair in: the cohort loses at least the gap whyNot reported.
              const forced = solve({ ...problem, locked: [...(problem.locked ?? []), [i, j]] });
              const forcedValue = B * forced.matched + forced.totalScore;
              expect(value - forcedValue).toBeGreaterThanOrEqual(w.cohortLoss);
              if (w.fewerMatched) expect(forced.matched).toBeLessThan(res.matched);
              // With { exact: true } whyNot reports that forced arrangement itself.
              const e = whyNot(problem, res, undefined, i, j, { exact: true });
              expect(e.reason).toBe(w.reason);
              if (e.reason === "capacity" || e.reason === "lower-score") {
                expect(e.forced).toEqual({
                  matched: forced.matched,
                  totalScore: forced.totalScore,
                  fewerMatched: res.matched - forced.matched,
                  scoreDrop: res.totalScore - forced.totalScore,
                });
              }
            }
          }
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});
