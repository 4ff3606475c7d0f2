import type { Ctx } from "../../server/context.ts";
import { conflict } from "../../server/errors.ts";
import { changeSession } from "./change-session.ts";
import { notifyInvite, notifyProposed } from "./notices.ts";
import { hasEnded, inviteWentOut, mayChange, settlesAtOnce } from "./rules.ts";
import type { RescheduleSessionInput } from "./schemas.ts";
import { meOf } from "./session-context.ts";
import { checkPlannedStart } from "./session-time.ts";

/**
 * I move a session to another time (and maybe length or channel). The new time needs the
 * others' confirmation again, as a proposal of mine — unless I'm a circle's facilitator, whose
 * times stand at once. The calendar event keeps its UID with a higher SEQUENCE, so calendars
 * that hold it move it (tentatively, until confirmed); the reminder goes out again.
 */
export function rescheduleSession(
  ctx: Ctx,
  sessionId: string,
  input: RescheduleSessionInput,
  now = new Date(),
) {
  return changeSession(ctx, sessionId, now, (loaded) => {
    const current = loaded.session;
    const me = meOf(ctx, loaded);
    if (!mayChange(current, me, now)) {
      throw conflict(
        "session_not_changeable",
        current.status === "cancelled"
          ? "This session was cancelled. Plan a new one instead."
          : hasEnded(current, now)
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
    return {
      set: {
        startsAt,
        durationMinutes: input.durationMinutes ?? current.durationMinutes,
        channel,
        channelDetail,
        status: stands ? "confirmed" : "proposed",
        proposedById: ctx.actor.personId,
        // confirmedAt stays: it records that the members' calendars hold this event.
        ...(stands ? { confirmedAt: now } : {}),
        remindedAt: null,
      },
      tell: (tx, context) =>
        inviteWentOut(current) || stands
          ? notifyInvite(
              tx,
              context,
              ctx.actor.personId,
              inviteWentOut(current) ? "rescheduled" : "confirmed",
            )
          : notifyProposed(tx, context, ctx.actor.personId),
    };
  });
}
