import { describe, expect, it } from "vitest";
import { describeChange, duplicateFields, plural } from "./labels.ts";

describe("import labels", () => {
  it("says what changes in plain words", () => {
    expect(describeChange({ field: "title", from: "Engineer", to: "Staff engineer" })).toBe(
      "Job title: Engineer → Staff engineer",
    );
    expect(describeChange({ field: "manager", from: null, to: "amal@x.org" })).toBe(
      "Manager: (empty) → amal@x.org",
    );
    expect(describeChange({ field: "status", from: "deactivated", to: "active" })).toBe(
      "Reactivated",
    );
  });

  it("finds a field chosen for two columns", () => {
    expect(duplicateFields(["email", null, "fullName", "email", null])).toEqual(["email"]);
    expect(duplicateFields(["email", null, null])).toEqual([]);
  });

  it("counts with the right noun", () => {
    expect(plural(1, "person", "people")).toBe("1 person");
    expect(plural(2, "person", "people")).toBe("2 people");
  });
});
