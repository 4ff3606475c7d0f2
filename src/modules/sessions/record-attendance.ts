import { and, eq } from "drizzle-orm";
import {
  commitments,
  mentoringSessions,
  sessionAttendance,
} from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { AppError, conflict } from "../../server/errors.ts";
import { loadSession } from "../session-work/load-session.ts";
import { timeFor } from "./notices.ts";
import { deriveOutcome } from "./outcome.ts";
import { endOf, hasEnded } from "./rules.ts";
import type { AttendanceInput } from "./schemas.ts";
import { sessionContext } from "./session-context.ts";

/**
 * "Did it happen?": my answer, once the session's time is over (answering again replaces it),
 * with the members I say didn't come. The session's outcome follows from everyone's answers.
 */
export async function recordAttendance(
  ctx: Ctx,
  sessionId: string,
  input: AttendanceInput,
  now = new Date(),
) {
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadSession(tx, ctx, sessionId, "work", { lock: true });
    const { session } = loaded;
    if (session.status === "cancelled") {
      throw conflict(
        "session_cancelled",
        "This session was cancelled, so there's nothing to answer.",
      );
    }
    if (!hasEnded(session, now)) {
      const { members } = await sessionContext(tx, ctx, loaded, session);
      const me = members.find((m) => m.id === ctx.actor.personId) ?? { timeZone: null };
      throw conflict(
        "session_not_over",
        `You can say whether it happened once it's over, after ${timeFor(me, endOf(session))}.`,
      );
    }
    const memberIds = loaded.members.map((m) => m.personId);
    const absentIds = [...new Set(input.absentIds ?? [])];
    const strangers = absentIds.filter((id) => !memberIds.includes(id));
    if (strangers.length > 0) {
      const message = "Only people in this relationship can be marked as not having come.";
      throw new AppError("absent_not_member", 422, message, { fields: { absentIds: message } });
    }
    if (input.tookPlace) {
      const [commitment] = await tx
        .select({ id: commitments.id })
        .from(commitments)
        .where(
          and(
            eq(commitments.sessionId, session.id),
            eq(commitments.relationshipId, session.relationshipId),
          ),
        )
        .limit(1);
      if (!commitment) {
        throw conflict(
          "commitment_required",
          "Every session ends with at least one commitment to action: add yours on the session page first.",
        );
      }
    }
    await tx
      .insert(sessionAttendance)
      .values({
        sessionId: session.id,
        personId: ctx.actor.personId,
        organizationId: session.organizationId,
        tookPlace: input.tookPlace,
        absentIds,
        answeredAt: now,
      })
      .onConflictDoUpdate({
        target: [sessionAttendance.sessionId, sessionAttendance.personId],
        set: { tookPlace: input.tookPlace, absentIds, answeredAt: now },
      });
    const answers = await tx
      .select({
        personId: sessionAttendance.personId,
        tookPlace: sessionAttendance.tookPlace,
        answeredAt: sessionAttendance.answeredAt,
      })
      .from(sessionAttendance)
      .where(eq(sessionAttendance.sessionId, session.id));
    const outcome = deriveOutcome({ memberIds, answers, now });
    await tx
      .update(mentoringSessions)
      .set({ outcome, updatedAt: now })
      .where(eq(mentoringSessions.id, session.id));
    return { outcome };
  });
}
