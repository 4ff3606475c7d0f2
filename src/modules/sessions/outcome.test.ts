import { describe, expect, it } from "vitest";
import { deriveOutcome, noShowsOf, SILENCE_COUNTS_AS_HELD_DAYS } from "./outcome.ts";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-12-20T12:00:00Z");
const ago = (days: number) => new Date(now.getTime() - days * DAY);
const pair = ["mina", "theo"];
const circle = ["fay", "ana", "bo", "cy"];

const yes = (personId: string, daysAgo = 0) => ({
  personId,
  tookPlace: true,
  answeredAt: ago(daysAgo),
});
const no = (personId: string, daysAgo = 0) => ({
  personId,
  tookPlace: false,
  answeredAt: ago(daysAgo),
});

describe("deriveOutcome", () => {
  it("is pending while nobody has answered", () => {
    expect(deriveOutcome({ memberIds: pair, answers: [], now })).toBeNull();
  });

  it("is held when everyone says yes", () => {
    expect(deriveOutcome({ memberIds: pair, answers: [yes("mina"), yes("theo")], now })).toBe(
      "held",
    );
    expect(deriveOutcome({ memberIds: circle, answers: circle.map((id) => yes(id)), now })).toBe(
      "held",
    );
  });

  it("is not held when everyone says no", () => {
    expect(deriveOutcome({ memberIds: pair, answers: [no("mina"), no("theo")], now })).toBe(
      "not_held",
    );
  });

  it("is unclear when the answers disagree", () => {
    expect(deriveOutcome({ memberIds: pair, answers: [yes("mina"), no("theo")], now })).toBe(
      "unclear",
    );
    expect(
      deriveOutcome({
        memberIds: circle,
        answers: [yes("fay"), yes("ana"), yes("bo"), no("cy")],
        now,
      }),
    ).toBe("unclear");
  });

  it("is pending while someone hasn't answered and the first yes is recent", () => {
    expect(deriveOutcome({ memberIds: pair, answers: [yes("mina", 1)], now })).toBeNull();
    expect(
      deriveOutcome({
        memberIds: pair,
        answers: [yes("mina", SILENCE_COUNTS_AS_HELD_DAYS - 0.01)],
        now,
      }),
    ).toBeNull();
  });

  it("counts a yes as held once the others have been silent for seven days", () => {
    expect(
      deriveOutcome({ memberIds: pair, answers: [yes("mina", SILENCE_COUNTS_AS_HELD_DAYS)], now }),
    ).toBe("held");
    // In a circle: the oldest yes counts, and every answer so far must be yes.
    expect(deriveOutcome({ memberIds: circle, answers: [yes("fay", 8), yes("ana", 1)], now })).toBe(
      "held",
    );
  });

  it("never counts silence as held when someone said no", () => {
    expect(
      deriveOutcome({ memberIds: circle, answers: [yes("fay", 30), no("ana", 30)], now }),
    ).toBeNull();
    expect(deriveOutcome({ memberIds: pair, answers: [no("mina", 30)], now })).toBeNull();
  });

  it("ignores answers from people who are no longer members", () => {
    expect(
      deriveOutcome({ memberIds: pair, answers: [yes("mina"), yes("theo"), no("gone")], now }),
    ).toBe("held");
    expect(deriveOutcome({ memberIds: pair, answers: [no("gone", 30)], now })).toBeNull();
  });
});

describe("noShowsOf", () => {
  it("lists each person named as absent once", () => {
    expect(
      noShowsOf([{ absentIds: ["theo"] }, { absentIds: ["theo", "bo"] }, { absentIds: [] }]),
    ).toEqual(["theo", "bo"]);
  });
});
