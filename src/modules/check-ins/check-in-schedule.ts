/**
 * When check-ins fall due (EVIDENCE.md): a fit check for each member right after the first
 * session that took place, and a short regular check-in at week 4 after the start (open until
 * week 6), then every 8 weeks after that while the relationship runs. Pure: no database, no
 * clock — `now` comes in, so tests set the time.
 */

export type CheckInKind = "fit" | "regular";

const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;

export const FIRST_REGULAR_AFTER_WEEKS = 4;
export const REGULAR_EVERY_WEEKS = 8;
/** How long a check-in stays open once due: the first regular one runs weeks 4–6. */
export const OPEN_FOR_DAYS: Record<CheckInKind, number> = { fit: 28, regular: 14 };

export type ExistingCheckIn = { personId: string; kind: CheckInKind; dueAt: Date };
export type DueCheckIn = { personId: string; kind: CheckInKind; dueAt: Date };

/** The moment a check-in stops taking answers. */
export function checkInClosesAt(kind: CheckInKind, dueAt: Date): Date {
  return new Date(dueAt.getTime() + OPEN_FOR_DAYS[kind] * DAY);
}

export type CheckInState = "upcoming" | "open" | "answered" | "missed";

export function checkInState(
  checkIn: { kind: CheckInKind; dueAt: Date; answeredAt: Date | null },
  now: Date,
): CheckInState {
  if (checkIn.answeredAt) return "answered";
  if (now < checkIn.dueAt) return "upcoming";
  return now < checkInClosesAt(checkIn.kind, checkIn.dueAt) ? "open" : "missed";
}

/**
 * The regular check-in whose window holds `now`, if any: week 4, 12, 20, … after the start.
 * Only the current one: a relationship that began long ago doesn't get a backlog of old ones.
 */
export function currentRegularDueAt(startedAt: Date, now: Date): Date | null {
  const first = startedAt.getTime() + FIRST_REGULAR_AFTER_WEEKS * WEEK;
  if (now.getTime() < first) return null;
  const step = REGULAR_EVERY_WEEKS * WEEK;
  const dueAt = new Date(first + Math.floor((now.getTime() - first) / step) * step);
  return now < checkInClosesAt("regular", dueAt) ? dueAt : null;
}

/**
 * A session that took place, for the fit check and for inactivity: one the members said was
 * held, or — while nobody has answered "did it happen?" yet — a confirmed one whose time has
 * passed. People often don't answer that question, and waiting for it would leave the fit check
 * unasked; a session someone said didn't happen (or where they disagree) never counts.
 */
export function sessionTookPlace(
  session: {
    status: "proposed" | "confirmed" | "cancelled";
    outcome: "held" | "not_held" | "unclear" | null;
    startsAt: Date;
    durationMinutes: number;
  },
  now: Date,
): boolean {
  if (session.outcome === "held") return true;
  if (session.outcome !== null) return false;
  return session.status === "confirmed" && sessionEndsAt(session) <= now;
}

export function sessionEndsAt(session: { startsAt: Date; durationMinutes: number }): Date {
  return new Date(session.startsAt.getTime() + session.durationMinutes * 60_000);
}

/**
 * The check-ins to create now for one running relationship: each member's fit check once its
 * first session has ended (one per person, ever), and the current regular check-in. Those that
 * already exist are left out, and so are windows that have closed.
 */
export function dueCheckIns(input: {
  startedAt: Date;
  memberIds: readonly string[];
  /** When the first session that took place ended; null if none has yet. */
  firstSessionEndedAt: Date | null;
  existing: readonly ExistingCheckIn[];
  now: Date;
}): DueCheckIn[] {
  const { now } = input;
  const due: DueCheckIn[] = [];
  const fitAt = input.firstSessionEndedAt;
  const fitOpen = fitAt !== null && fitAt <= now && now < checkInClosesAt("fit", fitAt);
  const regularAt = currentRegularDueAt(input.startedAt, now);
  for (const personId of input.memberIds) {
    const mine = input.existing.filter((c) => c.personId === personId);
    if (fitOpen && fitAt && !mine.some((c) => c.kind === "fit")) {
      due.push({ personId, kind: "fit", dueAt: fitAt });
    }
    if (
      regularAt &&
      !mine.some((c) => c.kind === "regular" && c.dueAt.getTime() === regularAt.getTime())
    ) {
      due.push({ personId, kind: "regular", dueAt: regularAt });
    }
  }
  return due;
}
