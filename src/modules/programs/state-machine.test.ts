import { describe, expect, it } from "vitest";
import { programStateEnum } from "../../db/schema-programs.ts";
import { slugify, uniqueSlug } from "./slug.ts";
import { NEXT_STATES, transitionProblem } from "./state-machine.ts";

describe("program states", () => {
  it("allows exactly the listed moves and explains every other one", () => {
    for (const from of programStateEnum.enumValues) {
      for (const to of programStateEnum.enumValues) {
        const problem = transitionProblem(from, to);
        if (NEXT_STATES[from].includes(to)) expect(problem, `${from} → ${to}`).toBeNull();
        else expect(problem, `${from} → ${to}`).toMatch(/^[A-Z].+\.$/);
      }
    }
  });
  it("never goes back once running, and closes only from running", () => {
    for (const earlier of ["draft", "enrolling", "matching"] as const) {
      expect(transitionProblem("running", earlier)).toContain("can't go back");
      expect(transitionProblem(earlier, "closing")).toBe(
        "A program can only start closing once it is running.",
      );
    }
  });
});

describe("slugs", () => {
  it("makes a plain address from a name", () => {
    expect(slugify("Grow Together 2026!")).toBe("grow-together-2026");
    expect(slugify("  Café São Paulo — mentoring  ")).toBe("cafe-sao-paulo-mentoring");
    expect(slugify("!!!")).toBe("program");
    expect(slugify("x".repeat(100))).toHaveLength(60);
  });
  it("adds a number when the address is taken", () => {
    expect(uniqueSlug("grow", new Set())).toBe("grow");
    expect(uniqueSlug("grow", new Set(["grow", "grow-2"]))).toBe("grow-3");
  });
});
