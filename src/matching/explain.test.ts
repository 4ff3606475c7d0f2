import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeRule, explain } from "./explain.ts";
import { randomCase } from "./fixtures/random-cohort.ts";
import type { Catalog, PersonProfile } from "./profile.ts";
import { createScorer } from "./score.ts";

const catalog: Catalog = {
  skills: ["Python", "public speaking", "negotiation", "SQL"],
  skillCount: 4,
  skillRank: [3, 0, 1, 2], // Python is the rarest, public speaking the most common
  maxLevel: 5,
  goals: ["stakeholder management", "leading a team"],
  departments: ["Sales", "Engineering"],
  locations: ["Lisbon", "Berlin"],
  languages: ["English", "Portuguese", "German"],
  questions: [
    {
      text: "how you like to get feedback",
      kind: "choice",
      options: ["in writing", "face to face"],
    },
    { text: "your pace", kind: "scale", options: ["steady", "balanced", "fast"] },
  ],
};

const people: PersonProfile[] = [
  {
    name: "Maya",
    manager: 2,
    department: 0,
    location: 0,
    seniority: 2,
    wants: [
      { skill: 0, priority: 3 },
      { skill: 1, priority: 1 },
    ],
    goals: [0, 1],
    answers: [0, 1],
    languages: [0, 1],
    utcOffsetMinutes: 0,
  },
  {
    name: "Tomás",
    department: 1,
    location: 1,
    seniority: 4,
    offers: [
      { skill: 0, level: 4 },
      { skill: 1, level: 2 },
    ],
    goals: [0],
    answers: [0, 2],
    languages: [1, 2],
    utcOffsetMinutes: 60,
  },
  { name: "Rui", department: 0, location: 0, seniority: 5 },
];
const cohort = { people, mentees: [0], mentors: [1, 2], catalog };
const config = {
  weights: {
    skills: 2,
    goals: 6,
    questionnaire: 3,
    seniority: 4,
    crossDepartment: 5,
    crossLocation: 2,
    language: 3,
    timeZone: 1,
  },
};

describe("explain", () => {
  it("lists every contribution in plain words, largest first, adding up to the score", () => {
    const scorer = createScorer(cohort, config);
    const e = explain(scorer, 0, 0);
    expect(e.forbidden).toBeNull();
    expect(e.score).toBe(scorer.score(0, 0));
    expect(e.contributions.reduce((s, c) => s + c.points, 0)).toBe(e.score);
    expect(e.contributions).toEqual([
      {
        criterion: "skills",
        points: 2 * 3 * 4 * 4, // weight · priority · level · rarity (rank 3 of 4 → 1 + ⌊4·3/4⌋)
        text: "Offers Python at level 4 of 5, which you ranked a top priority — one of the rarest skills here.",
      },
      {
        criterion: "questionnaire",
        points: 6 + 3,
        text: "A similar way of working: the same answers on how you like to get feedback, and close answers on your pace.",
      },
      { criterion: "timeZone", points: 7, text: "Your working days overlap by 7 hours." },
      {
        criterion: "goals",
        points: 6,
        text: "Both want to grow in stakeholder management.",
      },
      {
        criterion: "crossDepartment",
        points: 5,
        text: "Works in another department (Engineering): a fresh perspective.",
      },
      {
        criterion: "skills",
        points: 2 * 1 * 2 * 1,
        text: "Offers public speaking at level 2 of 5, which is on your wish list.",
      },
      {
        criterion: "seniority",
        points: 4,
        text: "Further along in their career than you, so they can share what lies ahead.",
      },
      { criterion: "language", points: 3, text: "You can talk in Portuguese." },
      {
        criterion: "crossLocation",
        points: 2,
        text: "Based in another location (Berlin): a chance to widen your network.",
      },
    ]);
  });

  it("says which rule forbids a pair, naming the relation", () => {
    const scorer = createScorer(cohort, config);
    const e = explain(scorer, 0, 1);
    expect(e.score).toBe(-1);
    expect(e.contributions).toEqual([]);
    expect(e.forbidden).toEqual({ rule: "reporting-chain", direction: "mentor-above", levels: 1 });
    expect(e.forbiddenText).toBe(
      "Rui is your manager: people in the same reporting line are never matched, so you can speak freely.",
    );
  });

  it("describes every rule without jargon", () => {
    const texts = [
      describeRule({ rule: "self" }),
      describeRule({ rule: "reporting-chain", direction: "mentor-above", levels: 2 }, "Ana"),
      describeRule({ rule: "reporting-chain", direction: "mentor-above", levels: 4 }, "Ana"),
      describeRule({ rule: "reporting-chain", direction: "mentee-above", levels: 1 }, "Ana"),
      describeRule({ rule: "reporting-chain", direction: "mentee-above", levels: 3 }, "Ana"),
      describeRule({ rule: "excluded" }),
      describeRule({ rule: "previous-pair" }),
      describeRule({ rule: "same-location-required" }, "Ana", "Berlin"),
    ];
    expect(texts[1]).toMatch(/^Ana is your manager's manager/);
    expect(texts[2]).toMatch(/^Ana is above you in your reporting line \(4 levels up\)/);
    expect(texts[3]).toMatch(/^Ana reports to you/);
    expect(texts[4]).toMatch(/^Ana is in your reporting line, 3 levels below you/);
    expect(texts[7]).toBe(
      "This program pairs people in the same location, and Ana is based in Berlin.",
    );
    for (const t of texts) expect(t).not.toMatch(/dual|reduced cost|FORBIDDEN|-1/);
  });

  it("falls back to plain wording without a catalog", () => {
    const scorer = createScorer(
      {
        people: [
          { wants: [{ skill: 1, priority: 2 }], goals: [3], answers: [1], languages: [0] },
          { offers: [{ skill: 1, level: 1 }], goals: [3], answers: [1], languages: [0] },
        ],
        mentees: [0],
        mentors: [1],
      },
      { weights: { skills: 1, goals: 1, questionnaire: 1, language: 1 }, rarityBoost: 0 },
    );
    expect(explain(scorer, 0, 0).contributions.map((c) => c.text)).toEqual([
      "Offers skill 1 at level 1 of 5, which you ranked a priority.",
      "A similar way of working: the same answer to 1 question.",
      "You both chose goal 3.",
      "You share a language.",
    ]);
  });

  it("adds up to the score for random pairs of random cohorts, largest first", () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const c = randomCase(seed);
        const scorer = createScorer(c.cohort, c.config);
        for (let i = 0; i < scorer.mentees; i++) {
          for (let j = 0; j < scorer.mentors; j++) {
            const e = explain(scorer, i, j);
            const score = scorer.score(i, j);
            expect(e.score).toBe(score);
            if (score >= 0) {
              expect(e.contributions.reduce((s, x) => s + x.points, 0)).toBe(score);
            } else {
              expect(e.forbiddenText).toBeTruthy();
            }
            for (let k = 1; k < e.contributions.length; k++) {
              expect(e.contributions[k - 1]?.points).toBeGreaterThanOrEqual(
                e.contributions[k]?.points as number,
              );
            }
            for (const x of e.contributions) {
              expect(x.text).toMatch(/^[A-Z].*\.$/);
              expect(x.text).not.toMatch(/undefined|NaN|dual/);
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
