import type { ForbiddenRule, ProfileScorer } from "../../matching/score.ts";
import { FORBIDDEN } from "../../matching/types.ts";

export type UnmatchedReason =
  | "preparation"
  | "no-mentors"
  | "no-eligible-mentor"
  | "places-taken"
  | "excluded-after-run";

export type Unmatched = { reason: UnmatchedReason; text: string };

const RULE_WORDS: Record<ForbiddenRule["rule"], [one: string, many: string]> = {
  self: ["is themself", "are themself"],
  "reporting-chain": ["is in their reporting line", "are in their reporting line"],
  excluded: ["was ruled out by a program manager", "were ruled out by a program manager"],
  "previous-pair": ["was paired with them before", "were paired with them before"],
  "same-location-required": ["is based in another location", "are based in another location"],
};

export const UNMATCHED_TEXT: Record<Exclude<UnmatchedReason, "no-eligible-mentor">, string> = {
  preparation:
    "Hasn't finished the preparation this program asks for yet, so they were left out of matching.",
  "no-mentors": "No mentor in this program has a free place.",
  "places-taken":
    "Every mentor who could suit them has their places taken by pairings that fit the whole group better.",
  "excluded-after-run":
    "A program manager ruled out their proposed mentor. Run matching again to find them another.",
};

/**
 * Why a mentee has no mentor in a solved run (the solver matches as many as it can, so a mentee
 * with an allowed mentor left over means every such mentor is full): no mentor with places at
 * all, every one of them forbidden by a rule (counted per rule), or places taken.
 */
export function unmatchedReason(
  scorer: ProfileScorer,
  capacities: ArrayLike<number>,
  mentee: number,
  row: Int32Array = new Int32Array(scorer.mentors),
): Unmatched {
  let places = 0;
  for (let j = 0; j < scorer.mentors; j++) places += capacities[j] as number;
  if (places === 0) return { reason: "no-mentors", text: UNMATCHED_TEXT["no-mentors"] };
  scorer.row(mentee, row);
  const counts = new Map<ForbiddenRule["rule"], number>();
  let forbiddenMentors = 0;
  let open = 0;
  for (let j = 0; j < scorer.mentors; j++) {
    if ((capacities[j] as number) <= 0) continue;
    open++;
    if ((row[j] as number) !== FORBIDDEN) {
      return { reason: "places-taken", text: UNMATCHED_TEXT["places-taken"] };
    }
    const rule = scorer.forbiddenRule(mentee, j);
    if (rule) counts.set(rule.rule, (counts.get(rule.rule) ?? 0) + 1);
    forbiddenMentors++;
  }
  const parts = [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([rule, n]) => `${n} ${RULE_WORDS[rule][n === 1 ? 0 : 1]}`);
  const whom = open === 1 ? "the only mentor" : `any of the ${open} mentors`;
  return {
    reason: "no-eligible-mentor",
    text: `They can't be paired with ${whom} under this program's rules${
      parts.length > 0 && forbiddenMentors > 0 ? `: ${parts.join(", ")}` : ""
    }.`,
  };
}
