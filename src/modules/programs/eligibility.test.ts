import { describe, expect, it } from "vitest";
import { isEligible } from "./eligibility.ts";

const ana = { id: "00000000-0000-4000-8000-000000000001", department: "Sales", location: "Lisbon" };
const ben = {
  id: "00000000-0000-4000-8000-000000000002",
  department: "Engineering",
  location: null,
};

describe("isEligible", () => {
  it("lets everyone in when the program is for all", () => {
    expect(isEligible(ana, { eligibility: { all: true } })).toBe(true);
  });
  it("matches departments and locations together, ignoring case", () => {
    const program = { eligibility: { departments: ["sales"], locations: ["Lisbon", "Porto"] } };
    expect(isEligible(ana, program)).toBe(true);
    expect(isEligible(ben, program)).toBe(false);
    expect(
      isEligible(ana, { eligibility: { departments: ["Sales"], locations: ["Berlin"] } }),
    ).toBe(false);
  });
  it("always lets named people in, and nobody else when the selection is empty", () => {
    const program = { eligibility: { departments: [], locations: [], personIds: [ben.id] } };
    expect(isEligible(ben, program)).toBe(true);
    expect(isEligible(ana, program)).toBe(false);
  });
  it("treats an unreadable rule as open to everyone", () => {
    expect(isEligible(ana, { eligibility: null })).toBe(true);
  });
});
