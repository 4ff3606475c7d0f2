import { createScorer, type ProfileScorer } from "../../matching/score.ts";
import { solve } from "../../matching/solve.ts";
import type { MatchProblem, MatchResult, Pair } from "../../matching/types.ts";
import type { MatchingSettings } from "../programs/matching-settings.ts";
import type { LoadedCohort } from "./load-cohort.ts";
import { reportingLineReason, topReasons } from "./reasons.ts";
import { type ProgramKind, scoringConfigFor } from "./scoring-config.ts";
import { UNMATCHED_TEXT, type UnmatchedReason, unmatchedReason } from "./unmatched-reasons.ts";

/** A manager's edits, as [mentee person id, mentor person id]. */
export type RunEdits = { locked: [string, string][]; excluded: [string, string][] };

export type ProposedPair = {
  /** Person indexes in the loaded cohort. */
  mentee: number;
  mentor: number;
  score: number;
  reasons: string[];
  locked: boolean;
};

export type MatchingOutcome = {
  pairs: ProposedPair[];
  unmatched: { person: number; reason: UnmatchedReason; text: string }[];
  stats: {
    mentees: number;
    mentors: number;
    places: number;
    matched: number;
    unmatched: number;
    totalScore: number;
    solveMs: number;
    scoreMs: number;
    /** Locked pairs of the previous run that no longer hold (someone left, or a rule forbids it). */
    lockedDropped: number;
  };
  optimal: true;
};

/** Everything a solved run keeps in memory: why-not and swaps read it. */
export type SolvedRun = {
  scorer: ProfileScorer;
  problem: MatchProblem;
  result: MatchResult;
  menteeRow: Map<number, number>;
  mentorCol: Map<number, number>;
};

/** Builds the scorer and the problem (locked pairs that no longer hold are dropped). */
export function buildProblem(
  loaded: LoadedCohort,
  kind: ProgramKind,
  settings: MatchingSettings,
  edits: RunEdits,
) {
  const index = (id: string) => loaded.indexOf.get(id);
  const excludedPairs = edits.excluded.flatMap(([a, b]) => {
    const i = index(a);
    const j = index(b);
    return i === undefined || j === undefined ? [] : [[i, j] as const];
  });
  const scorer = createScorer(
    loaded.cohort,
    scoringConfigFor(kind, settings, loaded, excludedPairs),
  );
  const menteeRow = new Map<number, number>();
  const mentorCol = new Map<number, number>();
  Array.from(loaded.cohort.mentees).forEach((p, i) => {
    menteeRow.set(p, i);
  });
  Array.from(loaded.cohort.mentors).forEach((p, j) => {
    mentorCol.set(p, j);
  });
  const used = new Int32Array(scorer.mentors);
  const lockedMentee = new Set<number>();
  const locked: Pair[] = [];
  for (const [a, b] of edits.locked) {
    const p = index(a);
    const q = index(b);
    const i = p === undefined ? undefined : menteeRow.get(p);
    const j = q === undefined ? undefined : mentorCol.get(q);
    if (i === undefined || j === undefined || lockedMentee.has(i)) continue;
    if (scorer.score(i, j) < 0 || (used[j] as number) >= (loaded.capacities[j] as number)) continue;
    used[j] = (used[j] as number) + 1;
    lockedMentee.add(i);
    locked.push([i, j]);
  }
  const problem: MatchProblem = { scores: scorer, capacities: loaded.capacities, locked };
  return {
    scorer,
    problem,
    menteeRow,
    mentorCol,
    lockedDropped: edits.locked.length - locked.length,
  };
}

/**
 * Scores, solves and explains one run: the whole-cohort optimum (most mentees matched, then
 * the best total score), each pair with its top three reasons, each unmatched mentee with why.
 */
export async function computeMatching(
  loaded: LoadedCohort,
  kind: ProgramKind,
  settings: MatchingSettings,
  edits: RunEdits,
  onStep: (step: "scored" | "solved" | "explained") => Promise<void> | void = () => {},
): Promise<MatchingOutcome & { solved: SolvedRun }> {
  const started = performance.now();
  const built = buildProblem(loaded, kind, settings, edits);
  const { scorer, problem } = built;
  const scoreMs = performance.now() - started;
  await onStep("scored");
  const result = solve(problem);
  await onStep("solved");
  const lockedRows = new Set((problem.locked ?? []).map(([i]) => i));
  const chainAllowed = !scorer.config.rules?.reportingChain;
  const pairs: ProposedPair[] = result.pairs.map(([i, j]) => {
    const mentee = scorer.menteePerson(i);
    const mentor = scorer.mentorPerson(j);
    const line = chainAllowed ? reportingLineReason(loaded.cohort.people, mentee, mentor) : null;
    return {
      mentee,
      mentor,
      score: scorer.score(i, j),
      reasons: line ? [line, ...topReasons(scorer, i, j, 2)] : topReasons(scorer, i, j),
      locked: lockedRows.has(i),
    };
  });
  const row = new Int32Array(scorer.mentors);
  const unmatched: MatchingOutcome["unmatched"] = [];
  for (let i = 0; i < scorer.mentees; i++) {
    if ((result.mentorOf[i] as number) !== -1) continue;
    unmatched.push({
      person: scorer.menteePerson(i),
      ...unmatchedReason(scorer, loaded.capacities, i, row),
    });
  }
  for (const person of loaded.unprepared) {
    unmatched.push({ person, reason: "preparation", text: UNMATCHED_TEXT.preparation });
  }
  await onStep("explained");
  const places = loaded.capacities.reduce((s, c) => s + c, 0);
  return {
    pairs,
    unmatched,
    stats: {
      mentees: scorer.mentees + loaded.unprepared.length,
      mentors: scorer.mentors,
      places,
      matched: result.matched,
      unmatched: unmatched.length,
      totalScore: result.totalScore,
      solveMs: Math.round(result.stats.solveMs),
      scoreMs: Math.round(scoreMs),
      lockedDropped: built.lockedDropped,
    },
    optimal: true,
    solved: { ...built, result },
  };
}
