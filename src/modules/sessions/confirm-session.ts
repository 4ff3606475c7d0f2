import { eq, sql } from "drizzle-orm";
import { mentoringSessions } from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict } from "../../server/errors.ts";
import { sendQueuedEmails } from "../notifications/notify.ts";
import { loadSession } from "../session-work/load-session.ts";
import { notifyInvite } from "./notices.ts";
import { mayConfirm } from "./rules.ts";
import { meOf, sessionContext } from "./session-context.ts";

/** I confirm a time someone else proposed: everyone gets the calendar invite. */
export async function confirmSession(ctx: Ctx, sessionId: string, now = new Date()) {
  const { session, emailIds } = await ctx.db.transaction(async (tx) => {
    const loaded = await loadSession(tx, ctx, sessionId, "work", { lock: true });
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
    const [session] = await tx
      .update(mentoringSessions)
      .set({
        status: "confirmed",
        confirmedAt: now,
        // Calendars that hold a tentative copy (after a reschedule) take this as newer.
        icsSequence: sql`${mentoringSessions.icsSequence} + 1`,
        updatedAt: now,
      })
      .where(eq(mentoringSessions.id, current.id))
      .returning();
    if (!session) throw new Error("the session vanished");
    const context = await sessionContext(tx, ctx, loaded, session);
    return {
      session,
      emailIds: await notifyInvite(tx, context, ctx.actor.personId, "confirmed"),
    };
  });
  await sendQueuedEmails(ctx.jobs, emailIds);
  return { id: session.id, status: session.status };
}
