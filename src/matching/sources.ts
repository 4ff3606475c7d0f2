/**
 * Small `PairScores` adapters over typed arrays: a dense int16 score matrix, a CSR list of allowed
 * pairs (e.g. each mentee's top-K candidates), and a plain edge list (the CLI's problem format).
 * None of them creates one object per pair.
 */
import { MatchInputError } from "./solve.ts";
import { FORBIDDEN, type PairScores } from "./types.ts";

function checkSize(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new MatchInputError(`${name} must be a whole number ≥ 0, got ${value}`);
  }
}

/**
 * Scores held as a dense row-major matrix `[mentee][mentor]` of int16, `-1` for a forbidden pair
 * (the benchmark's `.dense.i16` file). Every pair not marked -1 is allowed, so the solver prices
 * all of them. `maxScore` is computed with one pass when not given.
 */
export function denseScores(
  data: Int16Array,
  mentees: number,
  mentors: number,
  maxScore?: number,
): PairScores {
  checkSize("mentees", mentees);
  checkSize("mentors", mentors);
  if (data.length < mentees * mentors) {
    throw new MatchInputError(
      `the score matrix has ${data.length} entries, fewer than ${mentees} × ${mentors}`,
    );
  }
  let max = maxScore;
  if (max === undefined) {
    max = 0;
    const n = mentees * mentors;
    for (let k = 0; k < n; k++) {
      const s = data[k] as number;
      if (s > max) max = s;
    }
  }
  return {
    mentees,
    mentors,
    maxScore: max,
    score(mentee, mentor) {
      const s = data[mentee * mentors + mentor] as number;
      return s < 0 ? FORBIDDEN : s;
    },
    row(mentee, out) {
      const at = mentee * mentors;
      out.set(data.subarray(at, at + mentors));
    },
  };
}

/**
 * Allowed pairs as compressed rows: the allowed mentors of mentee i are
 * `mentorIdx[offsets[i] .. offsets[i+1])` with scores `score[...]` (in any order; a mentor may
 * appear once per row). Every other pair is forbidden. The arrays are copied and each row sorted
 * by mentor, so `score()` is a binary search.
 */
export function sparseScores(
  offsets: Int32Array,
  mentorIdx: Int32Array,
  score: Int32Array,
  mentees: number,
  mentors: number,
): PairScores {
  checkSize("mentees", mentees);
  checkSize("mentors", mentors);
  if (offsets.length < mentees + 1) {
    throw new MatchInputError(`offsets has ${offsets.length} entries, needs ${mentees + 1}`);
  }
  const edges = offsets[mentees] as number;
  if (offsets[0] !== 0 || mentorIdx.length < edges || score.length < edges) {
    throw new MatchInputError("offsets do not fit the mentor and score arrays");
  }
  const start = Int32Array.from(offsets.subarray(0, mentees + 1));
  const mentor = new Int32Array(edges);
  const value = new Int32Array(edges);
  const order: number[] = [];
  let max = 0;
  for (let i = 0; i < mentees; i++) {
    const a = start[i] as number;
    const b = start[i + 1] as number;
    if (b < a) throw new MatchInputError(`offsets decrease at mentee ${i}`);
    order.length = 0;
    for (let e = a; e < b; e++) order.push(e);
    order.sort((x, y) => (mentorIdx[x] as number) - (mentorIdx[y] as number));
    for (let k = 0; k < order.length; k++) {
      const e = order[k] as number;
      const j = mentorIdx[e] as number;
      const s = score[e] as number;
      if (!Number.isInteger(j) || j < 0 || j >= mentors) {
        throw new MatchInputError(`mentee ${i} lists mentor ${j}, outside 0..${mentors - 1}`);
      }
      if (s < 0) throw new MatchInputError(`mentee ${i}, mentor ${j}: negative score ${s}`);
      if (k > 0 && mentor[a + k - 1] === j) {
        throw new MatchInputError(`mentee ${i} lists mentor ${j} twice`);
      }
      mentor[a + k] = j;
      value[a + k] = s;
      if (s > max) max = s;
    }
  }
  return csrScores(mentees, mentors, start, mentor, value, max);
}

/**
 * Allowed pairs as `[mentee, mentor, score]` triples (the CLI's `edges`); a pair not listed is
 * forbidden. Throws `MatchInputError` on an index out of range, a score that is not an integer
 * ≥ 0, or a pair listed twice.
 */
export function edgeListScores(
  mentees: number,
  mentors: number,
  edges: ArrayLike<readonly [number, number, number]>,
): PairScores {
  checkSize("mentees", mentees);
  checkSize("mentors", mentors);
  const count = new Int32Array(mentees + 1);
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e] as readonly [number, number, number];
    const [i, j, s] = edge;
    if (!Number.isInteger(i) || i < 0 || i >= mentees) {
      throw new MatchInputError(`edge ${e}: mentee ${i} is outside 0..${mentees - 1}`);
    }
    if (!Number.isInteger(j) || j < 0 || j >= mentors) {
      throw new MatchInputError(`edge ${e}: mentor ${j} is outside 0..${mentors - 1}`);
    }
    if (!Number.isInteger(s) || s < 0 || s > 0x3fffffff) {
      throw new MatchInputError(`edge ${e}: score ${s} is not a whole number ≥ 0`);
    }
    count[i + 1] = (count[i + 1] as number) + 1;
  }
  for (let i = 0; i < mentees; i++) count[i + 1] = (count[i + 1] as number) + (count[i] as number);
  const start = Int32Array.from(count);
  const fill = Int32Array.from(count.subarray(0, mentees));
  const mentor = new Int32Array(edges.length);
  const value = new Int32Array(edges.length);
  let max = 0;
  for (let e = 0; e < edges.length; e++) {
    const [i, j, s] = edges[e] as readonly [number, number, number];
    const at = fill[i] as number;
    fill[i] = at + 1;
    mentor[at] = j;
    value[at] = s;
    if (s > max) max = s;
  }
  // Sort each row by mentor (insertion sort: rows are short) and reject duplicates.
  for (let i = 0; i < mentees; i++) {
    const a = start[i] as number;
    const b = start[i + 1] as number;
    for (let k = a + 1; k < b; k++) {
      const j = mentor[k] as number;
      const s = value[k] as number;
      let p = k - 1;
      while (p >= a && (mentor[p] as number) > j) {
        mentor[p + 1] = mentor[p] as number;
        value[p + 1] = value[p] as number;
        p--;
      }
      mentor[p + 1] = j;
      value[p + 1] = s;
    }
    for (let k = a + 1; k < b; k++) {
      if (mentor[k] === mentor[k - 1]) {
        throw new MatchInputError(`the pair (${i}, ${mentor[k]}) is listed twice`);
      }
    }
  }
  return csrScores(mentees, mentors, start, mentor, value, max);
}

/** A `PairScores` over rows sorted by mentor index. */
function csrScores(
  mentees: number,
  mentors: number,
  start: Int32Array,
  mentor: Int32Array,
  value: Int32Array,
  maxScore: number,
): PairScores {
  return {
    mentees,
    mentors,
    maxScore,
    allowedPairs: start[mentees] as number,
    score(i, j) {
      let lo = start[i] as number;
      let hi = (start[i + 1] as number) - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const m = mentor[mid] as number;
        if (m === j) return value[mid] as number;
        if (m < j) lo = mid + 1;
        else hi = mid - 1;
      }
      return FORBIDDEN;
    },
    row(i, out) {
      out.fill(FORBIDDEN, 0, mentors);
      const b = start[i + 1] as number;
      for (let e = start[i] as number; e < b; e++) out[mentor[e] as number] = value[e] as number;
    },
    forEachAllowed(i, visit) {
      const b = start[i + 1] as number;
      for (let e = start[i] as number; e < b; e++) visit(mentor[e] as number, value[e] as number);
    },
  };
}
