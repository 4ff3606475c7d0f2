/** The answer: pairs, totals and the certifying duals, from the solver's final state. */
import { applyExcluded, type Excluded } from "./solve-input.ts";
import type { SolverState } from "./solver-state.ts";
import type { MatchResult, Objective, Pair, PairScores } from "./types.ts";

/** The result; locked mentees get the smallest dual that keeps all their pairs feasible. */
export function assembleResult(
  solver: SolverState,
  scores: PairScores,
  objective: Objective,
  excluded: Excluded,
  maxScore: number,
  stats: MatchResult["stats"],
): MatchResult {
  const N = solver.N;
  const M = solver.M;
  const mentorOf = new Int32Array(N).fill(-1);
  const pairs: Pair[] = [];
  let matched = 0;
  let totalScore = 0;
  const menteeDual = new Float64Array(N);
  const mentorDual = new Float64Array(M);
  const bonus = solver.bonus;
  // A mentor without room for the free mentees: any dual ≥ every weight is optimal.
  const top = bonus + Math.max(maxScore, scores.maxScore);
  for (let j = 0; j < M; j++)
    mentorDual[j] = (solver.cap[j] as number) > 0 ? (solver.v[j] as number) : top;
  let buf: Int32Array | null = null;
  for (let i = 0; i < N; i++) {
    const fixed = solver.fixedMentor[i] as number;
    const j = fixed >= 0 ? fixed : (solver.mentorOf[i] as number);
    if (j >= 0) {
      mentorOf[i] = j;
      pairs.push([i, j]);
      matched++;
      totalScore += fixed >= 0 ? scores.score(i, j) : (solver.matchedScore[i] as number);
    }
    if (fixed >= 0) {
      // A locked mentee: the smallest dual that keeps all its pairs feasible.
      buf ??= new Int32Array(M);
      scores.row(i, buf);
      applyExcluded(excluded, i, buf);
      let ui = 0;
      for (let k = 0; k < M; k++) {
        const sc = buf[k] as number;
        if (sc < 0 || (objective === "max-score" && sc === 0)) continue;
        const val = bonus + sc - (mentorDual[k] as number);
        if (val > ui) ui = val;
      }
      menteeDual[i] = ui;
    } else {
      menteeDual[i] = solver.u[i] as number;
    }
  }
  return {
    pairs,
    mentorOf,
    matched,
    totalScore,
    optimal: true,
    menteeDual,
    mentorDual,
    matchBonus: bonus,
    stats,
  };
}
