import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CarryCandidate,
  carriedOver,
  closedSinceLastTime,
  compareSessions,
  neighbours,
  type SessionTime,
} from "./carry-over.ts";

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 5, 9);
const at = (days: number) => new Date(T0 + days * DAY);
const session = (id: string, days: number, status: SessionTime["status"] = "confirmed") => ({
  id,
  startsAt: at(days),
  status,
});
type Commitment = CarryCandidate & { id: string };
const ids = (list: { id: string }[]) => list.map((c) => c.id);

describe("carriedOver", () => {
  const sessions = [session("s1", 0), session("s2", 21), session("s3", 42), session("s4", 63)];
  const [s1, s2, s3, s4] = sessions as [SessionTime, SessionTime, SessionTime, SessionTime];

  it("brings an open commitment to every later session, never to its own or earlier ones", () => {
    const open: Commitment = { id: "c", sessionId: "s2", closedAt: null };
    expect(ids(carriedOver(s1, sessions, [open]))).toEqual([]);
    expect(ids(carriedOver(s2, sessions, [open]))).toEqual([]);
    expect(ids(carriedOver(s3, sessions, [open]))).toEqual(["c"]);
    expect(ids(carriedOver(s4, sessions, [open]))).toEqual(["c"]);
  });

  it("keeps a closed commitment on the sessions that reviewed it, and drops it from later ones", () => {
    // Made in s1, still open at s2 and s3, marked done the day after s3.
    const done: Commitment = { id: "c", sessionId: "s1", closedAt: at(43) };
    expect(ids(carriedOver(s2, sessions, [done]))).toEqual(["c"]);
    expect(ids(carriedOver(s3, sessions, [done]))).toEqual(["c"]);
    expect(ids(carriedOver(s4, sessions, [done]))).toEqual([]);
  });

  it("counts a commitment closed during a session as reviewed there", () => {
    const closedDuring: Commitment = {
      id: "c",
      sessionId: "s1",
      closedAt: new Date(s2.startsAt.getTime() + 20 * 60 * 1000),
    };
    const closedBefore: Commitment = { id: "d", sessionId: "s1", closedAt: at(20) };
    expect(ids(carriedOver(s2, sessions, [closedDuring, closedBefore]))).toEqual(["c"]);
  });

  it("gives a cancelled session no review list, and carries past it", () => {
    const withCancelled = [...sessions, session("x", 30, "cancelled")];
    const open: Commitment = { id: "c", sessionId: "s2", closedAt: null };
    expect(carriedOver(session("x", 30, "cancelled"), withCancelled, [open])).toEqual([]);
    expect(ids(carriedOver(s3, withCancelled, [open]))).toEqual(["c"]);
  });

  it("ignores commitments of sessions it doesn't know", () => {
    expect(
      carriedOver(s4, sessions, [{ id: "c", sessionId: "elsewhere", closedAt: null }]),
    ).toEqual([]);
  });
});

describe("closedSinceLastTime", () => {
  const sessions = [session("s1", 0), session("s2", 21), session("s3", 42)];
  const [, s2, s3] = sessions as [SessionTime, SessionTime, SessionTime];

  it("shows a commitment closed between two sessions on the later one, once", () => {
    const done: Commitment = { id: "c", sessionId: "s1", closedAt: at(30) };
    expect(ids(closedSinceLastTime(s2, sessions, [done]))).toEqual([]);
    expect(ids(closedSinceLastTime(s3, sessions, [done]))).toEqual(["c"]);
    expect(carriedOver(s3, sessions, [done])).toEqual([]);
  });

  it("moves a commitment done while preparing an upcoming session into it, instead of losing it", () => {
    const upcoming = session("next", 60, "proposed");
    const all = [...sessions, upcoming];
    const doneBefore: Commitment = { id: "c", sessionId: "s2", closedAt: at(50) };
    expect(carriedOver(upcoming, all, [doneBefore])).toEqual([]);
    expect(ids(closedSinceLastTime(upcoming, all, [doneBefore]))).toEqual(["c"]);
  });

  it("ignores open commitments and the session's own ones", () => {
    expect(
      closedSinceLastTime(s3, sessions, [
        { id: "open", sessionId: "s1", closedAt: null },
        { id: "own", sessionId: "s3", closedAt: at(40) },
      ]),
    ).toEqual([]);
  });
});

describe("neighbours", () => {
  it("names the previous and next sessions that aren't cancelled", () => {
    const sessions = [
      session("a", 0),
      session("gone", 5, "cancelled"),
      session("b", 10, "proposed"),
      session("c", 20),
      session("later-gone", 25, "cancelled"),
    ];
    expect(neighbours(sessions[2] as SessionTime, sessions)).toEqual({
      previousSessionId: "a",
      nextSessionId: "c",
    });
    expect(neighbours(sessions[0] as SessionTime, sessions)).toEqual({
      previousSessionId: null,
      nextSessionId: "b",
    });
    expect(neighbours(sessions[1] as SessionTime, sessions)).toEqual({
      previousSessionId: "a",
      nextSessionId: "b",
    });
    expect(neighbours(sessions[3] as SessionTime, sessions).nextSessionId).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
// Properties, over random histories: sessions at random (possibly equal) times, some cancelled,
// and commitments made in any of them, open or closed at a random moment.

const history = fc
  .array(
    fc.record({
      day: fc.integer({ min: 0, max: 200 }),
      cancelled: fc.boolean(),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .chain((raw) => {
    const sessions: SessionTime[] = raw.map((s, i) => ({
      id: `s${String(i).padStart(2, "0")}`,
      startsAt: at(s.day),
      status: s.cancelled ? "cancelled" : "confirmed",
    }));
    const commitment = fc.record({
      sessionIndex: fc.integer({ min: 0, max: sessions.length - 1 }),
      // null: still open; otherwise closed at this many hours after day 0.
      closedHour: fc.option(fc.integer({ min: 0, max: 220 * 24 }), { nil: null }),
    });
    return fc.record({
      sessions: fc.constant(sessions),
      commitments: fc.array(commitment, { maxLength: 8 }).map((list) =>
        list.map(
          (c, i): Commitment => ({
            id: `c${i}`,
            sessionId: (sessions[c.sessionIndex] as SessionTime).id,
            closedAt: c.closedHour === null ? null : new Date(T0 + c.closedHour * 60 * 60 * 1000),
          }),
        ),
      ),
    });
  });

/** The sessions that happen, in time order (ties by id), as the room shows them. */
const held = (sessions: SessionTime[]) =>
  sessions
    .filter((s) => s.status !== "cancelled")
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));

describe("carry-over properties", () => {
  it("shows a commitment on consecutive sessions: from the one after it was made until the first one after it was closed", () => {
    fc.assert(
      fc.property(history, ({ sessions, commitments }) => {
        const order = held(sessions);
        for (const commitment of commitments) {
          const madeIn = sessions.find((s) => s.id === commitment.sessionId) as SessionTime;
          const shown = order.map((s) => carriedOver(s, sessions, [commitment]).length === 1);
          const expected = order.map(
            (s) =>
              (s.startsAt.getTime() > madeIn.startsAt.getTime() ||
                (s.startsAt.getTime() === madeIn.startsAt.getTime() && s.id > madeIn.id)) &&
              (commitment.closedAt === null ||
                commitment.closedAt.getTime() >= s.startsAt.getTime()),
          );
          expect(shown).toEqual(expected);
          // One unbroken run: once it has left the agenda, it never comes back.
          const first = shown.indexOf(true);
          const last = shown.lastIndexOf(true);
          if (first >= 0) expect(shown.slice(first, last + 1).every(Boolean)).toBe(true);
          // And the run starts right after the session it was made in (when that one happens).
          if (first >= 0 && madeIn.status !== "cancelled") {
            expect(order[first - 1]?.id).toBe(madeIn.id);
          }
        }
      }),
    );
  });

  it("never reviews a commitment in its own session, an earlier one, or a cancelled one", () => {
    fc.assert(
      fc.property(history, ({ sessions, commitments }) => {
        for (const s of sessions) {
          for (const c of carriedOver(s, sessions, commitments)) {
            const madeIn = sessions.find((x) => x.id === c.sessionId) as SessionTime;
            expect(s.status).not.toBe("cancelled");
            expect(c.sessionId).not.toBe(s.id);
            expect(madeIn.startsAt.getTime()).toBeLessThanOrEqual(s.startsAt.getTime());
          }
        }
      }),
    );
  });

  it("keeps an open commitment on every later session that happens", () => {
    fc.assert(
      fc.property(history, ({ sessions, commitments }) => {
        const order = held(sessions);
        for (const commitment of commitments) {
          const reopened = { ...commitment, closedAt: null };
          const madeIn = sessions.find((s) => s.id === commitment.sessionId) as SessionTime;
          const later = order.filter((s) => s.startsAt.getTime() > madeIn.startsAt.getTime());
          for (const s of later) expect(carriedOver(s, sessions, [reopened])).toHaveLength(1);
        }
      }),
    );
  });

  it("never rewrites the past: closing later only ever keeps a commitment on more sessions", () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 30 * 24 }), (h, extraHours) => {
        for (const commitment of h.commitments) {
          if (commitment.closedAt === null) continue;
          const later = {
            ...commitment,
            closedAt: new Date(commitment.closedAt.getTime() + extraHours * 60 * 60 * 1000),
          };
          for (const s of h.sessions) {
            if (carriedOver(s, h.sessions, [commitment]).length === 1) {
              expect(carriedOver(s, h.sessions, [later])).toHaveLength(1);
            }
          }
        }
      }),
    );
  });

  it("filters, never reorders or invents: the answer is a subsequence of the input", () => {
    fc.assert(
      fc.property(history, ({ sessions, commitments }) => {
        for (const s of sessions) {
          const result = ids(carriedOver(s, sessions, commitments));
          const positions = result.map((id) => commitments.findIndex((c) => c.id === id));
          expect(positions.every((p) => p >= 0)).toBe(true);
          expect([...positions].sort((a, b) => a - b)).toEqual(positions);
        }
      }),
    );
  });

  it("reviews a closed commitment once: on the first session after it closed, beside the carried ones", () => {
    fc.assert(
      fc.property(history, ({ sessions, commitments }) => {
        const order = held(sessions);
        for (const commitment of commitments) {
          const shownAsClosed = order.filter(
            (s) => closedSinceLastTime(s, sessions, [commitment]).length === 1,
          );
          for (const s of order) {
            // Never both carried and closed on the same agenda.
            expect(
              carriedOver(s, sessions, [commitment]).length +
                closedSinceLastTime(s, sessions, [commitment]).length,
            ).toBeLessThanOrEqual(1);
          }
          if (commitment.closedAt === null) {
            expect(shownAsClosed).toEqual([]);
            continue;
          }
          const closed = commitment.closedAt.getTime();
          const madeIn = sessions.find((s) => s.id === commitment.sessionId) as SessionTime;
          const firstAfter = order.find((s) => s.startsAt.getTime() > closed);
          const expected =
            firstAfter && compareSessions(madeIn, firstAfter) < 0 ? [firstAfter.id] : [];
          expect(ids(shownAsClosed)).toEqual(expected);
        }
      }),
    );
  });

  it("links each happening session to its neighbours in time order", () => {
    fc.assert(
      fc.property(history, ({ sessions }) => {
        const order = held(sessions);
        order.forEach((s, i) => {
          expect(neighbours(s, sessions)).toEqual({
            previousSessionId: order[i - 1]?.id ?? null,
            nextSessionId: order[i + 1]?.id ?? null,
          });
        });
      }),
    );
  });
});
