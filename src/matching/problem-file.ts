import { MatchInputError } from "./solve.ts";
import { edgeListScores } from "./sources.ts";
import type { MatchProblem, MatchResult, Objective, Pair } from "./types.ts";

/**
 * The `mutual-match-problem/1` file format, read and written by `mutual solve`:
 * `{ format, objective, mentees: N, mentors: [{ capacity }], edges: [[i, j, score]],
 * locked: [[i, j]], excluded: [[i, j]] }`. A pair absent from `edges` is not allowed.
 */
export const PROBLEM_FORMAT = "mutual-match-problem/1";
const OBJECTIVES: readonly Objective[] = ["max-matched-then-score", "max-score"];

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function pairs(value: unknown, field: "locked" | "excluded"): Pair[] {
  if (value === undefined) return [];
  if (!Array.isArray(value))
    throw new MatchInputError(`"${field}" must be a list of [mentee, mentor] pairs`);
  return value.map((pair, k) => {
    if (!Array.isArray(pair) || pair.length !== 2 || !pair.every(Number.isInteger)) {
      throw new MatchInputError(`${field}[${k}] must be a pair of whole numbers [mentee, mentor]`);
    }
    return [pair[0] as number, pair[1] as number] as const;
  });
}

function checkPairsInRange(list: Pair[], field: string, mentees: number, mentors: number) {
  list.forEach(([i, j], k) => {
    if (i < 0 || i >= mentees)
      throw new MatchInputError(`${field}[${k}]: mentee ${i} is outside 0..${mentees - 1}`);
    if (j < 0 || j >= mentors)
      throw new MatchInputError(`${field}[${k}]: mentor ${j} is outside 0..${mentors - 1}`);
  });
}

/** Parses and checks a problem file's text; throws MatchInputError with one line saying what is wrong. */
export function parseProblem(text: string): MatchProblem {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new MatchInputError(`the problem is not valid JSON (${(error as Error).message})`);
  }
  if (!isObject(raw)) throw new MatchInputError("the problem must be a JSON object");
  if (raw.format !== PROBLEM_FORMAT) {
    throw new MatchInputError(`"format" must be "${PROBLEM_FORMAT}"`);
  }
  const objective = (raw.objective ?? "max-matched-then-score") as Objective;
  if (!OBJECTIVES.includes(objective)) {
    throw new MatchInputError(
      `"objective" must be one of ${OBJECTIVES.map((o) => `"${o}"`).join(", ")}`,
    );
  }
  const mentees = raw.mentees;
  if (!Number.isInteger(mentees) || (mentees as number) < 0) {
    throw new MatchInputError(`"mentees" must be a whole number ≥ 0 (the number of mentees)`);
  }
  if (!Array.isArray(raw.mentors))
    throw new MatchInputError(`"mentors" must be a list of { "capacity": c }`);
  const capacities = raw.mentors.map((mentor, j) => {
    const capacity = isObject(mentor) ? mentor.capacity : undefined;
    if (!Number.isInteger(capacity) || (capacity as number) < 0) {
      throw new MatchInputError(
        `mentors[${j}].capacity must be a whole number ≥ 0, got ${JSON.stringify(capacity)}`,
      );
    }
    return capacity as number;
  });
  if (!Array.isArray(raw.edges))
    throw new MatchInputError(`"edges" must be a list of [mentee, mentor, score]`);
  raw.edges.forEach((edge, e) => {
    if (!Array.isArray(edge) || edge.length !== 3 || !edge.every((v) => typeof v === "number")) {
      throw new MatchInputError(`edges[${e}] must be [mentee, mentor, score] with three numbers`);
    }
  });
  const scores = edgeListScores(
    mentees as number,
    capacities.length,
    raw.edges as [number, number, number][],
  );
  const locked = pairs(raw.locked, "locked");
  const excluded = pairs(raw.excluded, "excluded");
  checkPairsInRange(locked, "locked", mentees as number, capacities.length);
  checkPairsInRange(excluded, "excluded", mentees as number, capacities.length);
  return { scores, capacities, objective, locked, excluded };
}

/** The result as the CLI prints it. */
export function formatResult(result: MatchResult) {
  return {
    matched: result.matched,
    totalScore: result.totalScore,
    pairs: result.pairs.map(([i, j]) => [i, j]),
    optimal: result.optimal,
    stats: { solveMs: Math.round(result.stats.solveMs * 100) / 100 },
  };
}
