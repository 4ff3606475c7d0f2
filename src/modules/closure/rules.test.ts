import { describe, expect, it } from "vitest";
import { canReviewNow, everyoneWantsToStayInTouch, planEndDates } from "./rules.ts";
import { closureReviewInput } from "./submit-closure-review.ts";

describe("planEndDates", () => {
  const candidates = [
    { relationshipId: "past", endsOn: "2026-06-01", warned: true },
    { relationshipId: "today", endsOn: "2026-06-15", warned: false },
    { relationshipId: "tomorrow", endsOn: "2026-06-16", warned: false },
    { relationshipId: "in-14-days", endsOn: "2026-06-29", warned: false },
    { relationshipId: "in-14-days-warned", endsOn: "2026-06-29", warned: true },
    { relationshipId: "in-15-days", endsOn: "2026-06-30", warned: false },
  ];

  it("closes at the end date and after, and warns once within two weeks", () => {
    // Late in the day UTC: the date is what counts, not the hour.
    const plan = planEndDates(candidates, new Date("2026-06-15T23:30:00Z"));
    expect(plan.close).toEqual(["past", "today"]);
    expect(plan.warn).toEqual([
      { relationshipId: "tomorrow", endsOn: "2026-06-16", daysLeft: 1 },
      { relationshipId: "in-14-days", endsOn: "2026-06-29", daysLeft: 14 },
    ]);
  });

  it("moves with the clock", () => {
    const plan = planEndDates(candidates, new Date("2026-06-14T06:00:00Z"));
    expect(plan.close).toEqual(["past"]);
    expect(plan.warn.map((w) => w.relationshipId)).toEqual(["today", "tomorrow"]);
    const later = planEndDates(candidates, new Date("2026-06-30T00:00:00Z"));
    expect(later.close).toHaveLength(candidates.length);
    expect(later.warn).toEqual([]);
  });
});

describe("canReviewNow", () => {
  const now = new Date("2026-07-01T12:00:00Z");
  it("while running and for 30 days after the end", () => {
    expect(canReviewNow({ status: "active", endedAt: null }, now)).toBe(true);
    expect(canReviewNow({ status: "ended", endedAt: new Date("2026-06-01T12:00:00Z") }, now)).toBe(
      true,
    );
    expect(canReviewNow({ status: "ended", endedAt: new Date("2026-06-01T11:59:00Z") }, now)).toBe(
      false,
    );
    expect(canReviewNow({ status: "proposed", endedAt: null }, now)).toBe(false);
  });
});

describe("everyoneWantsToStayInTouch", () => {
  it("is true only when every member said yes", () => {
    const ids = ["a", "b"];
    expect(everyoneWantsToStayInTouch(ids, new Map([["a", true]]))).toBe(false);
    expect(
      everyoneWantsToStayInTouch(
        ids,
        new Map([
          ["a", true],
          ["b", false],
        ]),
      ),
    ).toBe(false);
    expect(
      everyoneWantsToStayInTouch(
        ids,
        new Map([
          ["a", true],
          ["b", true],
        ]),
      ),
    ).toBe(true);
  });
});

describe("the closure review input", () => {
  it("takes a reason from the list only", () => {
    expect(closureReviewInput.safeParse({ reason: "your fault" }).success).toBe(false);
    expect(closureReviewInput.parse({ reason: "goals_reached" })).toEqual({
      goalsReached: [],
      learned: "",
      appreciation: "",
      reason: "goals_reached",
      stayInTouch: false,
    });
  });
});
