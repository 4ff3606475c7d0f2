import { NameMaker } from "./name-maker.ts";
import { DEPARTMENTS } from "./org-shape.ts";
import { bioOf, goalsOf, hireDate, mentoring, titleOf } from "./person-traits.ts";
import { Random } from "./random.ts";
import { skillSamplers } from "./skill-draws.ts";

export type DemoInput = {
  seed: number | string;
  size: number;
  /** The organization's taxonomy, in a stable order; people's skills are indexes into it. */
  skills: readonly { name: string; category: string | null }[];
  /** How many options each questionnaire question has (none: nobody answers). */
  questions: readonly { optionCount: number }[];
  objectiveCount: number;
  /** Email addresses are given.family@emailDomain. */
  emailDomain: string;
};

type Format = "one_to_one" | "group" | "peer" | "reverse" | "flash";

export type DemoPerson = {
  /** People come managers first: a person's manager always has a smaller index. */
  managerIndex: number | null;
  depth: number;
  name: string;
  preferredName: string | null;
  email: string;
  title: string;
  department: string;
  location: string;
  timeZone: string;
  languages: string[];
  hireDate: string;
  employeeId: string;
  bio: string | null;
  role: "admin" | "program_manager" | "member";
  openToMentor: boolean;
  mentorCapacity: number;
  openToBeMentored: boolean;
  preferredFormats: Format[];
  meetingPreference: "in_person" | "remote" | "either";
  offered: { skill: number; level: number; canTeach: boolean }[];
  wanted: { skill: number; priority: number }[];
  goals: { text: string; objective: number | null }[];
  /** One option index per question, or none at all. */
  answers: number[];
};

/** Levels of the org chart, the CEO's included: 4 for a small organization, up to 6. */
export const depthFor = (size: number) => (size < 60 ? 4 : size < 2000 ? 5 : 6);

/**
 * A whole demo organization as data, from a seed: the same input gives the same organization,
 * person for person. Pure: no database, clock or Math.random (the seeder writes it).
 */
export function generateOrganization(input: DemoInput): DemoPerson[] {
  const random = new Random(input.seed);
  const levels = depthFor(input.size);
  const departments = [...DEPARTMENTS]
    .sort((a, b) => b.weight - a.weight)
    .slice(0, Math.min(DEPARTMENTS.length, Math.max(3, Math.round(Math.sqrt(input.size) / 2))));
  const skillsOf = skillSamplers(input.skills, departments, random.fork("skills"));
  const names = new NameMaker(random.fork("names"), input.emailDomain);
  const people: DemoPerson[] = [];
  const tree = random.fork("tree");
  const traits = random.fork("traits");

  const add = (managerIndex: number | null, depth: number, department: string) => {
    people.push({ managerIndex, depth, department } as DemoPerson);
    return people.length - 1;
  };
  const ceo = add(null, 0, "Leadership");
  const sizes = shares(
    input.size - 1,
    departments.map((d) => d.weight),
  );
  // Department by department, level by level: heads under the CEO, then each level's people
  // spread over the level above with uneven spans.
  const levelsOf: number[][][] = departments.map((department, d) => {
    const head = add(ceo, 1, department.name);
    const rows = [[head]];
    for (const count of levelCounts((sizes[d] ?? 1) - 1, levels - 2)) {
      const above = rows[rows.length - 1] ?? [];
      const weights = above.map(() => 0.6 + tree.next() * 0.8);
      const total = weights.reduce((a, b) => a + b, 0);
      const row: number[] = [];
      let m = 0;
      let reached = weights[0] ?? 0;
      for (let i = 0; i < count; i++) {
        const target = ((i + 0.5) / count) * total;
        while (reached < target && m < above.length - 1) reached += weights[++m] ?? 0;
        row.push(add(above[m] ?? head, rows.length + 1, department.name));
      }
      rows.push(row);
    }
    return rows;
  });
  // Breadth first, so managers come before their reports whatever the department.
  const order = [ceo, ...levelsOf.flatMap((rows) => rows[0] ?? [])];
  for (let depth = 1; depth < levels; depth++) {
    for (const rows of levelsOf) order.push(...(rows[depth] ?? []));
  }
  const hasReports = new Set(people.map((p) => p.managerIndex).filter((m) => m !== null));
  const renumber = new Map(order.map((old, index) => [old, index]));
  const sorted = order.map((old) => people[old] as DemoPerson);

  return sorted.map((skeleton, index) => {
    const department = departments.find((d) => d.name === skeleton.department);
    const manages = hasReports.has(order[index] as number);
    const who = names.next();
    const location = who.location;
    const offered = skillsOf.offered(skeleton.department, skeleton.depth, manages);
    const wanted = skillsOf.wanted(skeleton.department, offered);
    const senior = skeleton.depth <= 2 || manages || traits.chance(0.35);
    const title = titleOf(skeleton.depth, levels, manages, senior, department, traits);
    return {
      managerIndex:
        skeleton.managerIndex === null ? null : (renumber.get(skeleton.managerIndex) ?? null),
      depth: skeleton.depth,
      name: who.name,
      preferredName: who.preferredName,
      email: who.email,
      title,
      department: skeleton.department,
      location: location.name,
      timeZone: location.timeZone,
      languages: who.languages,
      hireDate: hireDate(traits, skeleton.depth),
      employeeId: `E${String(index + 1).padStart(6, "0")}`,
      bio: bioOf(traits, title, location, offered, wanted, input.skills),
      role:
        index === 0 || (skeleton.department === "People" && skeleton.depth === 1)
          ? "admin"
          : skeleton.department === "People" && manages
            ? "program_manager"
            : "member",
      ...mentoring(traits, manages, senior),
      offered,
      wanted,
      goals: goalsOf(traits, wanted, input.skills, input.objectiveCount),
      answers: traits.chance(0.9)
        ? input.questions.map((q) => traits.int(0, Math.max(0, q.optionCount - 1)))
        : [],
    };
  });
}

/** Splits `total` in proportion to `weights` (largest remainders), each part at least 1. */
export function shares(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map((x) => Math.max(1, Math.floor(x)));
  let left = total - parts.reduce((a, b) => a + b, 0);
  // Lifting small parts to 1 may overshoot: take it back from the largest.
  while (left < 0) {
    const largest = parts.indexOf(Math.max(...parts));
    parts[largest] = (parts[largest] ?? 1) - 1;
    left++;
  }
  const byRemainder = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0]);
  for (let k = 0; left > 0; k = (k + 1) % parts.length, left--) {
    const i = byRemainder[k]?.[1] ?? 0;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}

/** People per level below a department head: growing by a common factor, adding up to `count`. */
export function levelCounts(count: number, levels: number): number[] {
  if (count <= 0 || levels <= 0) return [];
  const sumFor = (s: number) => {
    let sum = 0;
    for (let k = 1; k <= levels; k++) sum += s ** k;
    return sum;
  };
  let low = 1;
  let high = Math.max(1, count);
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (sumFor(mid) < count) low = mid;
    else high = mid;
  }
  const counts: number[] = [];
  let left = count;
  for (let k = 1; k <= levels && left > 0; k++) {
    const c = k === levels ? left : Math.min(left, Math.max(1, Math.round(low ** k)));
    counts.push(c);
    left -= c;
  }
  return counts;
}
