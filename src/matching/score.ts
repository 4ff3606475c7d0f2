/**
 * The scorer: profiles + a program's weights → pair scores, as a sum of named contributions.
 *
 * Profiles are compiled once into flat typed arrays (`compile-cohort.ts`, `compile-lists.ts`:
 * per-person scalars as Int32Array, goals and languages as bitsets, skills as sorted id lists
 * plus an inverted index skill → mentors, the manager tree as Euler-tour intervals), so a
 * mentee's whole row of scores is a handful of tight loops over typed arrays (`row-kernel.ts`);
 * one pair's score and its named parts are in `pair-score.ts`, the hard rules in `hard-rules.ts`.
 */

import { type CompiledCohort, compileCohort } from "./compile-cohort.ts";
import { type ForbiddenRule, forbiddenRule } from "./hard-rules.ts";
import { type Part, pairParts, pairScore } from "./pair-score.ts";
import type { Cohort, ScoringConfig } from "./profile.ts";
import { scoreRow } from "./row-kernel.ts";
import type { PairScores } from "./types.ts";

export type { ForbiddenRule } from "./hard-rules.ts";
export type { Part } from "./pair-score.ts";

/** The criteria a score is made of, in a fixed order. */
export const CRITERIA = [
  "skills",
  "goals",
  "questionnaire",
  "seniority",
  "crossDepartment",
  "crossLocation",
  "language",
  "timeZone",
] as const;
export type Criterion = (typeof CRITERIA)[number];

/**
 * Scores every (mentee, mentor) pair of a cohort under one program's weights and rules.
 * Implements {@link PairScores}: hand it to `solve` as `problem.scores`.
 */
export class ProfileScorer implements PairScores {
  readonly mentees: number;
  readonly mentors: number;
  readonly maxScore: number;
  readonly cohort: Cohort;
  readonly config: ScoringConfig;
  /** Resolved integer weights, 0 for criteria switched off. */
  readonly weights: Readonly<Record<Criterion, number>>;
  /** Rarity factor of each skill id (1 = common … 1 + rarityBoost = rarest). */
  readonly rarity: Int32Array;
  readonly skillCount: number;
  readonly rarityBoost: number;
  readonly timeZoneMode: "overlap" | "within";
  /** Working day (overlap mode) or closeness threshold (within mode), in minutes. */
  readonly timeZoneMinutes: number;
  private readonly compiled: CompiledCohort;

  constructor(cohort: Cohort, config: ScoringConfig) {
    const compiled = compileCohort(cohort, config);
    this.compiled = compiled;
    this.cohort = cohort;
    this.config = config;
    this.mentees = compiled.mentees;
    this.mentors = compiled.mentors;
    this.maxScore = compiled.maxScore;
    this.weights = compiled.weights;
    this.rarity = compiled.rarity;
    this.skillCount = compiled.skillCount;
    this.rarityBoost = compiled.rarityBoost;
    this.timeZoneMode = compiled.timeZoneMode;
    this.timeZoneMinutes = compiled.timeZoneMinutes;
  }

  /** Which hard rule forbids (mentee, mentor), or null when the pair is allowed. */
  forbiddenRule(mentee: number, mentor: number): ForbiddenRule | null {
    this.check(mentee, mentor);
    return forbiddenRule(this.compiled, mentee, mentor);
  }

  private check(i: number, j: number): void {
    if (!Number.isInteger(i) || i < 0 || i >= this.mentees) {
      throw new RangeError(`There is no mentee ${i} (0..${this.mentees - 1}).`);
    }
    if (!Number.isInteger(j) || j < 0 || j >= this.mentors) {
      throw new RangeError(`There is no mentor ${j} (0..${this.mentors - 1}).`);
    }
  }

  /** The score of (mentee, mentor), or FORBIDDEN (-1). */
  score(mentee: number, mentor: number): number {
    return pairScore(this.compiled, mentee, mentor);
  }

  /**
   * Writes the scores of one mentee against every mentor into `out` (length ≥ mentors); see
   * `row-kernel.ts` for how a row touches only the mentors each criterion changes.
   */
  row(mentee: number, out: Int32Array): void {
    scoreRow(this.compiled, mentee, out);
  }

  /**
   * The named parts of (mentee, mentor)'s score, one per shared skill and per shared goal,
   * in criterion order; parts worth 0 points are left out. Their points add up to the score
   * when the pair is allowed (a forbidden pair's parts are what it would have scored).
   */
  parts(mentee: number, mentor: number): Part[] {
    this.check(mentee, mentor);
    return pairParts(this.compiled, mentee, mentor);
  }

  /** The person index behind a mentee row. */
  menteePerson(mentee: number): number {
    return this.compiled.eP[mentee] as number;
  }

  /** The person index behind a mentor column. */
  mentorPerson(mentor: number): number {
    return this.compiled.mP[mentor] as number;
  }
}

/** Compiles a cohort's profiles under a program's scoring into a {@link ProfileScorer}. */
export function createScorer(cohort: Cohort, config: ScoringConfig): ProfileScorer {
  return new ProfileScorer(cohort, config);
}
