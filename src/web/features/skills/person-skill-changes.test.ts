import { describe, expect, it } from "vitest";
import type { PersonSkills, SkillSummary } from "./api.ts";
import { applySkillChange, byName } from "./person-skill-changes.ts";

const skill = (name: string): SkillSummary => ({
  id: name.toLowerCase(),
  name,
  category: null,
  status: "approved",
});
const start: PersonSkills = {
  offered: [{ skill: skill("Python"), level: 3, canTeach: true }],
  wanted: [{ skill: skill("Rust"), priority: 1 }],
};

describe("applySkillChange", () => {
  it("adds a new skill at the end and changes an existing one in place", () => {
    const added = applySkillChange(start, {
      list: "offered",
      skill: skill("Go"),
      level: 2,
      canTeach: false,
    });
    expect(added.offered.map((e) => e.skill.name)).toEqual(["Python", "Go"]);
    const changed = applySkillChange(added, {
      list: "offered",
      skill: skill("Python"),
      level: 5,
      canTeach: false,
    });
    expect(changed.offered[0]).toEqual({ skill: skill("Python"), level: 5, canTeach: false });
    expect(changed.wanted).toBe(start.wanted);
  });

  it("changes a priority and removes from the right list only", () => {
    const changed = applySkillChange(start, { list: "wanted", skill: skill("Rust"), priority: 3 });
    expect(changed.wanted).toEqual([{ skill: skill("Rust"), priority: 3 }]);
    const removed = applySkillChange(changed, {
      list: "wanted",
      skill: skill("Rust"),
      remove: true,
    });
    expect(removed.wanted).toEqual([]);
    expect(removed.offered).toEqual(start.offered);
  });

  it("sorts rows by name", () => {
    const rows = [{ skill: skill("b") }, { skill: skill("A") }, { skill: skill("c") }];
    expect(rows.sort(byName).map((r) => r.skill.name)).toEqual(["A", "b", "c"]);
  });
});
