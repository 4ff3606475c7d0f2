import { describe, expect, it } from "vitest";
import { type Action, authorize, can } from "../../server/authz/index.ts";

const org = "org-1";
const mentee = { personId: "mentee", organizationId: org, role: "member" as const };
const mentor = { personId: "mentor", organizationId: org, role: "member" as const };
const admin = { personId: "admin", organizationId: org, role: "admin" as const };
const manager = { personId: "manager", organizationId: org, role: "program_manager" as const };
const stranger = { personId: "stranger", organizationId: org, role: "member" as const };
const match = { organizationId: org, participantIds: ["mentee", "mentor"] };

describe("the relationship firewall", () => {
  it("lets only the two people read or change a match", () => {
    for (const actor of [mentee, mentor]) {
      expect(can(actor, "relationship.read", match)).toBe(true);
      expect(can(actor, "relationship.respond", match)).toBe(true);
    }
    for (const actor of [admin, manager, stranger]) {
      expect(can(actor, "relationship.read", { ...match, isManager: true })).toBe(false);
      expect(can(actor, "relationship.respond", { ...match, isManager: true })).toBe(false);
    }
  });

  it("lets managers of the program and administrators see that a match exists", () => {
    expect(can(manager, "relationship.readMetadata", { ...match, isManager: true })).toBe(true);
    expect(can(manager, "relationship.readMetadata", match)).toBe(false);
    expect(can(admin, "relationship.readMetadata", match)).toBe(true);
    expect(can(stranger, "relationship.readMetadata", match)).toBe(false);
  });

  it("keeps a decline reason with whoever declined", () => {
    const declinedByMentor = { organizationId: org, personId: "mentor" };
    expect(can(mentor, "relationship.readDeclineReason", declinedByMentor)).toBe(true);
    for (const actor of [mentee, admin, manager]) {
      expect(can(actor, "relationship.readDeclineReason", declinedByMentor)).toBe(false);
    }
  });

  it("keeps a relationship's content (notes, agenda, commitments, goals) with its members", () => {
    const circle = { organizationId: org, participantIds: ["mentee", "mentor", "stranger"] };
    for (const actor of [mentee, mentor]) {
      expect(can(actor, "relationship.content", match)).toBe(true);
    }
    expect(can(stranger, "relationship.content", circle)).toBe(true);
    for (const actor of [admin, manager, stranger]) {
      expect(can(actor, "relationship.content", { ...match, isManager: true })).toBe(false);
    }
  });

  it("keeps a person's own items (personal notes, check-in answers, private debriefs) with them alone", () => {
    const menteesNote = {
      organizationId: org,
      personId: "mentee",
      participantIds: ["mentee", "mentor"],
    };
    expect(can(mentee, "relationship.ownContent", menteesNote)).toBe(true);
    for (const actor of [mentor, admin, manager, stranger]) {
      expect(can(actor, "relationship.ownContent", { ...menteesNote, isManager: true })).toBe(
        false,
      );
    }
  });

  it("lets program managers and administrators see how a program goes, in aggregate", () => {
    expect(can(manager, "program.insights", { organizationId: org, isManager: true })).toBe(true);
    expect(can(admin, "program.insights", { organizationId: org })).toBe(true);
    expect(can(manager, "program.insights", { organizationId: org })).toBe(false);
    expect(can(mentee, "program.insights", { organizationId: org })).toBe(false);
  });

  it("never crosses organizations", () => {
    const elsewhere = { ...mentee, organizationId: "org-2" };
    expect(can(elsewhere, "relationship.read", match)).toBe(false);
  });

  it("tells a refused person why, in words about what they tried", () => {
    const refusal = (action: Action, resource: Parameters<typeof authorize>[2] = match) => {
      try {
        authorize(stranger, action, resource);
      } catch (error) {
        return (error as Error).message;
      }
      return null;
    };
    for (const action of [
      "relationship.read",
      "relationship.respond",
      "relationship.content",
    ] as const) {
      expect(refusal(action)).toBe("Only the people in this relationship can see or change it.");
    }
    expect(refusal("relationship.ownContent", { ...match, personId: "mentee" })).toBe(
      "This is private to the person who wrote it.",
    );
    expect(refusal("program.insights")).toBe(
      "Only this program's managers and administrators can see how it's going.",
    );
    expect(refusal("rematches.manage")).toBe("This is for administrators of your organization.");
  });
});
