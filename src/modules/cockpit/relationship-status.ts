/**
 * Where a relationship stands for one of its members, in a few words, and the one thing that
 * would move it on. Pure: the cockpit reads the facts in one query and asks here.
 */
export type RelationshipFacts = {
  status: "proposed" | "active" | "declined" | "ended";
  /** The agreement's current version, or null when nobody has written one yet. */
  agreementVersion: number | null;
  /** The latest version I accepted, or null. */
  myAcceptedVersion: number | null;
  /** When every member had accepted the agreement. */
  agreedAt: Date | null;
  /** A session (proposed or confirmed) still to come. */
  hasUpcomingSession: boolean;
  /** I have written my closure review. */
  reviewed: boolean;
  /** I still have to confirm this proposed match. */
  awaitingMyConfirmation: boolean;
};

export const RELATIONSHIP_STEPS = [
  "confirm_match",
  "waiting_for_others",
  "write_agreement",
  "accept_agreement",
  "agreement_with_others",
  "plan_session",
  "under_way",
  "write_review",
  "closed",
  "not_going_ahead",
] as const;
export type RelationshipStep = (typeof RELATIONSHIP_STEPS)[number];

/** The tab of the relationship page where the next step happens (null: the matches page). */
export type StepTab = "agreement" | "sessions" | "close" | null;

export type RelationshipStanding = {
  step: RelationshipStep;
  /** A short phrase for the card ("agreement to write"). */
  statusPhrase: string;
  /** What to do next, as a button label (null when there is nothing to do). */
  nextStep: string | null;
  tab: StepTab;
};

export function relationshipStanding(facts: RelationshipFacts): RelationshipStanding {
  const at = (
    step: RelationshipStep,
    statusPhrase: string,
    nextStep: string | null,
    tab: StepTab,
  ): RelationshipStanding => ({ step, statusPhrase, nextStep, tab });
  switch (facts.status) {
    case "proposed":
      return facts.awaitingMyConfirmation
        ? at("confirm_match", "a new match for you", "Say yes or no", null)
        : at("waiting_for_others", "waiting for the others to say yes", null, null);
    case "declined":
      return at("not_going_ahead", "didn't go ahead", null, null);
    case "ended":
      return facts.reviewed
        ? at("closed", "closed", null, "close")
        : at("write_review", "closed — your review is waiting", "Write your review", "close");
    case "active": {
      if (facts.agreementVersion === null) {
        return at("write_agreement", "agreement to write", "Write your agreement", "agreement");
      }
      if (facts.myAcceptedVersion === null || facts.myAcceptedVersion < facts.agreementVersion) {
        return at(
          "accept_agreement",
          "agreement waiting for you",
          "Read and accept the agreement",
          "agreement",
        );
      }
      if (facts.agreedAt === null) {
        return at(
          "agreement_with_others",
          "agreement waiting for the others",
          "See the agreement",
          "agreement",
        );
      }
      return facts.hasUpcomingSession
        ? at("under_way", "under way", "See your sessions", "sessions")
        : at("plan_session", "plan your next session", "Plan a session", "sessions");
    }
  }
}
