/**
 * Reads a benchmark instance (`matchbench-instance/1`, written by
 * `../shared/bench/matching/gen.py`) into the scorer's profiles and weights, so that
 * `createScorer(cohort, config)` reproduces the generator's `.dense.i16` score matrix exactly:
 *
 * ```
 * rarity[k] = 1 + ⌊4k / T⌋      (skill ids are popularity ranks)
 * skill     = Σ_{k ∈ wants(i) ∩ offers(j)} prio[i,k] · level[j,k] · rarity[k]
 * score     = 4·skill + 6·|goals(i) ∩ goals(j)| + 4·[depth(j) < depth(i)]
 *           + 5·[dept(i) ≠ dept(j)] + 2·[loc(i) ≠ loc(j)]
 * forbidden = reporting chain in either direction, or self (reciprocal instances)
 * ```
 */

import type { Cohort, PersonProfile, ScoringConfig } from "./profile.ts";

/** The fields of a benchmark instance JSON that the scorer needs. */
export interface BenchInstance {
  format?: string;
  name?: string;
  reciprocal?: boolean;
  N: number;
  M: number;
  params: {
    T_SKILLS: number;
    N_DEPTS?: number;
    N_LOCS?: number;
    N_GOALS?: number;
    weights: { skill: number; goal: number; senior: number; dept: number; loc: number };
  };
  people: readonly {
    id: number;
    manager: number;
    depth: number;
    dept: number;
    loc: number;
    offers: readonly (readonly [number, number])[];
    wants: readonly (readonly [number, number])[];
    goals: readonly number[];
  }[];
  mentees: readonly number[];
  mentors: readonly number[];
  capacity: readonly number[];
  big?: number;
  max_score?: number;
  dense_sum?: number;
  dense_sha256?: string;
}

export interface BenchProfiles {
  cohort: Cohort;
  config: ScoringConfig;
  /** Capacity of each mentor column. */
  capacities: Int32Array;
}

/** Profiles, scoring and capacities of a benchmark instance (`<name>.json`). */
export function profilesFromBenchInstance(json: BenchInstance): BenchProfiles {
  const T = json.params.T_SKILLS;
  const people: PersonProfile[] = json.people.map((p) => ({
    manager: p.manager,
    department: p.dept,
    location: p.loc,
    // The benchmark's seniority: closer to the top of the tree (smaller depth) is more senior.
    seniority: -p.depth,
    offers: p.offers.map(([skill, level]) => ({ skill, level })),
    wants: p.wants.map(([skill, priority]) => ({ skill, priority })),
    goals: p.goals,
  }));
  const skillRank = new Int32Array(T);
  for (let k = 0; k < T; k++) skillRank[k] = k;
  const w = json.params.weights;
  return {
    cohort: {
      people,
      mentees: Int32Array.from(json.mentees),
      mentors: Int32Array.from(json.mentors),
      catalog: { skillCount: T, skillRank, maxLevel: 3 },
    },
    config: {
      weights: {
        skills: w.skill,
        goals: w.goal,
        seniority: w.senior,
        crossDepartment: w.dept,
        crossLocation: w.loc,
      },
      rarityBoost: 4,
      rules: { reportingChain: true },
    },
    capacities: Int32Array.from(json.capacity),
  };
}
