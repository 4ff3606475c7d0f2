import { describe, expect, it } from "vitest";
import { defaultMatchingSettings, parseMatchingSettings } from "./matching-settings.ts";

describe("matching settings", () => {
  it("defaults: shortlist of 5, 3 days to answer, reporting chain forbidden for career programs", () => {
    const s = defaultMatchingSettings("onboarding", "career");
    expect(s.shortlistSize).toBe(5);
    expect(s.responseDays).toBe(3);
    expect(s.rules.reportingChain).toBe(true);
    expect(defaultMatchingSettings("onboarding", "on_the_job").rules.reportingChain).toBe(false);
  });
  it("a career program can't turn the reporting-chain rule off", () => {
    const stored = { ...defaultMatchingSettings("culture", "on_the_job") };
    expect(parseMatchingSettings(stored, "culture", "career").rules.reportingChain).toBe(true);
    expect(parseMatchingSettings(stored, "culture", "on_the_job").rules.reportingChain).toBe(false);
  });
  it("fills what a stored value lacks from the purpose's defaults", () => {
    const s = parseMatchingSettings(
      { mode: "bulk", weights: { skills: 9 } },
      "diversity",
      "career",
    );
    expect(s.mode).toBe("bulk");
    expect(s.weights.skills).toBe(9);
    expect(s.weights.crossDepartment).toBe(6);
  });
});
