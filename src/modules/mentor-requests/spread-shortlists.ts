/**
 * Shortlists for every mentee of a program at once, so that demand spreads: a mentor is shown to
 * at most `capacity × exposureFactor` mentees at a time, instead of every mentee seeing the same
 * few stars. Pure and deterministic: the same scores give the same shortlists.
 *
 * The mentees pick in turns, like a snake draft: in round 1 mentee 0 takes their best mentor
 * still under the cap, then mentee 1, …; round 2 goes the other way, and so on, until every
 * shortlist is full or nobody suitable is left. Forbidden pairs (score < 0) and mentors with no
 * places (capacity 0) are never shown.
 */
export type ShortlistInput = {
  mentees: number;
  mentors: number;
  /** The pair's score, or a negative number when a hard rule forbids it. */
  score(mentee: number, mentor: number): number;
  /** Optional: writes one mentee's scores against every mentor into `out` (faster than score). */
  row?(mentee: number, out: Int32Array): void;
  /** Places each mentor has left. */
  capacities: ArrayLike<number>;
  shortlistSize: number;
  /** How many mentees may see a mentor per place they have (default 3). */
  exposureFactor?: number;
  /** Pairs never to show (a mentor who already declined this mentee, …): `mentee:mentor`. */
  hidden?: ReadonlySet<string>;
  /** How many best candidates to consider per mentee (default 200). */
  candidatesPerMentee?: number;
};

export type ShortlistEntry = { mentor: number; score: number };

export const DEFAULT_EXPOSURE_FACTOR = 3;

/** Each mentee's allowed mentors, best first (ties: lower mentor index first), at most `limit`. */
function candidatesOf(
  input: ShortlistInput,
  mentee: number,
  limit: number,
  scores: Int32Array,
): ShortlistEntry[] {
  if (input.row) input.row(mentee, scores);
  for (let mentor = 0; mentor < input.mentors; mentor++) {
    if (!input.row) scores[mentor] = input.score(mentee, mentor);
    if ((input.capacities[mentor] ?? 0) <= 0 || input.hidden?.has(`${mentee}:${mentor}`)) {
      scores[mentor] = -1;
    }
  }
  // The limit-th best score, found with a native numeric sort, bounds what is kept, so large
  // cohorts don't build and sort an entry for every allowed mentor of every mentee.
  const sorted = scores.slice(0, input.mentors).sort();
  const threshold = Math.max(
    0,
    sorted.length > limit ? (sorted[sorted.length - limit] as number) : 0,
  );
  const list: ShortlistEntry[] = [];
  for (let mentor = 0; mentor < input.mentors; mentor++) {
    const score = scores[mentor] as number;
    if (score >= threshold) list.push({ mentor, score });
  }
  list.sort((a, b) => b.score - a.score || a.mentor - b.mentor);
  return list.slice(0, limit);
}

export function spreadShortlists(input: ShortlistInput): ShortlistEntry[][] {
  const factor = input.exposureFactor ?? DEFAULT_EXPOSURE_FACTOR;
  const size = Math.max(0, Math.floor(input.shortlistSize));
  const limit = Math.max(size, input.candidatesPerMentee ?? 200);
  const scores = new Int32Array(input.mentors);
  const candidates = Array.from({ length: input.mentees }, (_, i) =>
    candidatesOf(input, i, limit, scores),
  );
  const next = new Int32Array(input.mentees);
  const shown = new Int32Array(input.mentors);
  const cap = Array.from({ length: input.mentors }, (_, j) =>
    Math.max(0, Math.floor((input.capacities[j] ?? 0) * factor)),
  );
  const shortlists: ShortlistEntry[][] = Array.from({ length: input.mentees }, () => []);
  for (let round = 0; round < size; round++) {
    let picked = false;
    for (let k = 0; k < input.mentees; k++) {
      const mentee = round % 2 === 0 ? k : input.mentees - 1 - k;
      const list = candidates[mentee] as ShortlistEntry[];
      let at = next[mentee] as number;
      while (
        at < list.length &&
        (shown[(list[at] as ShortlistEntry).mentor] as number) >=
          (cap[(list[at] as ShortlistEntry).mentor] as number)
      ) {
        at++;
      }
      if (at < list.length) {
        const entry = list[at] as ShortlistEntry;
        (shortlists[mentee] as ShortlistEntry[]).push(entry);
        shown[entry.mentor] = (shown[entry.mentor] as number) + 1;
        at++;
        picked = true;
      }
      next[mentee] = at;
    }
    if (!picked) break;
  }
  return shortlists;
}
