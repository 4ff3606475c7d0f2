import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spreadShortlists } from "./spread-shortlists.ts";

const matrix = (rows: number[][]) => ({
  mentees: rows.length,
  mentors: rows[0]?.length ?? 0,
  score: (i: number, j: number) => rows[i]?.[j] ?? -1,
});

describe("spreadShortlists", () => {
  it("gives each mentee their best mentors when nobody is over-exposed", () => {
    const lists = spreadShortlists({
      ...matrix([
        [5, 9, 1],
        [7, 2, 8],
      ]),
      capacities: [1, 1, 1],
      shortlistSize: 2,
    });
    expect(lists.map((l) => l.map((e) => e.mentor))).toEqual([
      [1, 0],
      [2, 0],
    ]);
    expect(lists[0]?.[0]?.score).toBe(9);
  });

  it("shows a star mentor to no more than capacity × factor mentees", () => {
    // Everyone's favourite is mentor 0 (capacity 1, factor 2): only two mentees see them.
    const rows = Array.from({ length: 6 }, () => [100, 10, 9, 8, 7, 6]);
    const lists = spreadShortlists({
      ...matrix(rows),
      capacities: [1, 2, 2, 2, 2, 2],
      shortlistSize: 3,
      exposureFactor: 2,
    });
    const seenStar = lists.filter((l) => l.some((e) => e.mentor === 0)).length;
    expect(seenStar).toBe(2);
    for (const list of lists) expect(list).toHaveLength(3);
  });

  it("never shows forbidden pairs, hidden pairs or full mentors", () => {
    const lists = spreadShortlists({
      ...matrix([
        [-1, 5, 4, 3],
        [6, -1, 4, 3],
      ]),
      capacities: [1, 1, 0, 1],
      shortlistSize: 5,
      hidden: new Set(["1:3"]),
    });
    expect(lists.map((l) => l.map((e) => e.mentor))).toEqual([[1, 3], [0]]);
  });

  it("holds its promises on random cohorts, and is deterministic", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer(),
        (mentees, mentors, size, factor, seed) => {
          let state = seed >>> 0 || 1;
          const rand = () => {
            state = (state * 1103515245 + 12345) >>> 0;
            return state % 21;
          };
          const rows = Array.from({ length: mentees }, () =>
            Array.from({ length: mentors }, () => rand() - 3),
          );
          const capacities = Array.from({ length: mentors }, () => rand() % 3);
          const input = {
            ...matrix(rows),
            capacities,
            shortlistSize: size,
            exposureFactor: factor,
          };
          const lists = spreadShortlists(input);
          expect(spreadShortlists(input)).toEqual(lists);
          const row = (i: number, out: Int32Array) => out.set(rows[i] ?? []);
          expect(spreadShortlists({ ...input, row })).toEqual(lists);
          const shown = new Array(mentors).fill(0);
          lists.forEach((list, i) => {
            expect(list.length).toBeLessThanOrEqual(size);
            expect(new Set(list.map((e) => e.mentor)).size).toBe(list.length);
            for (const { mentor, score } of list) {
              expect(rows[i]?.[mentor]).toBe(score);
              expect(score).toBeGreaterThanOrEqual(0);
              expect(capacities[mentor]).toBeGreaterThan(0);
              shown[mentor]++;
            }
          });
          shown.forEach((count, j) => {
            expect(count).toBeLessThanOrEqual((capacities[j] ?? 0) * factor);
          });
        },
      ),
    );
  });
});
