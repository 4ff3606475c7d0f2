import { describe, expect, it } from "vitest";
import { sessionsToRemind } from "./sessions-to-remind.ts";

const now = new Date("2030-01-01T12:00:00Z");
const at = (hoursFromNow: number) => new Date(now.getTime() + hoursFromNow * 60 * 60 * 1000);
const session = (
  name: string,
  hoursFromNow: number,
  values: { status?: "proposed" | "confirmed" | "cancelled"; remindedAt?: Date | null } = {},
) => ({
  name,
  startsAt: at(hoursFromNow),
  status: values.status ?? ("confirmed" as const),
  remindedAt: values.remindedAt ?? null,
});

describe("sessionsToRemind", () => {
  const sessions = [
    session("in an hour", 1),
    session("in a day, exactly", 24),
    session("just over a day away", 24.01),
    session("started a minute ago", -1 / 60),
    session("proposed only", 3, { status: "proposed" }),
    session("cancelled", 3, { status: "cancelled" }),
    session("already reminded", 5, { remindedAt: at(-1) }),
  ];

  it("picks confirmed sessions starting within the next 24 hours, not yet reminded", () => {
    expect(sessionsToRemind(sessions, now).map((s) => s.name)).toEqual([
      "in an hour",
      "in a day, exactly",
    ]);
  });

  it("follows the clock: later, the next day's session comes into the window", () => {
    const later = new Date(now.getTime() + 30 * 60 * 1000);
    expect(sessionsToRemind(sessions, later).map((s) => s.name)).toEqual([
      "in an hour",
      "in a day, exactly",
      "just over a day away",
    ]);
    const muchLater = new Date(now.getTime() + 2 * 60 * 60 * 1000);
    expect(sessionsToRemind(sessions, muchLater).map((s) => s.name)).toEqual([
      "in a day, exactly",
      "just over a day away",
    ]);
  });

  it("picks nothing from nothing", () => {
    expect(sessionsToRemind([], now)).toEqual([]);
  });
});
