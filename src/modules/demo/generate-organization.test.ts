import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { starterTaxonomy } from "../skills/starter-taxonomy.ts";
import {
  type DemoInput,
  depthFor,
  generateOrganization,
  levelCounts,
  shares,
} from "./generate-organization.ts";
import { Random, ZipfSampler } from "./random.ts";

const input = (size: number, seed: number | string = 1): DemoInput => ({
  seed,
  size,
  skills: starterTaxonomy.skills.map((s) => ({ name: s.name, category: s.category })),
  questions: [{ optionCount: 3 }, { optionCount: 4 }, { optionCount: 2 }],
  objectiveCount: 5,
  emailDomain: "demo.example",
});

/** Levels of the org chart (the CEO's counted), checking every chain reaches the top. */
function levelsOf(people: ReturnType<typeof generateOrganization>) {
  let deepest = 0;
  people.forEach((person, index) => {
    let steps = 0;
    for (let at = index; people[at]?.managerIndex != null; steps++) {
      const manager = people[at]?.managerIndex as number;
      expect(manager).toBeLessThan(at);
      at = manager;
      expect(steps).toBeLessThan(people.length);
    }
    expect(steps).toBe(person.depth);
    deepest = Math.max(deepest, steps);
  });
  return deepest + 1;
}

describe("the demo organization", () => {
  it("is the same organization for the same seed, and another for another seed", () => {
    expect(generateOrganization(input(300, 7))).toEqual(generateOrganization(input(300, 7)));
    expect(generateOrganization(input(300, "demo"))).toEqual(
      generateOrganization(input(300, "demo")),
    );
    const names = (seed: number) => generateOrganization(input(300, seed)).map((p) => p.name);
    expect(names(7)).not.toEqual(names(8));
  });

  it.each([10, 59, 60, 300, 1999, 2000, 5000])(
    "has %i people in one tree 4 to 6 levels deep, managers first, no cycles",
    (size) => {
      const people = generateOrganization(input(size));
      expect(people).toHaveLength(size);
      expect(people.filter((p) => p.managerIndex === null)).toHaveLength(1);
      expect(people[0]?.managerIndex).toBeNull();
      const levels = levelsOf(people);
      expect(levels).toBe(depthFor(size));
      expect(levels).toBeGreaterThanOrEqual(4);
      expect(levels).toBeLessThanOrEqual(6);
    },
  );

  it("gives everyone a unique email, a title, a place with its time zone, and an administrator", () => {
    const people = generateOrganization(input(2000));
    expect(new Set(people.map((p) => p.email)).size).toBe(people.length);
    expect(new Set(people.map((p) => p.employeeId)).size).toBe(people.length);
    for (const person of people) {
      expect(person.email).toMatch(/^[a-z0-9]+\.[a-z0-9]+@demo\.example$/);
      expect(person.title.length).toBeGreaterThan(0);
      expect(person.timeZone).toMatch(/^[A-Z][a-z]+\/[A-Za-z_]+$/);
      expect(person.hireDate).toMatch(/^20(1[2-9]|2[0-5])-\d\d-\d\d$/);
    }
    expect(people[0]).toMatchObject({ title: "Chief Executive Officer", role: "admin" });
    expect(new Set(people.map((p) => p.department)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(people.map((p) => p.location)).size).toBeGreaterThanOrEqual(15);
    // Names in other scripts and with accents, for search to be tried on.
    expect(people.some((p) => /[\u0400-\u04ff]/.test(p.name))).toBe(true);
    expect(people.some((p) => /[\u4e00-\u9fff]/.test(p.name) && p.preferredName)).toBe(true);
    expect(people.some((p) => /[áéíóúãõçñ]/.test(p.name))).toBe(true);
  });

  it("spreads skills with a long tail: a few are everywhere, most are rare", () => {
    const people = generateOrganization(input(5000));
    const counts = new Map<number, number>();
    for (const person of people) {
      const offered = person.offered.map((o) => o.skill);
      expect(new Set(offered).size).toBe(offered.length);
      for (const want of person.wanted) expect(offered).not.toContain(want.skill);
      for (const skill of offered) counts.set(skill, (counts.get(skill) ?? 0) + 1);
      for (const o of person.offered) expect(o.level).toBeGreaterThanOrEqual(1);
      for (const o of person.offered) expect(o.level).toBeLessThanOrEqual(5);
      for (const w of person.wanted) expect([1, 2, 3]).toContain(w.priority);
    }
    const popularity = [...counts.values()].sort((a, b) => b - a);
    const median = popularity[Math.floor(popularity.length / 2)] ?? 0;
    expect(popularity[0]).toBeGreaterThan(median * 10);
    expect(counts.size).toBeGreaterThan(200);
  });

  it("answers the questionnaire within each question's options, and without questions, not at all", () => {
    for (const person of generateOrganization(input(500))) {
      if (person.answers.length === 0) continue;
      expect(person.answers).toHaveLength(3);
      expect(person.answers[0]).toBeLessThan(3);
      expect(person.answers[1]).toBeLessThan(4);
      expect(person.answers[2]).toBeLessThan(2);
    }
    const none = generateOrganization({ ...input(100), questions: [], skills: [] });
    expect(none.every((p) => p.answers.length === 0 && p.offered.length === 0)).toBe(true);
  });
});

describe("the pieces", () => {
  it("shares split a total exactly, at least 1 each", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 12, max: 200_000 }),
        (weights, total) => {
          const parts = shares(total, weights);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          expect(Math.min(...parts)).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });

  it("levelCounts add up, grow level by level and fill every level they can", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000 }),
        fc.integer({ min: 1, max: 5 }),
        (n, levels) => {
          const counts = levelCounts(n, levels);
          expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
          expect(counts.length).toBe(Math.min(n, levels));
          expect(Math.min(...counts, 1)).toBeGreaterThanOrEqual(1);
        },
      ),
    );
  });

  it("Zipf draws favour the first ranks", () => {
    const random = new Random(3);
    const sampler = new ZipfSampler(100);
    const hits = new Array(100).fill(0);
    for (let i = 0; i < 20_000; i++) hits[sampler.sample(random)]++;
    expect(hits[0]).toBeGreaterThan(hits[9] * 5);
    expect(hits[9]).toBeGreaterThan(hits[99]);
  });
});
