import { explain } from "../../matching/explain.ts";
import type { ProfileScorer } from "../../matching/score.ts";

/**
 * A contribution's sentence as shown in the product. Goals are the organization's objectives,
 * whose titles are full phrases ("Grow our leaders from within"), so that sentence is reworded.
 */
export function reasonText(text: string): string {
  const goal = /^Both want to grow in (.+)\.$/.exec(text);
  return goal ? `You both work towards “${goal[1]}”.` : text;
}

/** The top `count` reasons a mentor suits a mentee, largest contribution first. */
export function topReasons(
  scorer: ProfileScorer,
  mentee: number,
  mentor: number,
  count = 3,
): string[] {
  return explain(scorer, mentee, mentor)
    .contributions.slice(0, count)
    .map((c) => reasonText(c.text));
}
