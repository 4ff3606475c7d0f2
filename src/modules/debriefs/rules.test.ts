import { describe, expect, it } from "vitest";
import { addDebriefInput } from "./add-debrief.ts";
import { assertOpenForDebriefs, canWriteDebriefs, groupByMonth, isDebriefDue } from "./rules.ts";

const at = (iso: string) => new Date(iso);

describe("isDebriefDue", () => {
  it("is due after three held sessions since the start", () => {
    const starts = [at("2026-01-05T10:00Z"), at("2026-01-26T10:00Z")];
    expect(isDebriefDue({ heldSessionStarts: starts, lastDebriefAt: null })).toBe(false);
    expect(
      isDebriefDue({
        heldSessionStarts: [...starts, at("2026-02-16T10:00Z")],
        lastDebriefAt: null,
      }),
    ).toBe(true);
  });

  it("counts only sessions held after my last debrief", () => {
    const starts = [
      at("2026-01-05T10:00Z"),
      at("2026-01-26T10:00Z"),
      at("2026-02-16T10:00Z"),
      at("2026-03-09T10:00Z"),
      at("2026-03-30T10:00Z"),
    ];
    expect(
      isDebriefDue({ heldSessionStarts: starts, lastDebriefAt: at("2026-02-17T09:00Z") }),
    ).toBe(false);
    expect(
      isDebriefDue({
        heldSessionStarts: [...starts, at("2026-04-20T10:00Z")],
        lastDebriefAt: at("2026-02-17T09:00Z"),
      }),
    ).toBe(true);
  });
});

describe("when debriefs can be written", () => {
  const now = at("2026-06-30T12:00Z");
  it("while the relationship runs, and for 30 days after it closed", () => {
    expect(canWriteDebriefs({ status: "active", endedAt: null }, now)).toBe(true);
    expect(canWriteDebriefs({ status: "ended", endedAt: at("2026-06-01T12:00Z") }, now)).toBe(true);
    expect(canWriteDebriefs({ status: "ended", endedAt: at("2026-05-31T11:00Z") }, now)).toBe(
      false,
    );
  });
  it("not before it started", () => {
    expect(() => assertOpenForDebriefs({ status: "proposed", endedAt: null }, now)).toThrow(
      /hasn't started/,
    );
  });
});

describe("the debrief input", () => {
  it("wants a few words, one or two lines, 280 characters at most", () => {
    expect(addDebriefInput.safeParse({ learned: "Patience." }).success).toBe(false);
    expect(addDebriefInput.safeParse({ learned: "x ".repeat(200) }).success).toBe(false);
    expect(addDebriefInput.safeParse({ learned: "one two three\nfour\nfive" }).success).toBe(false);
    const ok = addDebriefInput.parse({ learned: "  Asking before advising helps.  " });
    expect(ok).toEqual({ learned: "Asking before advising helps.", sharedWithProgram: false });
  });
});

describe("groupByMonth", () => {
  it("puts the newest month first and sorts lines by text, not time", () => {
    expect(
      groupByMonth([
        { learned: "Zoom out first.", createdAt: at("2026-03-02T09:00Z") },
        { learned: "Ask, then listen.", createdAt: at("2026-03-28T09:00Z") },
        { learned: "Say no kindly.", createdAt: at("2026-01-15T09:00Z") },
      ]),
    ).toEqual([
      {
        month: "2026-03",
        entries: [{ learned: "Ask, then listen." }, { learned: "Zoom out first." }],
      },
      { month: "2026-01", entries: [{ learned: "Say no kindly." }] },
    ]);
  });
});
