/**
 * Test helpers for the matching solver: a brute-force optimum for tiny problems, and a checker of
 * a result's feasibility and dual certificate. Used by the solver's unit and property tests.
 */
import { denseScores } from "./sources.ts";
import type { MatchProblem, MatchResult, Objective, Pair, PairScores } from "./types.ts";

/** A dense source from rows of scores (-1 = forbidden). */
export function dense(rows: number[][], mentors = rows[0]?.length ?? 0): PairScores {
  const data = new Int16Array(rows.length * mentors);
  rows.forEach((r, i) => {
    r.forEach((s, j) => {
      data[i * mentors + j] = s;
    });
  });
  return denseScores(data, rows.length, mentors);
}

export interface Best {
  matched: number;
  score: number;
}

/** Brute force: the best (matched, score) over every feasible assignment. */
export function bruteForce(p: MatchProblem): Best {
  const { scores } = p;
  const N = scores.mentees;
  const M = scores.mentors;
  const objective = p.objective ?? "max-matched-then-score";
  const left = Array.from({ length: M }, (_, j) => p.capacities[j] as number);
  const fixed = new Map<number, number>();
  let base = { matched: 0, score: 0 };
  for (const [i, j] of p.locked ?? []) {
    fixed.set(i, j);
    left[j] = (left[j] as number) - 1;
    base = { matched: base.matched + 1, score: base.score + scores.score(i, j) };
  }
  const banned = new Set((p.excluded ?? []).map(([i, j]) => `${i},${j}`));
  let best: Best = { matched: -1, score: -1 };
  const better = (a: Best, b: Best) =>
    objective === "max-score"
      ? a.score > b.score
      : a.matched > b.matched || (a.matched === b.matched && a.score > b.score);
  const go = (i: number, cur: Best) => {
    if (i === N) {
      if (better(cur, best)) best = cur;
      return;
    }
    go(i + 1, cur);
    if (fixed.has(i)) return;
    for (let j = 0; j < M; j++) {
      const s = scores.score(i, j);
      if (s < 0 || (left[j] as number) <= 0 || banned.has(`${i},${j}`)) continue;
      left[j] = (left[j] as number) - 1;
      go(i + 1, { matched: cur.matched + 1, score: cur.score + s });
      left[j] = (left[j] as number) + 1;
    }
  };
  go(0, base);
  return best;
}

/** Checks feasibility and the dual certificate of a result; returns the first problem found. */
export function check(p: MatchProblem, r: MatchResult): string | null {
  const { scores } = p;
  const N = scores.mentees;
  const M = scores.mentors;
  const objective: Objective = p.objective ?? "max-matched-then-score";
  const load = new Array<number>(M).fill(0);
  const banned = new Set((p.excluded ?? []).map(([i, j]) => `${i},${j}`));
  const locked = new Set((p.locked ?? []).map(([i, j]) => `${i},${j}`));
  let total = 0;
  for (const [i, j] of r.pairs) {
    if (scores.score(i, j) < 0) return `forbidden pair (${i}, ${j})`;
    if (banned.has(`${i},${j}`)) return `excluded pair (${i}, ${j})`;
    if (r.mentorOf[i] !== j) return `mentorOf disagrees at ${i}`;
    load[j] = (load[j] as number) + 1;
    total += scores.score(i, j);
  }
  if (r.pairs.length !== r.matched) return "matched ≠ pairs";
  if (total !== r.totalScore) return "totalScore ≠ sum of scores";
  for (let j = 0; j < M; j++) {
    if ((load[j] as number) > (p.capacities[j] as number)) return `mentor ${j} over capacity`;
  }
  for (const [i, j] of p.locked ?? []) if (r.mentorOf[i] !== j) return `locked (${i}, ${j}) lost`;
  for (let k = 1; k < r.pairs.length; k++) {
    if ((r.pairs[k] as Pair)[0] <= (r.pairs[k - 1] as Pair)[0]) return "pairs not sorted";
  }
  // Dual certificate over all allowed pairs (in the solver's weight units).
  const u = r.menteeDual;
  const v = r.mentorDual;
  const lockedMentee = new Set((p.locked ?? []).map(([i]) => i));
  for (let i = 0; i < N; i++) {
    if ((u[i] as number) < 0) return `u[${i}] < 0`;
    if (r.mentorOf[i] === -1 && u[i] !== 0) return `unmatched mentee ${i} has u > 0`;
    for (let j = 0; j < M; j++) {
      const s = scores.score(i, j);
      if (s < 0 || banned.has(`${i},${j}`)) continue;
      if (objective === "max-score" && s === 0) continue;
      const w = r.matchBonus + s;
      if ((u[i] as number) + (v[j] as number) < w) return `pair (${i}, ${j}) violates duals`;
      if (
        r.mentorOf[i] === j &&
        !lockedMentee.has(i) &&
        !locked.has(`${i},${j}`) &&
        (u[i] as number) + (v[j] as number) !== w
      ) {
        return `matched pair (${i}, ${j}) not tight`;
      }
    }
  }
  const lockedLoad = new Array<number>(M).fill(0);
  for (const [, j] of p.locked ?? []) lockedLoad[j] = (lockedLoad[j] as number) + 1;
  for (let j = 0; j < M; j++) {
    if ((v[j] as number) < 0) return `v[${j}] < 0`;
    const room = (p.capacities[j] as number) - (lockedLoad[j] as number);
    if (room > 0 && (load[j] as number) < (p.capacities[j] as number) && v[j] !== 0) {
      return `mentor ${j} below capacity has v > 0`;
    }
  }
  return null;
}
