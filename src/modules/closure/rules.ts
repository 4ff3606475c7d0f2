const DAY = 24 * 60 * 60 * 1000;

/** A closure review can be written and changed for this long after the relationship ends. */
export const REVIEW_DAYS_AFTER_CLOSE = 30;

/** The heads-up before the end date: this many days before. */
export const HEADS_UP_DAYS = 14;

export function reviewOpenUntil(endedAt: Date | null): Date | null {
  return endedAt ? new Date(endedAt.getTime() + REVIEW_DAYS_AFTER_CLOSE * DAY) : null;
}

/** Members may review while it runs (that closes it) or within the window after it ended. */
export function canReviewNow(
  relationship: { status: string; endedAt: Date | null },
  now: Date,
): boolean {
  if (relationship.status === "active") return true;
  if (relationship.status !== "ended") return false;
  const until = reviewOpenUntil(relationship.endedAt);
  return until !== null && now.getTime() <= until.getTime();
}

/** A date (YYYY-MM-DD) as a calendar day number, for day arithmetic without time zones. */
const dayNumber = (isoDate: string) => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY);

/** Today's date in UTC, as the agreement's end date is written (YYYY-MM-DD). */
export const utcDate = (now: Date) => now.toISOString().slice(0, 10);

export type EndDateCandidate = {
  relationshipId: string;
  endsOn: string;
  /** The two-weeks heads-up was already sent. */
  warned: boolean;
};

/**
 * What the daily end-date job does, decided from data and a clock: close every running
 * relationship whose end date is today or past, and give a heads-up once to those whose end
 * date is at most HEADS_UP_DAYS away.
 */
export function planEndDates(candidates: readonly EndDateCandidate[], now: Date) {
  const today = dayNumber(utcDate(now));
  const close: string[] = [];
  const warn: { relationshipId: string; endsOn: string; daysLeft: number }[] = [];
  for (const candidate of candidates) {
    const daysLeft = dayNumber(candidate.endsOn) - today;
    if (daysLeft <= 0) close.push(candidate.relationshipId);
    else if (daysLeft <= HEADS_UP_DAYS && !candidate.warned) {
      warn.push({ relationshipId: candidate.relationshipId, endsOn: candidate.endsOn, daysLeft });
    }
  }
  return { close, warn };
}

/**
 * "Stay in touch" is shown only when every member said yes (and all have answered): a single
 * person's "no" is never revealed.
 */
export function everyoneWantsToStayInTouch(
  memberIds: readonly string[],
  answers: ReadonlyMap<string, boolean>,
): boolean {
  return memberIds.length > 1 && memberIds.every((id) => answers.get(id) === true);
}

/** Either person closes a pair; a circle is closed by its facilitators, not by one member. */
export function mayClose(kind: "pair" | "circle", myRole: string | null): boolean {
  return kind !== "circle" || myRole === "facilitator";
}
