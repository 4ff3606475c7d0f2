import { describe, expect, it } from "vitest";
import { DEFAULT_WEIGHTS_BY_PURPOSE } from "./default-weights.ts";
import { matchingWeightsSchema } from "./matching-settings.ts";
import { ISSUE_CATEGORIES, type NeedsAnalysis, needsAnalysisSchema } from "./needs-analysis.ts";
import { recommendProgram } from "./recommend.ts";

const answers = (over: Partial<NeedsAnalysis> = {}): NeedsAnalysis => ({
  issue: { category: "other", details: "" },
  knowledgeSharing: "openly",
  leadersModel: "yes",
  tools: ["video_calls", "chat"],
  personalDevicesAllowed: true,
  audience: { who: "everyone", description: "", size: 100 },
  ...over,
});
const issue = (category: NeedsAnalysis["issue"]["category"]) => ({ category, details: "" });

describe("recommendProgram", () => {
  it("knowledge held by a few → 1:1 from tenured experts, capacity 3, knowledge transfer", () => {
    const r = recommendProgram(answers({ issue: issue("knowledge_held_by_few") }));
    expect(r.purpose.value).toBe("knowledge_transfer");
    expect(r.format).toEqual({
      value: "one_to_one",
      reason: "Knowledge is held by a few → 1:1 mentoring from tenured experts.",
    });
    expect(r.capacity.value).toBe(3);
    expect(r.kind.value).toBe("career");
    expect(r.roles.value).toBe("mentor_mentee");
    expect(r.mode.value).toBe("choice");
    expect(r.measures.value).toContain("knowledge_shared");
  });

  it("slow onboarding → on-the-job 1:1 for 6 months, weekly-ish, bulk matched", () => {
    const r = recommendProgram(answers({ issue: issue("slow_onboarding") }));
    expect(r.purpose.value).toBe("onboarding");
    expect(r.kind.value).toBe("on_the_job");
    expect(r.kind.reason).toMatch(/both see that it is so/);
    expect(r.durationMonths.value).toBe(6);
    expect(r.cadence.value).toEqual({ minWeeks: 1, maxWeeks: 2 });
    expect(r.mode.value).toBe("bulk");
    expect(r.measures.value).toContain("time_to_productivity");
  });

  it("leadership pipeline → high potential, 1:1, mentee choice, 12 months every 2–6 weeks", () => {
    const r = recommendProgram(answers({ issue: issue("leadership_pipeline") }));
    expect(r.purpose.value).toBe("high_potential");
    expect(r.format.value).toBe("one_to_one");
    expect(r.mode.value).toBe("choice");
    expect(r.durationMonths.value).toBe(12);
    expect(r.cadence.value).toEqual({ minWeeks: 2, maxWeeks: 6 });
    expect(r.kind.value).toBe("career");
  });

  it("silos → peer mentoring for everyone-is-both, flash for a large group", () => {
    const small = recommendProgram(answers({ issue: issue("silos") }));
    expect(small.format.value).toBe("peer");
    expect(small.roles.value).toBe("everyone_both");
    expect(small.purpose.value).toBe("diversity");
    const large = recommendProgram(
      answers({
        issue: issue("silos"),
        audience: { who: "everyone", description: "", size: 2000 },
      }),
    );
    expect(large.format.value).toBe("flash");
    expect(large.durationMonths.value).toBe(3);
    expect(large.weights.value.crossDepartment).toBeGreaterThan(large.weights.value.skills);
  });

  it("retention → engagement, 1:1 with mentee choice", () => {
    const r = recommendProgram(answers({ issue: issue("retention") }));
    expect(r.purpose.value).toBe("engagement");
    expect(r.format.value).toBe("one_to_one");
    expect(r.measures.value).toContain("retention");
  });

  it("culture change → group circles, or reverse mentoring when leaders don't model it yet", () => {
    const r = recommendProgram(answers({ issue: issue("culture_change") }));
    expect(r.format.value).toBe("group");
    expect(r.capacity.value).toBe(6);
    const noLeaders = recommendProgram(
      answers({ issue: issue("culture_change"), leadersModel: "no" }),
    );
    expect(noLeaders.format.value).toBe("reverse");
    expect(noLeaders.format.reason).toMatch(/Leaders don't model the change yet/);
    expect(noLeaders.mode.value).toBe("hybrid");
  });

  it("inclusion → reverse mentoring, both confirm", () => {
    const r = recommendProgram(answers({ issue: issue("inclusion") }));
    expect(r.format.value).toBe("reverse");
    expect(r.purpose.value).toBe("diversity");
    expect(r.mode.value).toBe("hybrid");
  });

  it("without video calls, pairs must share a place and distance stops counting", () => {
    const r = recommendProgram(answers({ tools: ["meeting_rooms"] }));
    expect(r.sameLocationRequired.value).toBe(true);
    expect(r.weights.value.crossLocation).toBe(0);
    expect(r.weights.value.timeZone).toBe(0);
    expect(recommendProgram(answers()).sameLocationRequired.value).toBe(false);
  });

  it("knowledge kept within teams raises the cross-department weight; a few experts raise capacity", () => {
    const base = recommendProgram(answers({ issue: issue("retention") }));
    const teams = recommendProgram(
      answers({ issue: issue("retention"), knowledgeSharing: "within_teams" }),
    );
    expect(teams.weights.value.crossDepartment).toBe(base.weights.value.crossDepartment + 2);
    expect(teams.weights.reason).toMatch(/inside teams/);
    const experts = recommendProgram(
      answers({ issue: issue("retention"), knowledgeSharing: "few_experts" }),
    );
    expect(experts.capacity.value).toBe(3);
  });

  it("adds notes when leaders don't take part or personal devices aren't allowed", () => {
    const r = recommendProgram(
      answers({ issue: issue("retention"), leadersModel: "no", personalDevicesAllowed: false }),
    );
    expect(r.notes.some((n) => n.includes("Senior leaders don't model this yet"))).toBe(true);
    expect(r.notes.some((n) => n.includes("work devices"))).toBe(true);
    expect(recommendProgram(answers()).notes).toEqual([]);
  });

  it("gives every setting a reason for every category, and valid weights", () => {
    for (const category of ISSUE_CATEGORIES) {
      for (const size of [10, 1000, 10000]) {
        const r = recommendProgram(
          answers({ issue: issue(category), audience: { who: "everyone", description: "", size } }),
        );
        for (const [key, rec] of Object.entries(r)) {
          if (key === "notes") continue;
          expect((rec as { reason: string }).reason.length, `${category}.${key}`).toBeGreaterThan(
            10,
          );
        }
        expect(matchingWeightsSchema.safeParse(r.weights.value).success).toBe(true);
      }
    }
  });

  it("defaults for every purpose: whole numbers, questionnaire always on, a sensible total", () => {
    for (const [purpose, weights] of Object.entries(DEFAULT_WEIGHTS_BY_PURPOSE)) {
      expect(matchingWeightsSchema.safeParse(weights).success, purpose).toBe(true);
      expect(weights.questionnaire, purpose).toBeGreaterThan(0);
      const total = Object.values(weights).reduce((s, w) => s + w, 0);
      expect(total, purpose).toBeGreaterThanOrEqual(10);
      expect(total, purpose).toBeLessThanOrEqual(30);
    }
    expect(DEFAULT_WEIGHTS_BY_PURPOSE.diversity.crossDepartment).toBeGreaterThan(
      DEFAULT_WEIGHTS_BY_PURPOSE.knowledge_transfer.crossDepartment,
    );
  });

  it("the answers schema explains what is missing", () => {
    const parsed = needsAnalysisSchema.safeParse({
      ...answers(),
      audience: { who: "everyone", size: 1 },
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("A program needs at least 2 people.");
  });
});
