import { describe, expect, it } from "vitest";
import { parseDirectorySearch, peopleCount } from "./search-params.ts";

const id = "3f2b8c1e-1d2a-4c3b-9e8f-0a1b2c3d4e5f";

describe("parseDirectorySearch", () => {
  it("keeps a search, filters and a page", () => {
    expect(
      parseDirectorySearch({
        q: "ana",
        department: "Engineering",
        offered: id,
        offeredName: "Python",
        mentors: true,
        page: 3,
      }),
    ).toEqual({
      q: "ana",
      department: "Engineering",
      offered: id,
      offeredName: "Python",
      mentors: true,
      page: 3,
    });
  });

  it("drops what doesn't make sense instead of sending it to the server", () => {
    expect(
      parseDirectorySearch({
        q: "   ",
        offered: "not-an-id",
        offeredName: "Python",
        page: -2,
        mentors: "maybe",
        view: "other",
        extra: "x",
      }),
    ).toEqual({});
    expect(parseDirectorySearch({ page: 1.5 })).toEqual({});
    expect(parseDirectorySearch({ q: "x".repeat(500) }).q).toHaveLength(200);
  });

  it("keeps the who-can-help skill", () => {
    expect(parseDirectorySearch({ view: "help", skill: id, skillName: "Rust" })).toEqual({
      view: "help",
      skill: id,
      skillName: "Rust",
    });
  });
});

describe("peopleCount", () => {
  it("says how many, plainly", () => {
    expect(peopleCount(0, true)).toBe("0 people");
    expect(peopleCount(1, true)).toBe("1 person");
    expect(peopleCount(1234, true)).toBe("1,234 people");
    expect(peopleCount(10000, false)).toBe("10,000+ people");
  });
});
