import type { PersonSkills, SkillSummary } from "./api.ts";

/** One change to a person's skills, as the profile editor makes it. */
export type PersonSkillChange =
  | { list: "offered"; skill: SkillSummary; level: number; canTeach: boolean }
  | { list: "wanted"; skill: SkillSummary; priority: number }
  | { list: "offered" | "wanted"; skill: SkillSummary; remove: true };

/** The skills as they will be once the server has the change: what the editor shows meanwhile. */
export function applySkillChange(skills: PersonSkills, change: PersonSkillChange): PersonSkills {
  const others = <T extends { skill: SkillSummary }>(entries: T[]) =>
    entries.filter((entry) => entry.skill.id !== change.skill.id);
  if ("remove" in change) {
    return change.list === "offered"
      ? { ...skills, offered: others(skills.offered) }
      : { ...skills, wanted: others(skills.wanted) };
  }
  if (change.list === "offered") {
    const entry = { skill: change.skill, level: change.level, canTeach: change.canTeach };
    const at = skills.offered.findIndex((e) => e.skill.id === change.skill.id);
    const offered =
      at === -1 ? [...skills.offered, entry] : skills.offered.map((e, i) => (i === at ? entry : e));
    return { ...skills, offered };
  }
  const entry = { skill: change.skill, priority: change.priority };
  const at = skills.wanted.findIndex((e) => e.skill.id === change.skill.id);
  const wanted =
    at === -1 ? [...skills.wanted, entry] : skills.wanted.map((e, i) => (i === at ? entry : e));
  return { ...skills, wanted };
}

/** Alphabetical, so rows stay put while their level or priority changes. */
export const byName = (a: { skill: SkillSummary }, b: { skill: SkillSummary }) =>
  a.skill.name.localeCompare(b.skill.name);
