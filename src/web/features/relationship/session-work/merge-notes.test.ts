import { describe, expect, it } from "vitest";
import { mergeNotes } from "./merge-notes.ts";

describe("mergeNotes", () => {
  it("keeps their version and adds my new lines below it", () => {
    expect(mergeNotes("We agreed on A.", "I think B matters too.")).toBe(
      "We agreed on A.\n\nI think B matters too.",
    );
  });

  it("doesn't repeat the lines both versions started from", () => {
    const base = "Goals for today\n- feedback";
    expect(mergeNotes(`${base}\n- their point`, `${base}\n- my point`)).toBe(
      `${base}\n- their point\n\n- my point`,
    );
  });

  it("changes nothing when mine adds nothing", () => {
    expect(mergeNotes("A\nB", "B")).toBe("A\nB");
    expect(mergeNotes("Theirs", "   ")).toBe("Theirs");
  });

  it("takes mine when theirs is empty", () => {
    expect(mergeNotes("", "Mine")).toBe("Mine");
  });
});
