import { describe, expect, it } from "vitest";
import {
  addMonths,
  DEFAULT_CONFIDENTIALITY,
  DEFAULT_EARLY_ENDING,
  defaultCadence,
  draftAgreement,
  endDateProblem,
} from "./defaults.ts";

const program = { cadenceMinWeeks: 2, cadenceMaxWeeks: 6, durationMonths: 12 };

describe("draftAgreement", () => {
  it("takes the program's rhythm and length, 45-minute video sessions and our own words", () => {
    const draft = draftAgreement({
      program,
      startedAt: new Date("2026-03-10T09:00:00Z"),
      kind: "pair",
    });
    expect(draft).toMatchObject({
      cadenceWeeks: 4,
      sessionMinutes: 45,
      channel: "video",
      channelDetail: null,
      endsOn: "2027-03-10",
      confidentiality: DEFAULT_CONFIDENTIALITY,
      earlyEnding: DEFAULT_EARLY_ENDING,
    });
    expect(draft.mentorResponsibilities).toMatch(/listen/i);
    expect(draft.menteeResponsibilities).toMatch(/goals/i);
    expect(draft.earlyEnding).toMatch(/without blame/);
  });

  it("words responsibilities for a circle's facilitator and members", () => {
    const circle = draftAgreement({ program, startedAt: new Date("2026-01-01"), kind: "circle" });
    const pair = draftAgreement({ program, startedAt: new Date("2026-01-01"), kind: "pair" });
    expect(circle.mentorResponsibilities).not.toBe(pair.mentorResponsibilities);
    expect(circle.mentorResponsibilities).toMatch(/every voice/);
  });

  it("ends on the last day of a shorter month", () => {
    expect(addMonths(new Date("2026-08-31T00:00:00Z"), 6).toISOString().slice(0, 10)).toBe(
      "2027-02-28",
    );
    const draft = draftAgreement({
      program: { ...program, durationMonths: 1 },
      startedAt: new Date("2028-01-31T12:00:00Z"),
      kind: "pair",
    });
    expect(draft.endsOn).toBe("2028-02-29");
  });
});

describe("defaultCadence", () => {
  it("is the middle of the program's range, within 1 to 12 weeks", () => {
    expect(defaultCadence({ cadenceMinWeeks: 2, cadenceMaxWeeks: 6 })).toBe(4);
    expect(defaultCadence({ cadenceMinWeeks: 1, cadenceMaxWeeks: 2 })).toBe(2);
    expect(defaultCadence({ cadenceMinWeeks: 1, cadenceMaxWeeks: 1 })).toBe(1);
    expect(defaultCadence({ cadenceMinWeeks: 20, cadenceMaxWeeks: 52 })).toBe(12);
  });
});

describe("endDateProblem", () => {
  const now = new Date("2026-12-07T10:00:00Z");
  it("accepts a date after today and within three years", () => {
    expect(endDateProblem("2026-12-08", now)).toBeNull();
    expect(endDateProblem("2029-12-07", now)).toBeNull();
  });
  it("refuses today, the past, and more than three years away, saying why", () => {
    expect(endDateProblem("2026-12-07", now)).toMatch(/after today/);
    expect(endDateProblem("2025-01-01", now)).toMatch(/after today/);
    expect(endDateProblem("2029-12-08", now)).toMatch(/within 3 years/);
  });
});
