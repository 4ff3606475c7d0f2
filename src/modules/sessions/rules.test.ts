import { describe, expect, it } from "vitest";
import { endOf, hasEnded, inviteWentOut, mayChange, mayConfirm, settlesAtOnce } from "./rules.ts";

const now = new Date("2030-01-01T12:00:00Z");
const hours = (n: number) => new Date(now.getTime() + n * 60 * 60 * 1000);
const session = (values: Partial<Parameters<typeof mayConfirm>[0]> = {}) => ({
  status: "proposed" as const,
  startsAt: hours(24),
  durationMinutes: 45,
  proposedById: "mina",
  confirmedAt: null,
  ...values,
});
const theo = { personId: "theo", role: "mentor" as const, kind: "pair" as const };
const mina = { personId: "mina", role: "mentee" as const, kind: "pair" as const };
const fay = { personId: "fay", role: "facilitator" as const, kind: "circle" as const };
const bo = { personId: "bo", role: "member" as const, kind: "circle" as const };

describe("session rules", () => {
  it("ends a session after its length", () => {
    expect(endOf(session()).toISOString()).toBe("2030-01-02T12:45:00.000Z");
    expect(hasEnded(session({ startsAt: hours(-1) }), now)).toBe(true);
    expect(hasEnded(session({ startsAt: hours(-0.5) }), now)).toBe(false);
  });

  it("in a pair, the other person confirms a proposed time before it starts", () => {
    expect(mayConfirm(session(), theo, now)).toBe(true);
    expect(mayConfirm(session(), mina, now)).toBe(false);
    expect(mayConfirm(session({ status: "confirmed" }), theo, now)).toBe(false);
    expect(mayConfirm(session({ status: "cancelled" }), theo, now)).toBe(false);
    expect(mayConfirm(session({ startsAt: hours(-1) }), theo, now)).toBe(false);
  });

  it("in a circle, only a facilitator confirms", () => {
    const proposedByAna = session({ proposedById: "ana" });
    expect(mayConfirm(proposedByAna, fay, now)).toBe(true);
    expect(mayConfirm(proposedByAna, bo, now)).toBe(false);
    expect(settlesAtOnce(fay)).toBe(true);
    expect(settlesAtOnce(bo)).toBe(false);
    expect(settlesAtOnce(theo)).toBe(false);
  });

  it("lets a pair move or cancel until the end; in a circle, facilitators and the proposer", () => {
    expect(mayChange(session(), theo, now)).toBe(true);
    expect(mayChange(session({ status: "confirmed" }), mina, now)).toBe(true);
    expect(mayChange(session({ startsAt: hours(-0.5) }), mina, now)).toBe(true);
    expect(mayChange(session({ startsAt: hours(-1) }), mina, now)).toBe(false);
    expect(mayChange(session({ status: "cancelled" }), mina, now)).toBe(false);
    expect(mayChange(session({ proposedById: "ana" }), fay, now)).toBe(true);
    expect(mayChange(session({ proposedById: "ana" }), bo, now)).toBe(false);
    expect(mayChange(session({ proposedById: "bo" }), bo, now)).toBe(true);
  });

  it("knows calendars hold the session once it was confirmed", () => {
    expect(inviteWentOut(session())).toBe(false);
    expect(inviteWentOut(session({ confirmedAt: hours(-48) }))).toBe(true);
  });
});
