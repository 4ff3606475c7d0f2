import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BenchInstance, profilesFromBenchInstance } from "./bench-profiles.ts";
import { naiveScore, randomCase } from "./fixtures/random-cohort.ts";
import type { Cohort, PersonProfile } from "./profile.ts";
import { createScorer } from "./score.ts";
import { FORBIDDEN } from "./types.ts";

type Fixture = BenchInstance & {
  forbidden: [number, number][];
  dense_sum: number;
  dense_sha256: string;
};

function fixture(name: string): Fixture {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), "utf8"));
}

describe("bit-exact port of the benchmark scoring (gen.py)", () => {
  for (const name of ["mm_n60_s1", "recip_n60_s2"]) {
    it(`reproduces ${name}.dense.i16: sum, sha256 and forbidden pairs`, () => {
      const json = fixture(name);
      const { cohort, config, capacities } = profilesFromBenchInstance(json);
      const scorer = createScorer(cohort, config);
      expect([scorer.mentees, scorer.mentors]).toEqual([json.N, json.M]);
      expect(Array.from(capacities)).toEqual(json.capacity);
      const N = json.N;
      const M = json.M;
      const dense = new Int16Array(N * M);
      const row = new Int32Array(M);
      let sum = 0;
      const forbidden: [number, number][] = [];
      for (let i = 0; i < N; i++) {
        scorer.row(i, row);
        for (let j = 0; j < M; j++) {
          const s = row[j] as number;
          dense[i * M + j] = s;
          sum += s;
          if (s === FORBIDDEN) forbidden.push([i, j]);
          expect(scorer.score(i, j)).toBe(s);
        }
      }
      expect(sum).toBe(json.dense_sum);
      expect(forbidden).toEqual(json.forbidden);
      const bytes = Buffer.from(dense.buffer); // little-endian on every platform Node runs on
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(json.dense_sha256);
      expect(scorer.maxScore).toBeGreaterThanOrEqual(json.max_score as number);
    });
  }

  it("names the rule of every forbidden benchmark pair", () => {
    const json = fixture("recip_n60_s2");
    const { cohort, config } = profilesFromBenchInstance(json);
    const scorer = createScorer(cohort, config);
    for (const [i, j] of json.forbidden) {
      const rule = scorer.forbiddenRule(i, j);
      expect(rule?.rule).toBe(i === j ? "self" : "reporting-chain");
    }
  });
});

describe("scorer against a naive reference", () => {
  it("row, score and parts agree with profiles read directly (random cohorts)", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const c = randomCase(seed);
        const scorer = createScorer(c.cohort, c.config);
        const M = scorer.mentors;
        const row = new Int32Array(M + 3).fill(12345);
        for (let i = 0; i < scorer.mentees; i++) {
          scorer.row(i, row);
          expect(row[M]).toBe(12345); // nothing written past the row
          for (let j = 0; j < M; j++) {
            const ref = naiveScore(c, i, j);
            expect(row[j], `row ${i},${j}`).toBe(ref.score);
            expect(scorer.score(i, j)).toBe(ref.score);
            expect(scorer.forbiddenRule(i, j)?.rule ?? null).toBe(ref.rule);
            const parts = scorer.parts(i, j);
            if (ref.rule === null) {
              expect(parts.reduce((s, p) => s + p.points, 0)).toBe(ref.score);
              expect(ref.score).toBeLessThanOrEqual(scorer.maxScore);
            }
            for (const p of parts) expect(p.points).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 120 },
    );
  }, 60_000);
});

describe("hard rules", () => {
  // 0 ← 1 ← 2 ← 3 (0 at the top), 4 reports to 1; 5 stands alone.
  const people: PersonProfile[] = [
    { name: "Ana" },
    { name: "Ben", manager: 0 },
    { name: "Cy", manager: 1 },
    { name: "Di", manager: 2, location: 0 },
    { name: "Eve", manager: 1, location: 1 },
    { name: "Fay", location: 1 },
  ];
  const everyone = [0, 1, 2, 3, 4, 5];
  const cohort: Cohort = { people, mentees: everyone, mentors: everyone };

  it("forbids the reporting chain in both directions and says how far apart", () => {
    const s = createScorer(cohort, { weights: {} });
    expect(s.forbiddenRule(3, 2)).toEqual({
      rule: "reporting-chain",
      direction: "mentor-above",
      levels: 1,
    });
    expect(s.forbiddenRule(3, 1)).toEqual({
      rule: "reporting-chain",
      direction: "mentor-above",
      levels: 2,
    });
    expect(s.forbiddenRule(3, 0)).toEqual({
      rule: "reporting-chain",
      direction: "mentor-above",
      levels: 3,
    });
    expect(s.forbiddenRule(0, 3)).toEqual({
      rule: "reporting-chain",
      direction: "mentee-above",
      levels: 3,
    });
    expect(s.forbiddenRule(3, 4)).toBeNull(); // cousins
    expect(s.forbiddenRule(3, 3)).toEqual({ rule: "self" });
    expect(s.score(3, 4)).toBe(0);
  });

  it("still forbids self-pairs with the reporting-chain rule switched off", () => {
    const s = createScorer(cohort, { weights: {}, rules: { reportingChain: false } });
    expect(s.forbiddenRule(3, 2)).toBeNull();
    expect(s.forbiddenRule(2, 2)).toEqual({ rule: "self" });
    const row = new Int32Array(6);
    s.row(2, row);
    expect(Array.from(row)).toEqual([0, 0, FORBIDDEN, 0, 0, 0]);
  });

  it("forbids excluded and previous pairs (previous in either order) and other locations", () => {
    const s = createScorer(cohort, {
      weights: { crossLocation: 3 },
      rules: {
        excludedPairs: [[5, 0]],
        previousPairs: [
          [0, 5],
          [4, 5],
        ],
        sameLocationRequired: true,
      },
    });
    expect(s.forbiddenRule(5, 0)).toEqual({ rule: "excluded" });
    expect(s.forbiddenRule(0, 5)).toEqual({ rule: "previous-pair" });
    expect(s.forbiddenRule(5, 4)).toEqual({ rule: "previous-pair" });
    expect(s.forbiddenRule(3, 5)).toEqual({ rule: "same-location-required" });
    // Unknown locations never forbid.
    expect(s.forbiddenRule(2, 5)).toBeNull();
  });

  it("refuses manager loops, bad people and bad weights with a clear message", () => {
    const loop: PersonProfile[] = [{ manager: 1 }, { manager: 0 }];
    expect(() =>
      createScorer({ people: loop, mentees: [0], mentors: [1] }, { weights: {} }),
    ).toThrow(/loop/);
    expect(() => createScorer({ people, mentees: [9], mentors: [0] }, { weights: {} })).toThrow(
      /Mentee 0 refers to person 9/,
    );
    expect(() => createScorer(cohort, { weights: { skills: 1.5 } })).toThrow(/whole number/);
    expect(() => createScorer(cohort, { weights: { goals: -1 } })).toThrow(/whole number/);
    expect(() =>
      createScorer(
        { people: [{ wants: [{ skill: 0, priority: 4 }] }], mentees: [0], mentors: [0] },
        { weights: { skills: 1 } },
      ),
    ).toThrow(/priority/);
    expect(() =>
      createScorer({ people: [{ goals: [5000] }], mentees: [0], mentors: [0] }, { weights: {} }),
    ).toThrow(/goal 5000 is not a valid id/);
  });
});

describe("criteria", () => {
  it("ranks skills by popularity when no rank is given: rarer skills count more", () => {
    // Skill 0 is wanted/offered by everyone, skill 1 by two people: skill 1 is rarer.
    const people: PersonProfile[] = [
      {
        wants: [
          { skill: 0, priority: 1 },
          { skill: 1, priority: 1 },
        ],
      },
      { offers: [{ skill: 0, level: 1 }] },
      {
        offers: [
          { skill: 1, level: 1 },
          { skill: 0, level: 1 },
        ],
      },
    ];
    const s = createScorer(
      { people, mentees: [0], mentors: [1, 2], catalog: { skillCount: 2 } },
      { weights: { skills: 1 }, rarityBoost: 4 },
    );
    expect(Array.from(s.rarity)).toEqual([1, 3]);
    expect(s.score(0, 0)).toBe(1);
    expect(s.score(0, 1)).toBe(1 + 3);
  });

  it("counts working-day overlap around the clock, or closeness within a threshold", () => {
    const people: PersonProfile[] = [
      { utcOffsetMinutes: 13 * 60 },
      { utcOffsetMinutes: -11 * 60 }, // 24 hours apart: the same clock time
      { utcOffsetMinutes: 8 * 60 + 30 },
      {},
    ];
    const cohort = { people, mentees: [0], mentors: [1, 2, 3] };
    const overlap = createScorer(cohort, { weights: { timeZone: 2 } });
    expect([0, 1, 2].map((j) => overlap.score(0, j))).toEqual([16, 6, 0]);
    const within = createScorer(cohort, {
      weights: { timeZone: 5 },
      timeZone: { mode: "within", hours: 4 },
    });
    expect([0, 1, 2].map((j) => within.score(0, j))).toEqual([5, 0, 0]);
  });

  it("a zero weight removes a criterion", () => {
    const people: PersonProfile[] = [
      { department: 0, location: 0, seniority: 1, goals: [3] },
      { department: 1, location: 1, seniority: 2, goals: [3] },
    ];
    const cohort = { people, mentees: [0], mentors: [1] };
    const all = createScorer(cohort, {
      weights: { crossDepartment: 1, crossLocation: 10, seniority: 100, goals: 1000 },
    });
    expect(all.score(0, 0)).toBe(1111);
    const some = createScorer(cohort, { weights: { crossDepartment: 1, goals: 1000 } });
    expect(some.score(0, 0)).toBe(1001);
    expect(some.parts(0, 0).map((p) => p.criterion)).toEqual(["goals", "crossDepartment"]);
  });
});
