/**
 * "Did it happen?": a session's outcome from its members' answers. Pure (the clock is passed in).
 *
 * - Nobody has answered yet: pending (null).
 * - Everyone has answered: all "yes" → held; all "no" → not_held; some of each → unclear.
 * - Some have answered, others not: pending, with one exception so that a busy or forgetful
 *   member doesn't leave a session in limbo forever: when every answer so far is "yes" and the
 *   first of them is at least SILENCE_COUNTS_AS_HELD_DAYS old, the session counts as held. A
 *   single "no" keeps it pending until everyone has answered.
 */
export type SessionOutcome = "held" | "not_held" | "unclear";

export type AttendanceAnswer = { personId: string; tookPlace: boolean; answeredAt: Date };

export const SILENCE_COUNTS_AS_HELD_DAYS = 7;
const DAY = 24 * 60 * 60 * 1000;

export function deriveOutcome(input: {
  memberIds: readonly string[];
  answers: readonly AttendanceAnswer[];
  now: Date;
}): SessionOutcome | null {
  const members = new Set(input.memberIds);
  // Answers from people who have since left the relationship don't count.
  const answers = input.answers.filter((answer) => members.has(answer.personId));
  if (answers.length === 0) return null;
  const yes = answers.filter((answer) => answer.tookPlace);
  const everyoneAnswered = [...members].every((id) => answers.some((a) => a.personId === id));
  if (everyoneAnswered) {
    if (yes.length === answers.length) return "held";
    if (yes.length === 0) return "not_held";
    return "unclear";
  }
  if (yes.length !== answers.length) return null;
  const firstYes = Math.min(...yes.map((answer) => answer.answeredAt.getTime()));
  return input.now.getTime() - firstYes >= SILENCE_COUNTS_AS_HELD_DAYS * DAY ? "held" : null;
}

/** The people someone said didn't come, each once, in the order they were first named. */
export function noShowsOf(answers: readonly { absentIds: readonly string[] }[]): string[] {
  return [...new Set(answers.flatMap((answer) => answer.absentIds))];
}
