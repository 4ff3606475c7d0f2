import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findReportingCycles, formatReportingChain } from "./cycles.ts";

const edges = (pairs: [string, string | null][]) => new Map(pairs);

describe("findReportingCycles", () => {
  it("finds nothing in a tree", () => {
    expect(
      findReportingCycles(
        edges([
          ["ceo", null],
          ["cto", "ceo"],
          ["dev", "cto"],
          ["cfo", "ceo"],
        ]),
      ),
    ).toEqual([]);
  });

  it("treats self-management as a cycle of one", () => {
    expect(findReportingCycles(edges([["ada", "ada"]]))).toEqual([["ada"]]);
  });

  it("finds a loop in reporting order, starting from its earliest member", () => {
    // ada → charles → grace → ada, with grace listed first
    const found = findReportingCycles(
      edges([
        ["grace", "ada"],
        ["ada", "charles"],
        ["charles", "grace"],
      ]),
    );
    expect(found).toEqual([["grace", "ada", "charles"]]);
  });

  it("leaves out people who merely report into a loop", () => {
    const found = findReportingCycles(
      edges([
        ["intern", "b"],
        ["a", "b"],
        ["b", "a"],
      ]),
    );
    expect(found).toEqual([["a", "b"]]);
  });

  it("finds several loops, in the order of their first member", () => {
    const found = findReportingCycles(
      edges([
        ["x", "y"],
        ["a", "a"],
        ["y", "x"],
        ["root", null],
      ]),
    );
    expect(found).toEqual([["x", "y"], ["a"]]);
  });

  it("ends a chain at a manager outside the map", () => {
    expect(
      findReportingCycles(
        edges([
          ["a", "outsider"],
          ["b", "a"],
        ]),
      ),
    ).toEqual([]);
  });

  it("handles a long chain without recursion", () => {
    const long = new Map<string, string | null>();
    const n = 200_000;
    for (let i = 0; i < n; i++) long.set(`p${i}`, i === 0 ? `p${n - 1}` : `p${i - 1}`);
    const [cycle = []] = findReportingCycles(long);
    expect(cycle).toHaveLength(n);
    expect(cycle[0]).toBe("p0");
    expect(cycle[1]).toBe(`p${n - 1}`);
  });

  it("returns exactly the keys that can reach themselves, each once, each step a manager edge", () => {
    const keys = ["a", "b", "c", "d", "e", "f", "g"];
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom(...keys, "outside"), { nil: null }), {
          minLength: keys.length,
          maxLength: keys.length,
        }),
        (managers) => {
          const graph = new Map(keys.map((k, i) => [k, managers[i] ?? null]));
          const cycles = findReportingCycles(graph);
          const inCycle = cycles.flat();
          expect(new Set(inCycle).size).toBe(inCycle.length);
          for (const cycle of cycles) {
            for (let i = 0; i < cycle.length; i++) {
              expect(graph.get(cycle[i] ?? "")).toBe(cycle[(i + 1) % cycle.length]);
            }
          }
          const reachesItself = (k: string) => {
            let node = graph.get(k);
            for (let steps = 0; steps < keys.length && node != null; steps++) {
              if (node === k) return true;
              node = graph.get(node);
            }
            return false;
          };
          expect(new Set(inCycle)).toEqual(new Set(keys.filter(reachesItself)));
        },
      ),
    );
  });
});

describe("formatReportingChain", () => {
  it("joins names with arrows", () => {
    expect(formatReportingChain(["Grace", "Charles", "Ada"])).toBe("Grace → Charles → Ada");
  });
});
