/**
 * `whyNot`: why a mentee was not paired with a given mentor in a solved run, in words — and
 * with numbers that agree with the solution.
 *
 * The solver returns optimal duals: `menteeDual[i]` is what mentee i's pairing is worth to the
 * cohort, `mentorDual[j]` what one place with mentor j is worth (0 when j has a free place).
 * For any allowed pair, forcing it into the solution lowers the cohort's total weight by at
 * least `menteeDual[i] + mentorDual[j] − weight(i, j)` (≥ 0; weight = score + matchBonus), so
 * that gap is the "by how much" of a capacity or lower-score answer. When the gap reaches
 * `matchBonus`, forcing the pair would leave someone else without a mentor.
 *
 * The gap is a lower bound (the duals are one optimal set among many, and can show 0 where the
 * true cost is not); `{ exact: true }` re-solves with the pair locked in and reports the real
 * cost as `forced`.
 */

import { describeForbidden, describeRule } from "./explain.ts";
import type { Criterion, ForbiddenRule, ProfileScorer } from "./score.ts";
import { CRITERIA, ProfileScorer as Scorer } from "./score.ts";
import { solve } from "./solve.ts";
import type { MatchProblem, MatchResult } from "./types.ts";
import { FORBIDDEN } from "./types.ts";

interface Base {
  mentee: number;
  mentor: number;
  /** The pair's score as the solver saw it (-1 = not allowed). */
  score: number;
  /** One or two sentences for the mentee (or a program manager reading on their behalf). */
  text: string;
}

export type WhyNot =
  /** It is the pair. */
  | (Base & { reason: "chosen" })
  /**
   * A hard rule forbids the pair. `not-a-candidate`: the scores given to the solver leave
   * the pair out (an edge list without it) and no scorer rule explains why.
   */
  | (Base & { reason: "forbidden"; rule: ForbiddenRule | { rule: "not-a-candidate" } })
  /** A program manager excluded the pair from this run (`problem.excluded`). */
  | (Base & { reason: "excluded" })
  /**
   * A program manager fixed the mentee to another mentor (`by: "mentee"`, `lockedMentor`), or
   * fixed every place of this mentor (`by: "mentor"`).
   */
  | (Base & { reason: "locked"; by: "mentee" | "mentor"; lockedMentor?: number })
  /** The mentor takes no mentees in this run (capacity 0). */
  | (Base & { reason: "no-capacity" })
  /**
   * Every place with the mentor went to mentees whose pairings add more to the whole cohort.
   * `holders` are those mentees; `cohortLoss` is the least the cohort's total would drop by if
   * this pair were forced in (in score points, unless `fewerMatched`).
   */
  | (Base & {
      reason: "capacity";
      holders: number[];
      chosenMentor: number;
      chosenScore: number;
      cohortLoss: number;
      fewerMatched: boolean;
      forced?: ForcedOutcome;
    })
  /**
   * The mentee's chosen mentor scores higher by `scoreGap` (or the same, `scoreGap` 0), and
   * forcing this pair in would lower the cohort's total by at least `cohortLoss`.
   */
  | (Base & {
      reason: "lower-score";
      chosenMentor: number;
      chosenScore: number;
      scoreGap: number;
      cohortLoss: number;
      fewerMatched: boolean;
      forced?: ForcedOutcome;
    })
  /** Objective `max-score`: the pair scores 0, so pairing them adds nothing to the total. */
  | (Base & { reason: "no-gain" });

export type WhyNotReason = WhyNot["reason"];

/** The best arrangement that includes the pair (computed with `{ exact: true }`). */
export interface ForcedOutcome {
  matched: number;
  totalScore: number;
  /** How many fewer mentees get a mentor than in the optimum (≥ 0). */
  fewerMatched: number;
  /** How much lower the total score is than the optimum's. */
  scoreDrop: number;
}

export interface WhyNotOptions {
  /**
   * Also solve the problem with the pair locked in, to say exactly what choosing it would
   * cost (one more solve: milliseconds for a program, seconds at 20,000 mentees). Without it
   * the answer uses the duals, a lower bound that can be 0 when the true cost is not.
   */
  exact?: boolean;
}

function points(n: number): string {
  return n === 1 ? "1 point" : `${n.toLocaleString("en-US")} points`;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Exact integer duals come back as doubles; tidy the last bits. */
function tidy(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) < 1e-6 ? r : x;
}

/**
 * Why `mentee` was not paired with `mentor` in `result`, the solution of `problem`.
 *
 * @param scorer The profile scorer the scores came from, to name the rule that forbids a pair
 *   and to use people's names (defaults to `problem.scores` when that is a scorer).
 * @throws RangeError for an index out of range; Error when the result's duals contradict the
 *   problem (a result of another problem).
 */
export function whyNot(
  problem: MatchProblem,
  result: MatchResult,
  scorer: ProfileScorer | undefined,
  mentee: number,
  mentor: number,
  options: WhyNotOptions = {},
): WhyNot {
  const scores = problem.scores;
  const N = scores.mentees;
  const M = scores.mentors;
  if (!Number.isInteger(mentee) || mentee < 0 || mentee >= N) {
    throw new RangeError(`There is no mentee ${mentee} (0..${N - 1}).`);
  }
  if (!Number.isInteger(mentor) || mentor < 0 || mentor >= M) {
    throw new RangeError(`There is no mentor ${mentor} (0..${M - 1}).`);
  }
  const sc = scorer ?? (scores instanceof Scorer ? scores : undefined);
  const people = sc?.cohort.people;
  const mentorName = (j: number) => (sc ? people?.[sc.mentorPerson(j)]?.name : undefined);
  const menteeName = (i: number) => (sc ? people?.[sc.menteePerson(i)]?.name : undefined);
  const them = mentorName(mentor) ?? "this mentor";
  const Them = mentorName(mentor) ?? "This mentor";
  const base = { mentee, mentor, score: scores.score(mentee, mentor) };
  const s = base.score;

  if (result.mentorOf[mentee] === mentor) {
    return { ...base, reason: "chosen", text: `${Them} is your mentor in this run.` };
  }

  // Hard rules.
  if (s === FORBIDDEN) {
    const rule = sc?.forbiddenRule(mentee, mentor);
    if (rule) {
      return {
        ...base,
        reason: "forbidden",
        rule,
        text: describeForbidden(sc as ProfileScorer, mentor, rule),
      };
    }
    return {
      ...base,
      reason: "forbidden",
      rule: { rule: "not-a-candidate" },
      text: `${Them} is not on your list of possible mentors for this run.`,
    };
  }
  for (const [i, j] of problem.excluded ?? []) {
    if (i === mentee && j === mentor) {
      return { ...base, reason: "excluded", text: describeRule({ rule: "excluded" }) };
    }
  }
  const locked = problem.locked ?? [];
  for (const [i, j] of locked) {
    if (i === mentee && j !== mentor) {
      const other = mentorName(j);
      return {
        ...base,
        reason: "locked",
        by: "mentee",
        lockedMentor: j,
        text: `A program manager fixed your pairing with ${other ?? "another mentor"}.`,
      };
    }
  }
  const capacity = problem.capacities[mentor] as number;
  if (capacity <= 0) {
    return { ...base, reason: "no-capacity", text: `${Them} is not taking mentees in this run.` };
  }
  const holders: number[] = [];
  for (let i = 0; i < N; i++) if (result.mentorOf[i] === mentor) holders.push(i);
  let lockedHere = 0;
  for (const [, j] of locked) if (j === mentor) lockedHere++;
  if (lockedHere >= capacity) {
    return {
      ...base,
      reason: "locked",
      by: "mentor",
      text: `A program manager fixed every place with ${them}.`,
    };
  }

  // Allowed, free to move, and not chosen: the duals say by how much the cohort would lose.
  const bonus = result.matchBonus;
  const weight = s + bonus;
  const u = result.menteeDual[mentee] as number;
  const v = result.mentorDual[mentor] as number;
  let loss = tidy(u + v - weight);
  if (loss < 0) {
    if (loss > -1e-6 * Math.max(1, Math.abs(weight))) loss = 0;
    else {
      throw new Error(
        `The result does not certify mentee ${mentee} and mentor ${mentor} (gap ${loss}): is it the solution of this problem?`,
      );
    }
  }
  const fewerMatched = bonus > 0 && loss >= bonus;
  let forced: ForcedOutcome | undefined;
  if (options.exact) {
    try {
      const f = solve({ ...problem, locked: [...locked, [mentee, mentor]] });
      forced = {
        matched: f.matched,
        totalScore: f.totalScore,
        fewerMatched: result.matched - f.matched,
        scoreDrop: result.totalScore - f.totalScore,
      };
    } catch {
      forced = undefined;
    }
  }
  const lossText = (prefix: string) => {
    if (forced) {
      if (forced.fewerMatched > 0) {
        const n = forced.fewerMatched;
        return `${prefix} would leave ${n === 1 ? "one more person" : `${n} more people`} without a mentor.`;
      }
      return forced.scoreDrop <= 0
        ? "For the cohort as a whole an arrangement with this pair is just as good; the engine had to pick one."
        : `${prefix} would lower the whole cohort's match quality by ${points(forced.scoreDrop)}.`;
    }
    return fewerMatched
      ? `${prefix} would leave at least one more person without a mentor.`
      : loss === 0
        ? "For the cohort as a whole an arrangement with this pair could be just as good; the engine had to pick one."
        : `${prefix} would lower the whole cohort's match quality by at least ${points(loss)}.`;
  };

  const chosen = result.mentorOf[mentee] as number;
  const full = holders.length >= capacity;
  if (chosen === -1 && !full) {
    // Only possible when the pair adds nothing (max-score and a score of 0).
    return {
      ...base,
      reason: "no-gain",
      text: `You have nothing in common on what this program scores, so pairing you with ${them} would add nothing.`,
    };
  }
  const chosenScore = chosen === -1 ? 0 : scores.score(mentee, chosen);
  const chosenName = chosen === -1 ? undefined : (mentorName(chosen) ?? "your mentor");
  if (chosen !== -1 && s <= chosenScore && (s < chosenScore || !full || loss === 0)) {
    const gap = chosenScore - s;
    let first =
      gap > 0
        ? `${capital(chosenName as string)} suits you better: ${points(chosenScore)} against ${points(s)} with ${them}, ${points(gap)} more.`
        : `${capital(chosenName as string)} suits you just as well (${points(s)} each).`;
    const diff = gap > 0 && sc ? biggestDifference(sc, mentee, chosen, mentor) : null;
    if (diff) first += ` The biggest difference is ${diff.words}: ${points(diff.points)} more.`;
    return {
      ...base,
      reason: "lower-score",
      chosenMentor: chosen,
      chosenScore,
      scoreGap: gap,
      cohortLoss: loss,
      fewerMatched,
      ...(forced ? { forced } : {}),
      text: loss === 0 && !forced ? first : `${first} ${lossText(`Choosing ${them} instead`)}`,
    };
  }
  // The mentor is full, and their places add more to the cohort elsewhere.
  const held = holders
    .map((i) => ({ name: menteeName(i), score: scores.score(i, mentor) }))
    .sort((a, b) => b.score - a.score)
    .map((h) => `${h.name ?? "a mentee"} with ${h.score}`);
  const places =
    capacity === 1
      ? `${them}'s only place`
      : capacity === 2
        ? `both of ${them}'s places`
        : `all ${capacity} of ${them}'s places`;
  const went =
    loss > 0
      ? "went to mentees whose pairings add more to the whole cohort"
      : "went to other mentees";
  const yours = chosen === -1 ? "You have no mentor in this run. " : "";
  return {
    ...base,
    reason: "capacity",
    holders,
    chosenMentor: chosen,
    chosenScore,
    cohortLoss: loss,
    fewerMatched,
    ...(forced ? { forced } : {}),
    text:
      `${yours}${capital(places)} ${went} ` +
      `(${list(held)}; you would score ${s}). ` +
      lossText(capacity === 1 ? "Giving it to you" : "Giving one of them to you"),
  };
}

const CRITERION_WORDS: Record<Criterion, string> = {
  skills: "in the skills you want to grow",
  goals: "in shared goals",
  questionnaire: "in how you like to work",
  seniority: "in experience",
  crossDepartment: "in coming from another department",
  crossLocation: "in being based somewhere else",
  language: "in a shared language",
  timeZone: "in working hours in common",
};

/** The criterion where the chosen mentor gains most over the other one. */
function biggestDifference(
  scorer: ProfileScorer,
  mentee: number,
  chosen: number,
  other: number,
): { words: string; points: number } | null {
  const byCriterion = new Map<Criterion, number>();
  for (const p of scorer.parts(mentee, chosen)) {
    byCriterion.set(p.criterion, (byCriterion.get(p.criterion) ?? 0) + p.points);
  }
  for (const p of scorer.parts(mentee, other)) {
    byCriterion.set(p.criterion, (byCriterion.get(p.criterion) ?? 0) - p.points);
  }
  let best: Criterion | null = null;
  let most = 0;
  for (const c of CRITERIA) {
    const d = byCriterion.get(c) ?? 0;
    if (d > most) {
      most = d;
      best = c;
    }
  }
  return best ? { words: CRITERION_WORDS[best], points: most } : null;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
