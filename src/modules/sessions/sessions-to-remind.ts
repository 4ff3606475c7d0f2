import type { MentoringSession } from "../../db/schema-relationships.ts";

const HOUR = 60 * 60 * 1000;
/** Reminders go out when a confirmed session starts within this many hours. */
export const REMIND_HOURS_AHEAD = 24;

type Candidate = Pick<MentoringSession, "status" | "startsAt" | "remindedAt">;

/**
 * The sessions to remind people of now: confirmed, starting within the next 24 hours (and not
 * yet started), not reminded since their time was last set. Pure; the clock is passed in.
 */
export function sessionsToRemind<S extends Candidate>(sessions: readonly S[], now: Date): S[] {
  const until = now.getTime() + REMIND_HOURS_AHEAD * HOUR;
  return sessions.filter(
    (session) =>
      session.status === "confirmed" &&
      session.remindedAt === null &&
      session.startsAt.getTime() > now.getTime() &&
      session.startsAt.getTime() <= until,
  );
}
