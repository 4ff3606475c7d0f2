import { describe, expect, it } from "vitest";
import {
  checkInClosesAt,
  checkInState,
  currentRegularDueAt,
  dueCheckIns,
  sessionTookPlace,
} from "./check-in-schedule.ts";

const DAY = 24 * 60 * 60 * 1000;
const start = new Date("2027-01-04T09:00:00.000Z");
const at = (days: number, hours = 0) => new Date(start.getTime() + days * DAY + hours * 3600_000);
const members = ["mina", "theo"];

describe("the regular check-in", () => {
  it("isn't due before week 4", () => {
    expect(currentRegularDueAt(start, at(27))).toBeNull();
    expect(
      dueCheckIns({
        startedAt: start,
        memberIds: members,
        firstSessionEndedAt: null,
        existing: [],
        now: at(27, 23),
      }),
    ).toEqual([]);
  });

  it("is due at week 4 for everyone, and stays open until week 6", () => {
    expect(currentRegularDueAt(start, at(28))).toEqual(at(28));
    expect(currentRegularDueAt(start, at(41, 23))).toEqual(at(28));
    expect(currentRegularDueAt(start, at(42))).toBeNull();
    expect(
      dueCheckIns({
        startedAt: start,
        memberIds: members,
        firstSessionEndedAt: null,
        existing: [],
        now: at(30),
      }),
    ).toEqual([
      { personId: "mina", kind: "regular", dueAt: at(28) },
      { personId: "theo", kind: "regular", dueAt: at(28) },
    ]);
  });

  it("comes back every 8 weeks after week 4", () => {
    expect(currentRegularDueAt(start, at(50))).toBeNull();
    expect(currentRegularDueAt(start, at(84))).toEqual(at(84));
    expect(currentRegularDueAt(start, at(90))).toEqual(at(84));
    expect(currentRegularDueAt(start, at(98))).toBeNull();
    expect(currentRegularDueAt(start, at(140))).toEqual(at(140));
  });

  it("is created once: an existing one for the same date is left alone, per person", () => {
    const due = dueCheckIns({
      startedAt: start,
      memberIds: members,
      firstSessionEndedAt: null,
      existing: [{ personId: "mina", kind: "regular", dueAt: at(28) }],
      now: at(29),
    });
    expect(due).toEqual([{ personId: "theo", kind: "regular", dueAt: at(28) }]);
  });

  it("doesn't bring back an old window for a relationship that began long ago", () => {
    expect(
      dueCheckIns({
        startedAt: start,
        memberIds: members,
        firstSessionEndedAt: null,
        existing: [],
        now: at(60),
      }),
    ).toEqual([]);
  });
});

describe("the fit check", () => {
  const firstEnded = at(10, 1);

  it("is due for each member right after the first session ends", () => {
    expect(
      dueCheckIns({
        startedAt: start,
        memberIds: members,
        firstSessionEndedAt: firstEnded,
        existing: [],
        now: at(10),
      }),
    ).toEqual([]);
    expect(
      dueCheckIns({
        startedAt: start,
        memberIds: members,
        firstSessionEndedAt: firstEnded,
        existing: [],
        now: at(10, 2),
      }),
    ).toEqual([
      { personId: "mina", kind: "fit", dueAt: firstEnded },
      { personId: "theo", kind: "fit", dueAt: firstEnded },
    ]);
  });

  it("is asked once per person, ever", () => {
    const due = dueCheckIns({
      startedAt: start,
      memberIds: members,
      firstSessionEndedAt: at(20),
      existing: [{ personId: "theo", kind: "fit", dueAt: firstEnded }],
      now: at(21),
    });
    expect(due).toEqual([{ personId: "mina", kind: "fit", dueAt: at(20) }]);
  });

  it("is not asked once its window has passed", () => {
    expect(
      dueCheckIns({
        startedAt: start,
        memberIds: members,
        firstSessionEndedAt: firstEnded,
        existing: [],
        now: at(37),
      }),
    ).toHaveLength(4);
    expect(
      dueCheckIns({
        startedAt: start,
        memberIds: members,
        firstSessionEndedAt: firstEnded,
        existing: [],
        now: at(45),
      }),
    ).toEqual([]);
  });

  it("can fall due together with the first regular check-in", () => {
    const due = dueCheckIns({
      startedAt: start,
      memberIds: ["mina"],
      firstSessionEndedAt: at(27),
      existing: [],
      now: at(29),
    });
    expect(due.map((d) => d.kind).sort()).toEqual(["fit", "regular"]);
  });
});

describe("which sessions took place", () => {
  const session = {
    status: "confirmed" as const,
    outcome: null,
    startsAt: at(10),
    durationMinutes: 60,
  };

  it("counts a session the members said was held", () => {
    expect(sessionTookPlace({ ...session, outcome: "held" }, at(10, 2))).toBe(true);
  });

  it("counts a confirmed session whose time has passed while nobody has answered yet", () => {
    expect(sessionTookPlace(session, at(10, 0.5))).toBe(false);
    expect(sessionTookPlace(session, at(10, 1))).toBe(true);
  });

  it("never counts one that didn't happen, is unclear, proposed or cancelled", () => {
    expect(sessionTookPlace({ ...session, outcome: "not_held" }, at(11))).toBe(false);
    expect(sessionTookPlace({ ...session, outcome: "unclear" }, at(11))).toBe(false);
    expect(sessionTookPlace({ ...session, status: "proposed" }, at(11))).toBe(false);
    expect(sessionTookPlace({ ...session, status: "cancelled" }, at(11))).toBe(false);
  });
});

describe("a check-in's state", () => {
  it("is open from due until its window closes, then missed; answered whenever answered", () => {
    const fit = { kind: "fit" as const, dueAt: at(10), answeredAt: null };
    expect(checkInState(fit, at(9))).toBe("upcoming");
    expect(checkInState(fit, at(10))).toBe("open");
    expect(checkInClosesAt("fit", at(10))).toEqual(at(38));
    expect(checkInState(fit, at(37))).toBe("open");
    expect(checkInState(fit, at(38))).toBe("missed");
    expect(checkInState({ ...fit, answeredAt: at(11) }, at(60))).toBe("answered");
    expect(checkInClosesAt("regular", at(28))).toEqual(at(42));
  });
});
