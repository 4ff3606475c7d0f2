import { describe, expect, it } from "vitest";
import { type RelationshipFacts, relationshipStanding } from "./relationship-status.ts";

const running: RelationshipFacts = {
  status: "active",
  agreementVersion: 2,
  myAcceptedVersion: 2,
  agreedAt: new Date("2026-11-01T10:00:00Z"),
  hasUpcomingSession: true,
  reviewed: false,
  awaitingMyConfirmation: false,
};
const phrase = (facts: Partial<RelationshipFacts>) =>
  relationshipStanding({ ...running, ...facts }).statusPhrase;

describe("relationshipStanding", () => {
  it("walks a relationship from the match to the review", () => {
    expect(phrase({ status: "proposed", awaitingMyConfirmation: true })).toBe(
      "a new match for you",
    );
    expect(phrase({ status: "proposed" })).toBe("waiting for the others to say yes");
    expect(phrase({ agreementVersion: null, myAcceptedVersion: null, agreedAt: null })).toBe(
      "agreement to write",
    );
    expect(phrase({ myAcceptedVersion: null, agreedAt: null })).toBe("agreement waiting for you");
    expect(phrase({ agreedAt: null })).toBe("agreement waiting for the others");
    expect(phrase({ hasUpcomingSession: false })).toBe("plan your next session");
    expect(phrase({})).toBe("under way");
    expect(phrase({ status: "ended" })).toBe("closed — your review is waiting");
    expect(phrase({ status: "ended", reviewed: true })).toBe("closed");
    expect(phrase({ status: "declined" })).toBe("didn't go ahead");
  });

  it("asks me again when the agreement changed after I accepted it", () => {
    const standing = relationshipStanding({ ...running, myAcceptedVersion: 1 });
    expect(standing).toEqual({
      step: "accept_agreement",
      statusPhrase: "agreement waiting for you",
      nextStep: "Read and accept the agreement",
      tab: "agreement",
    });
  });

  it("sends each next step to the right tab", () => {
    expect(relationshipStanding({ ...running, hasUpcomingSession: false }).tab).toBe("sessions");
    expect(relationshipStanding({ ...running, status: "ended" }).tab).toBe("close");
    expect(
      relationshipStanding({ ...running, status: "proposed", awaitingMyConfirmation: true }).tab,
    ).toBeNull();
  });
});
