import { sql } from "drizzle-orm";
import { mentoringSessions } from "../../db/schema-relationships.ts";

/**
 * `sessionTookPlace` (check-in-schedule.ts) in SQL, for counting sessions in queries: held by
 * the members' answers, or confirmed and over while nobody has answered yet.
 */
export function tookPlaceSql(now: Date) {
  return sql`(${mentoringSessions.outcome} = 'held' or (${mentoringSessions.outcome} is null and ${mentoringSessions.status} = 'confirmed' and ${mentoringSessions.startsAt} + ${mentoringSessions.durationMinutes} * interval '1 minute' <= ${now.toISOString()}::timestamptz))`;
}

/** A confirmed session still ahead. */
export function upcomingSql(now: Date) {
  return sql`(${mentoringSessions.status} = 'confirmed' and ${mentoringSessions.outcome} is null and ${mentoringSessions.startsAt} > ${now.toISOString()}::timestamptz)`;
}
