import { describe, expect, it } from "vitest";
import { CADENCE_CHOICES, minuteChoices } from "./choices.ts";

describe("meeting choices", () => {
  it("offers every week up to every 12 weeks", () => {
    expect(CADENCE_CHOICES).toHaveLength(12);
    expect(CADENCE_CHOICES[0]).toEqual({ value: "1", label: "Every week" });
    expect(CADENCE_CHOICES[11]).toEqual({ value: "12", label: "Every 12 weeks" });
  });

  it("lists standard lengths in words, keeping an unusual saved length", () => {
    expect(minuteChoices(45).map((c) => c.label)).toContain("45 minutes");
    expect(minuteChoices(60).find((c) => c.value === "90")?.label).toBe("1 h 30 min");
    expect(minuteChoices(120).find((c) => c.value === "120")?.label).toBe("2 hours");
    const odd = minuteChoices(50).map((c) => c.value);
    expect(odd).toContain("50");
    expect(odd.indexOf("50")).toBe(odd.indexOf("45") + 1);
  });
});
