import { describe, expect, it } from "vitest";
import { asSessionMembers } from "./members.ts";

const person = (id: string, organizationId = "org-1") => ({
  id,
  organizationId,
  name: `Person ${id}`,
  preferredName: null,
  email: `${id}@example.org`,
  timeZone: null,
  status: "active" as const,
});

describe("asSessionMembers", () => {
  const people = new Map(
    [person("mentor"), person("mentee"), person("other"), person("stranger", "org-2")].map((p) => [
      p.id,
      p,
    ]),
  );

  it("takes one relationship's members from people read for many, mentee first", () => {
    const members = asSessionMembers(
      "org-1",
      [
        { personId: "mentor", role: "mentor" },
        { personId: "mentee", role: "mentee" },
      ],
      people,
    );
    expect(members.map((m) => [m.id, m.role])).toEqual([
      ["mentee", "mentee"],
      ["mentor", "mentor"],
    ]);
  });

  it("leaves out anyone of another organization, or not read", () => {
    const members = asSessionMembers(
      "org-1",
      [
        { personId: "stranger", role: "member" },
        { personId: "missing", role: "member" },
        { personId: "other", role: "facilitator" },
      ],
      people,
    );
    expect(members.map((m) => m.id)).toEqual(["other"]);
  });
});
