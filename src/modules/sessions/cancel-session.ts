import type { Ctx } from "../../server/context.ts";
import { conflict } from "../../server/errors.ts";
import { changeSession } from "./change-session.ts";
import { notifyCancelled } from "./notices.ts";
import { hasEnded, inviteWentOut, mayChange } from "./rules.ts";
import { meOf } from "./session-context.ts";

/** I call a session off before it ends; calendars that hold it get a cancellation. */
export function cancelSession(ctx: Ctx, sessionId: string, now = new Date()) {
  return changeSession(ctx, sessionId, now, (loaded) => {
    const current = loaded.session;
    if (current.status === "cancelled") {
      throw conflict("session_cancelled", "This session is already cancelled.");
    }
    if (!mayChange(current, meOf(ctx, loaded), now)) {
      throw conflict(
        "session_not_changeable",
        hasEnded(current, now)
          ? "This session is over. Say whether it took place instead."
          : "In a circle, the facilitators and whoever proposed a session can cancel it.",
      );
    }
    return {
      set: { status: "cancelled", cancelledAt: now, cancelledById: ctx.actor.personId },
      tell: (tx, context) =>
        notifyCancelled(tx, context, ctx.actor.personId, inviteWentOut(current)),
    };
  });
}
