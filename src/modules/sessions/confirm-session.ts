import type { Ctx } from "../../server/context.ts";
import { conflict } from "../../server/errors.ts";
import { changeSession } from "./change-session.ts";
import { notifyInvite } from "./notices.ts";
import { mayConfirm } from "./rules.ts";
import { meOf } from "./session-context.ts";

/** I confirm a time someone else proposed: everyone gets the calendar invite. */
export function confirmSession(ctx: Ctx, sessionId: string, now = new Date()) {
  return changeSession(ctx, sessionId, now, (loaded) => {
    const current = loaded.session;
    if (current.status !== "proposed") {
      throw conflict(
        "session_not_proposed",
        current.status === "confirmed"
          ? "This session is already confirmed."
          : "This session was cancelled, so there's nothing to confirm.",
      );
    }
    if (current.startsAt.getTime() <= now.getTime()) {
      throw conflict(
        "session_time_passed",
        "This time has already passed. Propose a new one and it can be confirmed.",
      );
    }
    if (!mayConfirm(current, meOf(ctx, loaded), now)) {
      throw conflict(
        "session_not_yours_to_confirm",
        current.proposedById === ctx.actor.personId
          ? "You proposed this time, so it's waiting for the others to confirm it."
          : "In a circle, a facilitator confirms the times members propose.",
      );
    }
    return {
      // The bumped SEQUENCE makes calendars that hold a tentative copy (after a reschedule)
      // take this as newer.
      set: { status: "confirmed", confirmedAt: now },
      tell: (tx, context) => notifyInvite(tx, context, ctx.actor.personId, "confirmed"),
    };
  });
}
