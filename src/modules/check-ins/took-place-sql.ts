import { sql } from "drizzle-orm";
import { checkIns, mentoringSessions } from "../../db/schema-relationships.ts";
import { type CheckInKind, OPEN_FOR_DAYS } from "./check-in-schedule.ts";

const DAY = 24 * 60 * 60 * 1000;

/** `sessionEndsAt` (check-in-schedule.ts) in SQL: when a session's time is over. */
export const sessionEndSql = sql`(${mentoringSessions.startsAt} + ${mentoringSessions.durationMinutes} * interval '1 minute')`;

/**
 * `sessionTookPlace` (check-in-schedule.ts) in SQL, for counting sessions in queries: held by
 * the members' answers, or confirmed and over while nobody has answered yet.
 */
export function tookPlaceSql(now: Date) {
  return sql`(${mentoringSessions.outcome} = 'held' or (${mentoringSessions.outcome} is null and ${mentoringSessions.status} = 'confirmed' and ${sessionEndSql} <= ${now.toISOString()}::timestamptz))`;
}

/** A confirmed session still ahead. */
export function upcomingSql(now: Date) {
  return sql`(${mentoringSessions.status} = 'confirmed' and ${mentoringSessions.outcome} is null and ${mentoringSessions.startsAt} > ${now.toISOString()}::timestamptz)`;
}

/** `checkInState` (check-in-schedule.ts) is "open", in SQL: unanswered, due, its window not closed. */
export function checkInOpenSql(now: Date) {
  const closed = (kind: CheckInKind) =>
    new Date(now.getTime() - OPEN_FOR_DAYS[kind] * DAY).toISOString();
  return sql`(${checkIns.answeredAt} is null and ${checkIns.dueAt} <= ${now.toISOString()}::timestamptz and ((${checkIns.kind} = 'fit' and ${checkIns.dueAt} > ${closed("fit")}::timestamptz) or (${checkIns.kind} = 'regular' and ${checkIns.dueAt} > ${closed("regular")}::timestamptz)))`;
}
