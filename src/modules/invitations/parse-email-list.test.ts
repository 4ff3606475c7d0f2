import { describe, expect, it } from "vitest";
import { parseEmailList } from "./parse-email-list.ts";

describe("parseEmailList", () => {
  it("splits on commas, semicolons, spaces and newlines", () => {
    expect(parseEmailList("a@x.org, b@x.org;c@x.org\nd@x.org\r\n\te@x.org  f@x.org")).toEqual({
      valid: ["a@x.org", "b@x.org", "c@x.org", "d@x.org", "e@x.org", "f@x.org"],
      invalid: [],
      duplicates: [],
    });
  });

  it("reads addresses with display names, as pasted from a mail client", () => {
    expect(
      parseEmailList('Ada Lovelace <ada@x.org>, "Hopper, Grace" <grace@x.org>; <alan@x.org>'),
    ).toEqual({ valid: ["ada@x.org", "grace@x.org", "alan@x.org"], invalid: [], duplicates: [] });
  });

  it("strips mailto: and lower-cases", () => {
    expect(parseEmailList("mailto:Ada@X.org\nMAILTO:bob@x.org").valid).toEqual([
      "ada@x.org",
      "bob@x.org",
    ]);
  });

  it("reports duplicates once they are lower-cased, keeping the first", () => {
    expect(parseEmailList("a@x.org, A@X.ORG; Someone <a@x.org>, b@x.org")).toEqual({
      valid: ["a@x.org", "b@x.org"],
      invalid: [],
      duplicates: ["a@x.org", "a@x.org"],
    });
  });

  it("keeps invalid entries aside, as typed", () => {
    const parsed = parseEmailList("good@x.org, not-an-address; @x.org\nbad@, Foo@@x.org");
    expect(parsed.valid).toEqual(["good@x.org"]);
    expect(parsed.invalid).toEqual(["not-an-address", "@x.org", "bad@", "Foo@@x.org"]);
    expect(parsed.duplicates).toEqual([]);
  });

  it("rejects addresses longer than 254 characters", () => {
    const long = `${"a".repeat(64)}@${"b".repeat(63)}.${"c".repeat(63)}.${"d".repeat(63)}.org`;
    expect(long.length).toBeGreaterThan(254);
    expect(parseEmailList(long)).toEqual({ valid: [], invalid: [long], duplicates: [] });
  });

  it("finds nothing in empty or separator-only input", () => {
    for (const input of ["", "   ", ",;\n,", "\n\n"]) {
      expect(parseEmailList(input)).toEqual({ valid: [], invalid: [], duplicates: [] });
    }
  });
});

describe("parseEmailList on awkward input", () => {
  it("keeps a bare address that precedes a named one in the same entry", () => {
    expect(parseEmailList("a@x.org Bob <b@x.org>").valid).toEqual(["a@x.org", "b@x.org"]);
  });

  it("does not count a quoted address used as a display name twice", () => {
    expect(parseEmailList(`"ada@x.org" <ada@x.org>, b@x.org`)).toEqual({
      valid: ["ada@x.org", "b@x.org"],
      invalid: [],
      duplicates: [],
    });
  });

  it("reports an unclosed bracket as invalid rather than guessing", () => {
    expect(parseEmailList("Ada <ada@x.org, b@x.org").invalid).toEqual(["Ada", "<ada@x.org"]);
  });

  it("takes linear time on a long paste without separators (no regex backtracking)", () => {
    for (const input of ["a".repeat(100_000), "<".repeat(100_000), '"'.repeat(100_000)]) {
      const started = performance.now();
      const parsed = parseEmailList(input);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(parsed.valid).toEqual([]);
    }
  });
});
