import { describe, expect, it } from "vitest";
import type { Cohort } from "../../matching/profile.ts";
import { createScorer } from "../../matching/score.ts";
import { questionnaireText, reasonText } from "./reasons.ts";
import { unmatchedReason } from "./unmatched-reasons.ts";

// People: 0 manages 1 and 2; 3 elsewhere. Mentors 0 and 3; mentees 1 and 2.
const cohort: Cohort = {
  people: [
    { name: "Ana" },
    { name: "Ben", manager: 0 },
    { name: "Cara", manager: 0 },
    { name: "Dev" },
  ],
  mentees: [1, 2],
  mentors: [0, 3],
};

describe("why a mentee has no mentor", () => {
  it("counts the rules that rule out every mentor with places", () => {
    const scorer = createScorer(cohort, { weights: {}, rules: { excludedPairs: [[1, 3]] } });
    const answer = unmatchedReason(scorer, [1, 1], 0);
    expect(answer.reason).toBe("no-eligible-mentor");
    expect(answer.text).toBe(
      "They can't be paired with any of the 2 mentors under this program's rules: 1 is in their reporting line, 1 was ruled out by a program manager.",
    );
  });

  it("names the only mentor's rule", () => {
    const scorer = createScorer(cohort, { weights: {} });
    expect(unmatchedReason(scorer, [1, 0], 0).text).toBe(
      "They can't be paired with the only mentor under this program's rules: 1 is in their reporting line.",
    );
  });

  it("says places went elsewhere when an allowed mentor exists", () => {
    const scorer = createScorer(cohort, { weights: {} });
    expect(unmatchedReason(scorer, [1, 1], 1).reason).toBe("places-taken");
  });

  it("says when no mentor has a place at all", () => {
    const scorer = createScorer(cohort, { weights: {} });
    expect(unmatchedReason(scorer, [0, 0], 0).reason).toBe("no-mentors");
  });
});

describe("reason sentences", () => {
  it("rewords goals, which are the organization's objectives", () => {
    expect(reasonText("Both want to grow in Grow our leaders from within.")).toBe(
      "You both work towards “Grow our leaders from within”.",
    );
    expect(reasonText("You share a language.")).toBe("You share a language.");
  });

  it("counts questionnaire answers instead of listing whole prompts", () => {
    expect(questionnaireText(2, 1)).toBe(
      "A similar way of working: the same answers on 2 questions and close ones on 1 more.",
    );
    expect(questionnaireText(1, 0)).toBe(
      "A similar way of working: the same answers on 1 question.",
    );
    expect(questionnaireText(0, 3)).toBe("A similar way of working: close answers on 3 questions.");
  });
});
