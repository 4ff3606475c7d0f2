/**
 * Which commitments a session opens with ("review the commitments from last time"), and its
 * neighbours. Pure: data in, data out, no clock.
 *
 * A commitment is reviewed in every session that starts after the session it was made in, as
 * long as it was still open when that session started. Judging by the session's own start time
 * (not by today) keeps each past session's review list as it was: a commitment marked done last
 * week still shows on the agenda of the session where it was reviewed, and on no later one.
 * Cancelled sessions never happen, so they get no review list and don't count as neighbours.
 */

export type SessionTime = {
  id: string;
  startsAt: Date;
  status: "proposed" | "confirmed" | "cancelled";
};

export type CarryCandidate = {
  /** The session it was made in. */
  sessionId: string;
  /** When it was marked done or dropped; null while open. */
  closedAt: Date | null;
};

/** Sessions in time order; ties (two sessions at the same minute) broken by id, so order is total. */
export function compareSessions(a: SessionTime, b: SessionTime): number {
  return a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The commitments to review at `session`, in the order given. */
export function carriedOver<C extends CarryCandidate>(
  session: SessionTime,
  sessions: readonly SessionTime[],
  commitments: readonly C[],
): C[] {
  if (session.status === "cancelled") return [];
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const starts = session.startsAt.getTime();
  return commitments.filter((commitment) => {
    const madeIn = byId.get(commitment.sessionId);
    if (!madeIn || compareSessions(madeIn, session) >= 0) return false;
    return commitment.closedAt === null || commitment.closedAt.getTime() >= starts;
  });
}

/**
 * Commitments from earlier sessions that were done or dropped between the previous session's
 * start and this one's: the review celebrates them (or notes why they were let go) once, in the
 * first session after they closed. Marking one done while preparing an upcoming session moves it
 * here instead of making it vanish. Disjoint from carriedOver.
 */
export function closedSinceLastTime<C extends CarryCandidate>(
  session: SessionTime,
  sessions: readonly SessionTime[],
  commitments: readonly C[],
): C[] {
  if (session.status === "cancelled") return [];
  const byId = new Map(sessions.map((s) => [s.id, s]));
  const { previousSessionId } = neighbours(session, sessions);
  const since = previousSessionId
    ? (byId.get(previousSessionId) as SessionTime).startsAt.getTime()
    : Number.NEGATIVE_INFINITY;
  const starts = session.startsAt.getTime();
  return commitments.filter((commitment) => {
    const madeIn = byId.get(commitment.sessionId);
    if (!madeIn || compareSessions(madeIn, session) >= 0 || commitment.closedAt === null) {
      return false;
    }
    const closed = commitment.closedAt.getTime();
    return closed >= since && closed < starts;
  });
}

/** The sessions before and after this one, leaving cancelled ones out. */
export function neighbours(
  session: SessionTime,
  sessions: readonly SessionTime[],
): { previousSessionId: string | null; nextSessionId: string | null } {
  let previous: SessionTime | null = null;
  let next: SessionTime | null = null;
  for (const other of sessions) {
    if (other.id === session.id || other.status === "cancelled") continue;
    const order = compareSessions(other, session);
    if (order < 0 && (previous === null || compareSessions(other, previous) > 0)) previous = other;
    if (order > 0 && (next === null || compareSessions(other, next) < 0)) next = other;
  }
  return { previousSessionId: previous?.id ?? null, nextSessionId: next?.id ?? null };
}
