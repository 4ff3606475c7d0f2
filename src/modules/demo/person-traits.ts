import type { DemoInput, DemoPerson } from "./generate-organization.ts";
import { BIOS, type Department, GENERAL_GOALS, type Location, SKILL_GOALS } from "./org-shape.ts";
import type { Random } from "./random.ts";

/** The parts of a demo person that depend on where they sit: title, tenure, mentoring, words. */

type Format = DemoPerson["preferredFormats"][number];

export function titleOf(
  depth: number,
  levels: number,
  manages: boolean,
  senior: boolean,
  department: Department | undefined,
  random: Random,
) {
  if (depth === 0) return "Chief Executive Officer";
  if (!department) return "Team member";
  if (depth === 1) return department.leaders[0];
  if (manages) {
    const rung = Math.max(1, 3 - (levels - 2 - depth));
    return department.leaders[rung as 1 | 2 | 3];
  }
  return random.pick(senior ? department.seniors : department.juniors);
}

export function hireDate(random: Random, depth: number) {
  // Leaders tend to have been here longer; everyone joined between 2012 and 2025.
  const earliest = Date.UTC(2012, 0, 1);
  const span = Date.UTC(2025, 11, 31) - earliest;
  const tenure = depth <= 1 ? random.next() * 0.5 : random.next();
  return new Date(earliest + Math.floor(tenure * span)).toISOString().slice(0, 10);
}

export function mentoring(random: Random, manages: boolean, senior: boolean) {
  const openToMentor = random.chance(manages ? 0.55 : senior ? 0.45 : 0.15);
  const formats = (["one_to_one", "peer", "group", "flash", "reverse"] as const).filter((_, i) =>
    random.chance([0.8, 0.4, 0.25, 0.3, 0.15][i] ?? 0),
  );
  const meeting = random.next();
  return {
    openToMentor,
    mentorCapacity: openToMentor ? random.int(1, manages ? 4 : 3) : 1,
    openToBeMentored: random.chance(manages ? 0.25 : senior ? 0.4 : 0.65),
    preferredFormats: formats.length > 0 ? [...formats] : (["one_to_one"] as Format[]),
    meetingPreference: (meeting < 0.5 ? "either" : meeting < 0.8 ? "remote" : "in_person") as
      | "either"
      | "remote"
      | "in_person",
  };
}

type SkillNames = DemoInput["skills"];

export function bioOf(
  random: Random,
  title: string,
  location: Location,
  offered: DemoPerson["offered"],
  wanted: DemoPerson["wanted"],
  skills: SkillNames,
) {
  if (!random.chance(0.7)) return null;
  const skill = skills[offered[0]?.skill ?? -1]?.name ?? "learning together";
  const wish = skills[wanted[0]?.skill ?? -1]?.name ?? "something new";
  return random
    .pick(BIOS)
    .replace("{title}", title)
    .replace("{location}", location.name)
    .replace("{skill}", skill)
    .replace("{wanted}", wish);
}

export function goalsOf(
  random: Random,
  wanted: DemoPerson["wanted"],
  skills: SkillNames,
  objectiveCount: number,
) {
  const count = random.int(0, 3);
  const goals: DemoPerson["goals"] = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const skill = skills[wanted[i]?.skill ?? -1]?.name;
    const text =
      skill && random.chance(0.6)
        ? random.pick(SKILL_GOALS).replace("{skill}", skill)
        : random.pick(GENERAL_GOALS);
    if (used.has(text)) continue;
    used.add(text);
    const linked = objectiveCount > 0 && random.chance(0.4);
    goals.push({ text, objective: linked ? random.int(0, objectiveCount - 1) : null });
  }
  return goals;
}
