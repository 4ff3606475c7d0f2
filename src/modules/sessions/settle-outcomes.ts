import { and, eq, inArray, isNull, lte } from "drizzle-orm";
import {
  mentoringSessions,
  relationshipMembers,
  sessionAttendance,
} from "../../db/schema-relationships.ts";
import type { Services } from "../../server/context.ts";
import { deriveOutcome, type SessionOutcome, SILENCE_COUNTS_AS_HELD_DAYS } from "./outcome.ts";

const DAY = 24 * 60 * 60 * 1000;
const BATCH = 500;

/**
 * Writes the outcome of sessions that the seven-day rule has settled since their last answer
 * (one "yes", the others silent): the column managers count stays true without anyone answering
 * again. Returns how many sessions were settled.
 */
export async function settleSilentOutcomes(services: Services, now: Date): Promise<number> {
  return services.db.transaction(async (tx) => {
    const answered = await tx
      .selectDistinct({
        id: mentoringSessions.id,
        relationshipId: mentoringSessions.relationshipId,
      })
      .from(mentoringSessions)
      .innerJoin(sessionAttendance, eq(sessionAttendance.sessionId, mentoringSessions.id))
      .where(
        and(
          isNull(mentoringSessions.outcome),
          inArray(mentoringSessions.status, ["proposed", "confirmed"]),
          eq(sessionAttendance.tookPlace, true),
          lte(
            sessionAttendance.answeredAt,
            new Date(now.getTime() - SILENCE_COUNTS_AS_HELD_DAYS * DAY),
          ),
        ),
      )
      .limit(BATCH);
    if (answered.length === 0) return 0;
    const sessionIds = answered.map((s) => s.id);
    const answers = await tx
      .select({
        sessionId: sessionAttendance.sessionId,
        personId: sessionAttendance.personId,
        tookPlace: sessionAttendance.tookPlace,
        answeredAt: sessionAttendance.answeredAt,
      })
      .from(sessionAttendance)
      .where(inArray(sessionAttendance.sessionId, sessionIds));
    const members = await tx
      .select({
        relationshipId: relationshipMembers.relationshipId,
        personId: relationshipMembers.personId,
      })
      .from(relationshipMembers)
      .where(
        inArray(
          relationshipMembers.relationshipId,
          answered.map((s) => s.relationshipId),
        ),
      );
    // One UPDATE per outcome, not one per session.
    const settledAs = new Map<SessionOutcome, string[]>();
    for (const session of answered) {
      const outcome = deriveOutcome({
        memberIds: members
          .filter((m) => m.relationshipId === session.relationshipId)
          .map((m) => m.personId),
        answers: answers.filter((a) => a.sessionId === session.id),
        now,
      });
      if (outcome) settledAs.set(outcome, [...(settledAs.get(outcome) ?? []), session.id]);
    }
    let settled = 0;
    for (const [outcome, ids] of settledAs) {
      const written = await tx
        .update(mentoringSessions)
        .set({ outcome, updatedAt: now })
        .where(and(inArray(mentoringSessions.id, ids), isNull(mentoringSessions.outcome)))
        .returning({ id: mentoringSessions.id });
      settled += written.length;
    }
    return settled;
  });
}
