import { eq, sql } from "drizzle-orm";
import { mentoringSessions } from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict } from "../../server/errors.ts";
import { sendQueuedEmails } from "../notifications/notify.ts";
import { loadSession } from "../session-work/load-session.ts";
import { notifyCancelled } from "./notices.ts";
import { inviteWentOut, mayChange } from "./rules.ts";
import { meOf, sessionContext } from "./session-context.ts";

/** I call a session off before it ends; calendars that hold it get a cancellation. */
export async function cancelSession(ctx: Ctx, sessionId: string, now = new Date()) {
  const { session, emailIds } = await ctx.db.transaction(async (tx) => {
    const loaded = await loadSession(tx, ctx, sessionId, "work", { lock: true });
    const current = loaded.session;
    if (current.status === "cancelled") {
      throw conflict("session_cancelled", "This session is already cancelled.");
    }
    if (!mayChange(current, meOf(ctx, loaded), now)) {
      throw conflict(
        "session_not_changeable",
        current.startsAt.getTime() + current.durationMinutes * 60_000 <= now.getTime()
          ? "This session is over. Say whether it took place instead."
          : "In a circle, the facilitators and whoever proposed a session can cancel it.",
      );
    }
    const [session] = await tx
      .update(mentoringSessions)
      .set({
        status: "cancelled",
        cancelledAt: now,
        cancelledById: ctx.actor.personId,
        icsSequence: sql`${mentoringSessions.icsSequence} + 1`,
        updatedAt: now,
      })
      .where(eq(mentoringSessions.id, current.id))
      .returning();
    if (!session) throw new Error("the session vanished");
    const context = await sessionContext(tx, ctx, loaded, session);
    return {
      session,
      emailIds: await notifyCancelled(tx, context, ctx.actor.personId, inviteWentOut(current)),
    };
  });
  await sendQueuedEmails(ctx.jobs, emailIds);
  return { id: session.id, status: session.status };
}
