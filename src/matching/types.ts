/**
 * The matching engine's shared vocabulary. The engine is pure: no database, no clock, no I/O,
 * and no randomness without a seed. Indices are 0-based: mentees 0..mentees-1, mentors
 * 0..mentors-1. In "everyone is both" programs the caller maps people to both sides and marks
 * self-pairs forbidden.
 */

/** `max-matched-then-score`: the most mentees matched, then the highest total score. */
export type Objective = "max-matched-then-score" | "max-score";

/** A forbidden pair's score. */
export const FORBIDDEN = -1;

/**
 * Scores of every pair, computed lazily so that 20,000 × 6,700 pairs never become objects.
 * A score is an integer ≥ 0 for an allowed pair, FORBIDDEN (-1) for a pair that may never be
 * matched (reporting chain, self, not in the candidate list).
 */
export interface PairScores {
  readonly mentees: number;
  readonly mentors: number;
  /** An upper bound on every allowed score (used to weigh "one more match" above any score). */
  readonly maxScore: number;
  /** The score of (mentee, mentor), or FORBIDDEN. */
  score(mentee: number, mentor: number): number;
  /** Writes the scores of one mentee against every mentor into `out` (length ≥ mentors). */
  row(mentee: number, out: Int32Array): void;
  /**
   * When the allowed pairs are few (an edge list), their count; the solver can then use them
   * all at once instead of pricing. Undefined for dense sources.
   */
  readonly allowedPairs?: number;
  /** For sparse sources: visit the allowed mentors of one mentee. */
  forEachAllowed?(mentee: number, visit: (mentor: number, score: number) => void): void;
}

export type Pair = readonly [mentee: number, mentor: number];

export interface MatchProblem {
  scores: PairScores;
  /** Capacity of each mentor (≥ 0 integers), length = scores.mentors. */
  capacities: ArrayLike<number>;
  objective?: Objective;
  /** Pairs that must be in the result (a manager's edits). Each must be allowed. */
  locked?: readonly Pair[];
  /** Pairs that must not be in the result. */
  excluded?: readonly Pair[];
}

export interface SolveStats {
  solveMs: number;
  /** Arcs in the working (core) set when the solver finished. */
  coreArcs: number;
  /** Pricing rounds over all allowed pairs (0 when every allowed pair was in the core). */
  pricingRounds: number;
}

export interface MatchResult {
  /** Matched pairs, sorted by mentee. */
  pairs: Pair[];
  /** mentorOf[i] = the mentor of mentee i, or -1. */
  mentorOf: Int32Array;
  matched: number;
  totalScore: number;
  /** Always true: the engine certifies optimality over every allowed pair before answering. */
  optimal: true;
  /**
   * Optimal dual values (in the weight units the solver used): menteeDual[i] + mentorDual[j] ≥
   * weight(i, j) for every allowed pair, with equality on matched pairs. They certify the
   * optimum and let `whyNot` explain a choice.
   */
  menteeDual: Float64Array;
  mentorDual: Float64Array;
  /** The weight of a pair as the solver saw it: score, plus `matchBonus` when maximising matches first. */
  matchBonus: number;
  stats: SolveStats;
}
