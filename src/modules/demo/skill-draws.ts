import type { DemoInput, DemoPerson } from "./generate-organization.ts";
import { type Department, SHARED_CATEGORIES } from "./org-shape.ts";
import { type Random, ZipfSampler } from "./random.ts";

type SkillNames = DemoInput["skills"];

/**
 * Skills drawn with a long tail: each department's own categories first, then everyone's. The
 * taxonomy's order is the popularity order, loosely (each skill moves a few places at random),
 * so that the well-known skills a starter list names first are the common ones.
 */
export function skillSamplers(
  skills: SkillNames,
  departments: readonly Department[],
  random: Random,
) {
  const indexes = skills.map((_, i) => i);
  const ranked = (filter: (category: string | null) => boolean) =>
    indexes
      .filter((i) => filter(skills[i]?.category ?? null))
      .map((skill, rank) => ({ skill, key: rank + random.next() * 6 }))
      .sort((a, b) => a.key - b.key)
      .map((entry) => entry.skill);
  const shared = ranked((c) => c !== null && SHARED_CATEGORIES.includes(c));
  const everything = ranked(() => true);
  const pools = new Map(
    departments.map((d) => [d.name, ranked((c) => c !== null && d.categories.includes(c))]),
  );
  const samplers = new Map<number[], ZipfSampler>();
  const samplerOf = (pool: number[]) => {
    const sampler = samplers.get(pool) ?? new ZipfSampler(pool.length);
    samplers.set(pool, sampler);
    return sampler;
  };
  const draw = (department: string) => {
    const own = pools.get(department) ?? [];
    const r = random.next();
    const pool =
      r < 0.7 && own.length > 0 ? own : r < 0.95 && shared.length > 0 ? shared : everything;
    return pool[samplerOf(pool).sample(random)] ?? -1;
  };
  const distinct = (department: string, count: number, taken: Set<number>) => {
    const out: number[] = [];
    for (let tries = 0; out.length < count && tries < count * 8; tries++) {
      const skill = draw(department);
      if (skill < 0 || taken.has(skill)) continue;
      taken.add(skill);
      out.push(skill);
    }
    return out;
  };
  return {
    offered(department: string, depth: number, manages: boolean) {
      if (skills.length === 0) return [];
      const experienced = depth <= 2 || manages;
      return distinct(department, random.int(2, experienced ? 6 : 5), new Set()).map((skill) => {
        const level = experienced ? random.int(3, 5) : random.int(1, 4);
        return { skill, level, canTeach: random.chance(level >= 3 ? 0.85 : 0.2) };
      });
    },
    wanted(department: string, offered: DemoPerson["offered"]) {
      if (skills.length === 0) return [];
      const taken = new Set(offered.map((o) => o.skill));
      return distinct(department, random.int(1, 4), taken).map((skill) => {
        const r = random.next();
        return { skill, priority: r < 0.3 ? 1 : r < 0.75 ? 2 : 3 };
      });
    },
  };
}
