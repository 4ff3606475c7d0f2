import { eq, sql } from "drizzle-orm";
import { mentoringSessions } from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict } from "../../server/errors.ts";
import { sendQueuedEmails } from "../notifications/notify.ts";
import { loadSession } from "../session-work/load-session.ts";
import { notifyInvite, notifyProposed } from "./notices.ts";
import { inviteWentOut, mayChange, settlesAtOnce } from "./rules.ts";
import type { RescheduleSessionInput } from "./schemas.ts";
import { meOf, sessionContext } from "./session-context.ts";
import { checkPlannedStart } from "./session-time.ts";

/**
 * I move a session to another time (and maybe length or channel). The new time needs the
 * others' confirmation again, as a proposal of mine — unless I'm a circle's facilitator, whose
 * times stand at once. The calendar event keeps its UID with a higher SEQUENCE, so calendars
 * that hold it move it (tentatively, until confirmed); the reminder goes out again.
 */
export async function rescheduleSession(
  ctx: Ctx,
  sessionId: string,
  input: RescheduleSessionInput,
  now = new Date(),
) {
  const { session, emailIds } = await ctx.db.transaction(async (tx) => {
    const loaded = await loadSession(tx, ctx, sessionId, "work", { lock: true });
    const current = loaded.session;
    const me = meOf(ctx, loaded);
    if (!mayChange(current, me, now)) {
      throw conflict(
        "session_not_changeable",
        current.status === "cancelled"
          ? "This session was cancelled. Plan a new one instead."
          : current.startsAt.getTime() + current.durationMinutes * 60_000 <= now.getTime()
            ? "This session is over, so it can't move. Plan the next one instead."
            : "In a circle, the facilitators and whoever proposed a session can move it.",
      );
    }
    const startsAt = checkPlannedStart(input.startsAt, now);
    const stands = settlesAtOnce(me);
    const channel = input.channel ?? current.channel;
    const channelDetail =
      input.channelDetail !== undefined
        ? input.channelDetail?.trim() || null
        : channel === current.channel
          ? current.channelDetail
          : null;
    const [session] = await tx
      .update(mentoringSessions)
      .set({
        startsAt,
        durationMinutes: input.durationMinutes ?? current.durationMinutes,
        channel,
        channelDetail,
        status: stands ? "confirmed" : "proposed",
        proposedById: ctx.actor.personId,
        // confirmedAt stays: it records that the members' calendars hold this event.
        ...(stands ? { confirmedAt: now } : {}),
        icsSequence: sql`${mentoringSessions.icsSequence} + 1`,
        remindedAt: null,
        updatedAt: now,
      })
      .where(eq(mentoringSessions.id, current.id))
      .returning();
    if (!session) throw new Error("the session vanished");
    const context = await sessionContext(tx, ctx, loaded, session);
    const emailIds =
      inviteWentOut(current) || stands
        ? await notifyInvite(
            tx,
            context,
            ctx.actor.personId,
            inviteWentOut(current) ? "rescheduled" : "confirmed",
          )
        : await notifyProposed(tx, context, ctx.actor.personId);
    return { session, emailIds };
  });
  await sendQueuedEmails(ctx.jobs, emailIds);
  return { id: session.id, status: session.status };
}
