import { describe, expect, it } from "vitest";
import { isValidTimeZone, normalizeTimeZone } from "./time-zones.ts";

describe("normalizeTimeZone", () => {
  it("accepts IANA zones and spells them as Intl does", () => {
    expect(normalizeTimeZone("Europe/Berlin")).toBe("Europe/Berlin");
    expect(normalizeTimeZone("  america/new_york ")).toBe("America/New_York");
    expect(normalizeTimeZone("utc")).toBe("UTC");
    expect(normalizeTimeZone("Pacific/Chatham")).toBe("Pacific/Chatham");
  });

  it("accepts older aliases that Intl still knows", () => {
    expect(isValidTimeZone("US/Pacific")).toBe(true);
    expect(isValidTimeZone("Asia/Calcutta")).toBe(true);
  });

  it("refuses made-up zones, offsets and empty text", () => {
    for (const value of [
      "Mars/Olympus_Mons",
      "Europe/Berlinn",
      "+02:00",
      "-0500",
      "GMT+25",
      "",
      "  ",
      "0",
    ]) {
      expect(normalizeTimeZone(value), value).toBeNull();
    }
  });
});
