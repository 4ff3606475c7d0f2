/**
 * What the scorer reads: people's profiles, the program's weights and its hard rules.
 *
 * Everything is referred to by small integer ids (skill 17, department 3, question 2, …) so the
 * scorer can compile profiles into flat typed arrays; the optional {@link Catalog} gives those
 * ids the names that `explain` and `whyNot` put into sentences.
 */

/** A skill a mentor offers, at a level from 1 (some experience) up to `Catalog.maxLevel`. */
export interface SkillOffer {
  readonly skill: number;
  readonly level: number;
}

/** A skill a mentee wants to grow, with a priority: 1 nice to have, 2 a priority, 3 top priority. */
export interface SkillWant {
  readonly skill: number;
  readonly priority: number;
}

/**
 * One person. Every field is optional: a missing field simply earns no points for the criteria
 * that need it (and never forbids a pair).
 */
export interface PersonProfile {
  /** Shown in explanations ("Sam is your manager"). */
  readonly name?: string;
  /** Index of this person's manager in the same `people` array; -1 or absent at the top. */
  readonly manager?: number;
  /** Department id (see `Catalog.departments`). */
  readonly department?: number;
  /** Location id (see `Catalog.locations`). */
  readonly location?: number;
  /** Seniority, higher = more senior (a job level; or minus the depth in the manager tree). */
  readonly seniority?: number;
  /** Skills this person can mentor others in. */
  readonly offers?: readonly SkillOffer[];
  /** Skills this person wants to grow in as a mentee. */
  readonly wants?: readonly SkillWant[];
  /** Goal / objective ids this person wants to work on. */
  readonly goals?: readonly number[];
  /**
   * Questionnaire answers: the chosen option's index for each question (`Catalog.questions`),
   * `null` or -1 when unanswered.
   */
  readonly answers?: readonly (number | null)[];
  /** Language ids this person can mentor or be mentored in. */
  readonly languages?: readonly number[];
  /** Offset of this person's local time from UTC, in minutes (e.g. +60 for Paris in winter). */
  readonly utcOffsetMinutes?: number;
}

/** A questionnaire question (deep-level similarity: work style, values). */
export interface Question {
  /** Short label used in sentences: "how you like to give feedback". */
  readonly text: string;
  /**
   * `choice`: answers match or they don't (2 points when equal). `scale`: ordered options,
   * 2 points for the same answer, 1 point for neighbouring answers.
   */
  readonly kind: "choice" | "scale";
  /** The option labels; an answer is an index into this list. */
  readonly options: readonly string[];
}

/** Names for the ids used in profiles. All optional; missing names read as "skill 17". */
export interface Catalog {
  readonly skills?: readonly string[];
  /**
   * Size of the skill taxonomy (used for rarity). Defaults to `skills.length`, or to the
   * largest skill id used + 1.
   */
  readonly skillCount?: number;
  /**
   * Popularity rank of each skill (0 = most popular), indexed by skill id. When absent the
   * scorer ranks skills by how many people offer or want them (ties: lower id first).
   */
  readonly skillRank?: ArrayLike<number>;
  /** Highest skill level (5 in the product; 3 in the benchmark). Default 5. */
  readonly maxLevel?: number;
  /** Goal phrases that read after "grow in": "stakeholder management". */
  readonly goals?: readonly string[];
  readonly departments?: readonly string[];
  readonly locations?: readonly string[];
  readonly languages?: readonly string[];
  readonly questions?: readonly Question[];
}

/**
 * The people of a program run. `mentees[i]` is the person in mentee row i, `mentors[j]` the
 * person in mentor column j. In "everyone is both" programs the same person index appears on
 * both sides (self-pairs are always forbidden).
 */
export interface Cohort {
  readonly people: readonly PersonProfile[];
  readonly mentees: ArrayLike<number>;
  readonly mentors: ArrayLike<number>;
  readonly catalog?: Catalog;
}

/**
 * Points per unit of each criterion; integers ≥ 0, and 0 (or absent) switches a criterion off.
 *
 * - `skills`: per unit of priority × level × rarity, summed over each skill the mentee wants
 *   and the mentor offers. Rarity is 1 + ⌊rarityBoost · rank / skillCount⌋ (rank 0 = most
 *   popular), so with the default boost of 4 rarity runs from 1 to 5.
 * - `goals`: per goal both want to work on.
 * - `questionnaire`: per similarity point (2 for the same answer, 1 for a neighbouring answer
 *   on a scale question).
 * - `seniority`: once, when the mentor is more senior than the mentee.
 * - `crossDepartment`, `crossLocation`: once, when they work in different departments / places.
 * - `language`: once, when they share at least one language.
 * - `timeZone`: per hour of working day in common (or once when the time zones are close, see
 *   {@link ScoringConfig.timeZone}).
 */
export interface Weights {
  readonly skills?: number;
  readonly goals?: number;
  readonly questionnaire?: number;
  readonly seniority?: number;
  readonly crossDepartment?: number;
  readonly crossLocation?: number;
  readonly language?: number;
  readonly timeZone?: number;
}

/** Hard rules: a pair that breaks one is forbidden, whatever its score. */
export interface Rules {
  /** Forbid a mentor above or below the mentee in the manager tree. Default true. */
  readonly reportingChain?: boolean;
  /** Only pair people in the same location (pairs with an unknown location stay allowed). */
  readonly sameLocationRequired?: boolean;
  /** Person pairs (either order) that were paired before and must not be paired again. */
  readonly previousPairs?: readonly (readonly [personA: number, personB: number])[];
  /** Person pairs [mentee person, mentor person] a program manager ruled out. */
  readonly excludedPairs?: readonly (readonly [menteePerson: number, mentorPerson: number])[];
}

/** A program's scoring: weights, a few tuning knobs, and hard rules. */
export interface ScoringConfig {
  readonly weights: Weights;
  /** Rarity steps above 1 (default 4: rarity 1..5). 0 makes every skill count the same. */
  readonly rarityBoost?: number;
  /**
   * How the time-zone criterion counts: `overlap` gives `weights.timeZone` per whole hour of
   * working day in common (workday default 8 hours, same local hours for everyone); `within`
   * gives `weights.timeZone` once when the offsets differ by at most `hours`. Default overlap.
   */
  readonly timeZone?:
    | { readonly mode: "overlap"; readonly workdayHours?: number }
    | { readonly mode: "within"; readonly hours: number };
  readonly rules?: Rules;
}
