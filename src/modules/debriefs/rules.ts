import { conflict } from "../../server/errors.ts";
import { assertRunning } from "../relationships/load-relationship.ts";

const DAY = 24 * 60 * 60 * 1000;

/** "Every few sessions": a debrief is suggested after this many held sessions without one. */
export const DEBRIEF_EVERY_SESSIONS = 3;

/**
 * A debrief is personal reflection, so it may still be written for this long after a
 * relationship closes (the rest of the relationship is read-only by then).
 */
export const DEBRIEF_DAYS_AFTER_CLOSE = 30;

/**
 * The learning log shows shared debriefs only once at least this many different people have
 * shared in the program: with fewer, a manager could guess who wrote a line.
 */
export const LEARNING_LOG_MIN_PEOPLE = 3;

/**
 * Whether to prompt for a debrief: at least DEBRIEF_EVERY_SESSIONS held sessions started after my
 * last debrief (or since the start, when I have none).
 */
export function isDebriefDue(input: {
  heldSessionStarts: readonly Date[];
  lastDebriefAt: Date | null;
}): boolean {
  const since = input.lastDebriefAt?.getTime() ?? Number.NEGATIVE_INFINITY;
  const held = input.heldSessionStarts.filter((at) => at.getTime() > since).length;
  return held >= DEBRIEF_EVERY_SESSIONS;
}

/** Until when debriefs can be written in a relationship: null while it runs (no limit). */
export function debriefsOpenUntil(relationship: { status: string; endedAt: Date | null }) {
  if (relationship.status !== "ended") return null;
  const endedAt = relationship.endedAt ?? new Date(0);
  return new Date(endedAt.getTime() + DEBRIEF_DAYS_AFTER_CLOSE * DAY);
}

/** Running, or closed less than DEBRIEF_DAYS_AFTER_CLOSE days ago; 409 otherwise. */
export function assertOpenForDebriefs(
  relationship: { status: string; endedAt: Date | null },
  now: Date,
) {
  if (relationship.status === "ended") {
    const until = debriefsOpenUntil(relationship);
    if (until && now.getTime() <= until.getTime()) return;
    throw conflict(
      "relationship_closed",
      `This relationship closed more than ${DEBRIEF_DAYS_AFTER_CLOSE} days ago, so it's read-only now. Your debriefs stay here for you.`,
    );
  }
  assertRunning(relationship.status);
}

/** Whether a debrief can be written now (for the web app's form). */
export function canWriteDebriefs(
  relationship: { status: string; endedAt: Date | null },
  now: Date,
) {
  try {
    assertOpenForDebriefs(relationship, now);
    return true;
  } catch {
    return false;
  }
}

export type LearningLogEntry = { learned: string; createdAt: Date };

/**
 * The learning log from shared debriefs: grouped by month (UTC), newest month first, and sorted
 * by text inside a month so the order says nothing about when, or by whom, a line was written.
 */
export function groupByMonth(entries: readonly LearningLogEntry[]) {
  const months = new Map<string, string[]>();
  for (const entry of entries) {
    const month = entry.createdAt.toISOString().slice(0, 7);
    const list = months.get(month) ?? [];
    list.push(entry.learned);
    months.set(month, list);
  }
  return [...months.entries()]
    .sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0))
    .map(([month, lines]) => ({
      month,
      entries: lines.sort((a, b) => a.localeCompare(b)).map((learned) => ({ learned })),
    }));
}
