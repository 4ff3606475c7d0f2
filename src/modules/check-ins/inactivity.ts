import { sessionEndsAt, sessionTookPlace } from "./check-in-schedule.ts";

/**
 * Inactivity (EVIDENCE.md: "cadence + 2 weeks without a session"): when a relationship has gone
 * quiet for longer than its meeting cadence plus a grace period, both people get a gentle nudge;
 * if two more weeks pass with nothing, its managers see it as "stalled" (dates only). Pure: the
 * clock comes in as `now`.
 */

const DAY = 24 * 60 * 60 * 1000;

/** The grace after the cadence before a nudge: two weeks, as the evidence says. */
export const NUDGE_GRACE_DAYS = 14;
/** After a nudge, how long with nothing before the relationship shows as stalled. */
export const STALLED_AFTER_NUDGE_DAYS = 14;

export type InactivitySession = {
  status: "proposed" | "confirmed" | "cancelled";
  outcome: "held" | "not_held" | "unclear" | null;
  startsAt: Date;
  durationMinutes: number;
};

/**
 * `ok`: nothing to do (recent activity, or a confirmed session coming up). `nudge`: quiet for
 * too long and not nudged since the last activity. `nudged`: nudged, still waiting. `stalled`:
 * nudged at least STALLED_AFTER_NUDGE_DAYS ago and still nothing.
 */
export type InactivityState = "ok" | "nudge" | "nudged" | "stalled";

export type Inactivity = {
  state: InactivityState;
  /** The latest session that took place, else when they agreed, else when they started. */
  lastActivityAt: Date;
  /** From when a nudge is due (null while a confirmed session is coming up). */
  quietFrom: Date | null;
};

/** A confirmed session that hasn't ended and nobody has said didn't happen. */
function isUpcoming(session: InactivitySession, now: Date) {
  return session.status === "confirmed" && session.outcome === null && sessionEndsAt(session) > now;
}

export function lastActivityAt(input: {
  startedAt: Date;
  agreedAt: Date | null;
  sessions: readonly InactivitySession[];
  now: Date;
}): Date {
  let latest: Date | null = null;
  for (const session of input.sessions) {
    if (sessionTookPlace(session, input.now) && (!latest || session.startsAt > latest)) {
      latest = session.startsAt;
    }
  }
  return latest ?? input.agreedAt ?? input.startedAt;
}

export function inactivity(input: {
  startedAt: Date;
  agreedAt: Date | null;
  sessions: readonly InactivitySession[];
  /** The agreement's cadence, else the program's longest. */
  cadenceWeeks: number;
  nudgedAt: Date | null;
  now: Date;
}): Inactivity {
  const { now } = input;
  const last = lastActivityAt(input);
  if (input.sessions.some((s) => isUpcoming(s, now))) {
    return { state: "ok", lastActivityAt: last, quietFrom: null };
  }
  const quietFrom = new Date(last.getTime() + (input.cadenceWeeks * 7 + NUDGE_GRACE_DAYS) * DAY);
  if (now < quietFrom) return { state: "ok", lastActivityAt: last, quietFrom };
  const nudgedSinceLast = input.nudgedAt !== null && input.nudgedAt >= last;
  if (!nudgedSinceLast || !input.nudgedAt) {
    return { state: "nudge", lastActivityAt: last, quietFrom };
  }
  const stalledFrom = input.nudgedAt.getTime() + STALLED_AFTER_NUDGE_DAYS * DAY;
  return {
    state: now.getTime() >= stalledFrom ? "stalled" : "nudged",
    lastActivityAt: last,
    quietFrom,
  };
}

/** What the daily job writes for a relationship, given its state and what is stored. */
export type InactivityChange =
  | { kind: "nudge" }
  | { kind: "stall" }
  | { kind: "clear" }
  | { kind: "none" };

export function inactivityChange(
  state: InactivityState,
  stored: { nudgedAt: Date | null; stalledAt: Date | null },
): InactivityChange {
  switch (state) {
    case "nudge":
      return { kind: "nudge" };
    case "stalled":
      return stored.stalledAt ? { kind: "none" } : { kind: "stall" };
    case "nudged":
      return { kind: "none" };
    case "ok":
      return stored.nudgedAt || stored.stalledAt ? { kind: "clear" } : { kind: "none" };
  }
}
