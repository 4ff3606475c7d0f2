import { explain } from "../../matching/explain.ts";
import type { PersonProfile } from "../../matching/profile.ts";
import type { ProfileScorer } from "../../matching/score.ts";

/**
 * A contribution's sentence as shown in the product. Goals are the organization's objectives,
 * whose titles are full phrases ("Grow our leaders from within"), so that sentence is reworded.
 */
export function reasonText(text: string): string {
  const goal = /^Both want to grow in (.+)\.$/.exec(text);
  return goal ? `You both work towards “${goal[1]}”.` : text;
}

/**
 * The questionnaire in one short sentence: the organization's questions are whole prompts
 * ("Feedback helps me most when it is…"), too long to list inside a reason.
 */
export function questionnaireText(same: number, close: number): string {
  const questions = (n: number) => (n === 1 ? "1 question" : `${n} questions`);
  if (same === 0) return `A similar way of working: close answers on ${questions(close)}.`;
  return `A similar way of working: the same answers on ${questions(same)}${
    close > 0 ? ` and close ones on ${close} more` : ""
  }.`;
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
    .map((c) => {
      if (c.criterion !== "questionnaire") return reasonText(c.text);
      const part = scorer.parts(mentee, mentor).find((p) => p.criterion === "questionnaire");
      return part && "same" in part
        ? questionnaireText(part.same.length, part.close.length)
        : c.text;
    });
}

/** Levels from `person` up to `ancestor` in the manager tree, or 0 when it isn't above them. */
function levelsAbove(people: readonly PersonProfile[], person: number, ancestor: number): number {
  let at = people[person]?.manager ?? -1;
  for (let levels = 1; at >= 0 && levels <= people.length; levels++) {
    if (at === ancestor) return levels;
    at = people[at]?.manager ?? -1;
  }
  return 0;
}

/**
 * On-the-job programs may pair people in the same reporting line, and both should see that it
 * is so: the sentence that says it, or null for a pair outside each other's line.
 */
export function reportingLineReason(
  people: readonly PersonProfile[],
  mentee: number,
  mentor: number,
): string | null {
  const name = people[mentor]?.name ?? "Your mentor";
  const up = levelsAbove(people, mentee, mentor);
  if (up > 0) {
    const who = up === 1 ? "is your manager" : "is above you in your reporting line";
    return `${name} ${who}: this on-the-job program pairs you on purpose.`;
  }
  if (levelsAbove(people, mentor, mentee) > 0) {
    return `${name} is in your reporting line, below you: this on-the-job program pairs you on purpose.`;
  }
  return null;
}
