import { describe, expect, it } from "vitest";
import {
  type InactivitySession,
  inactivity,
  inactivityChange,
  lastActivityAt,
  NUDGE_GRACE_DAYS,
  STALLED_AFTER_NUDGE_DAYS,
} from "./inactivity.ts";

const DAY = 24 * 60 * 60 * 1000;
const start = new Date("2027-03-01T10:00:00.000Z");
const at = (days: number) => new Date(start.getTime() + days * DAY);
const held = (days: number): InactivitySession => ({
  status: "confirmed",
  outcome: "held",
  startsAt: at(days),
  durationMinutes: 60,
});
const base = { startedAt: start, agreedAt: null, sessions: [], cadenceWeeks: 3, nudgedAt: null };
/** Three weeks' cadence plus the grace. */
const quiet = 21 + NUDGE_GRACE_DAYS;

describe("the last activity", () => {
  it("is the latest session that took place, else the agreement, else the start", () => {
    expect(lastActivityAt({ ...base, now: at(5) })).toEqual(start);
    expect(lastActivityAt({ ...base, agreedAt: at(3), now: at(5) })).toEqual(at(3));
    expect(
      lastActivityAt({
        ...base,
        agreedAt: at(3),
        sessions: [
          held(10),
          held(20),
          { ...held(30), outcome: "not_held" },
          { ...held(25), status: "cancelled", outcome: null },
          { ...held(26), status: "proposed", outcome: null },
        ],
        now: at(40),
      }),
    ).toEqual(at(20));
  });

  it("counts a confirmed session that has passed with nobody answering yet", () => {
    const confirmed: InactivitySession = { ...held(12), outcome: null };
    expect(lastActivityAt({ ...base, sessions: [confirmed], now: at(13) })).toEqual(at(12));
  });
});

describe("inactivity", () => {
  it("is ok within the cadence plus the grace", () => {
    expect(inactivity({ ...base, now: at(quiet - 1) }).state).toBe("ok");
    expect(inactivity({ ...base, sessions: [held(30)], now: at(30 + quiet - 1) }).state).toBe("ok");
  });

  it("asks for a nudge once the cadence plus the grace has passed without a session", () => {
    const result = inactivity({ ...base, now: at(quiet) });
    expect(result).toEqual({ state: "nudge", lastActivityAt: start, quietFrom: at(quiet) });
  });

  it("uses the agreement's cadence: a longer one waits longer", () => {
    expect(inactivity({ ...base, cadenceWeeks: 6, now: at(quiet) }).state).toBe("ok");
    expect(inactivity({ ...base, cadenceWeeks: 6, now: at(42 + NUDGE_GRACE_DAYS) }).state).toBe(
      "nudge",
    );
  });

  it("is ok while a confirmed session is coming up, however long it has been", () => {
    const upcoming: InactivitySession = { ...held(200), outcome: null };
    expect(inactivity({ ...base, sessions: [upcoming], now: at(150) }).state).toBe("ok");
    // A proposed one doesn't count: it may never be confirmed.
    expect(
      inactivity({ ...base, sessions: [{ ...upcoming, status: "proposed" }], now: at(150) }).state,
    ).toBe("nudge");
  });

  it("waits after a nudge, then becomes stalled", () => {
    const nudgedAt = at(quiet);
    expect(inactivity({ ...base, nudgedAt, now: at(quiet + 1) }).state).toBe("nudged");
    expect(
      inactivity({ ...base, nudgedAt, now: at(quiet + STALLED_AFTER_NUDGE_DAYS - 1) }).state,
    ).toBe("nudged");
    expect(inactivity({ ...base, nudgedAt, now: at(quiet + STALLED_AFTER_NUDGE_DAYS) }).state).toBe(
      "stalled",
    );
  });

  it("starts over when activity resumes after a nudge", () => {
    const nudgedAt = at(quiet);
    const resumed = [held(quiet + 3)];
    expect(inactivity({ ...base, nudgedAt, sessions: resumed, now: at(quiet + 20) }).state).toBe(
      "ok",
    );
    // Quiet again for a whole cadence and grace: a new nudge, since the old one was before.
    expect(
      inactivity({ ...base, nudgedAt, sessions: resumed, now: at(quiet + 3 + quiet) }).state,
    ).toBe("nudge");
  });
});

describe("what the job writes", () => {
  const none = { nudgedAt: null, stalledAt: null };
  it("nudges, marks stalled once, and clears when things are fine again", () => {
    expect(inactivityChange("nudge", none)).toEqual({ kind: "nudge" });
    expect(inactivityChange("nudged", { ...none, nudgedAt: at(1) })).toEqual({ kind: "none" });
    expect(inactivityChange("stalled", { ...none, nudgedAt: at(1) })).toEqual({ kind: "stall" });
    expect(inactivityChange("stalled", { nudgedAt: at(1), stalledAt: at(15) })).toEqual({
      kind: "none",
    });
    expect(inactivityChange("ok", { nudgedAt: at(1), stalledAt: at(15) })).toEqual({
      kind: "clear",
    });
    expect(inactivityChange("ok", none)).toEqual({ kind: "none" });
  });
});
