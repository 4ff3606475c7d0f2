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
