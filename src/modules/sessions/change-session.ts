import { eq, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { type MentoringSession, mentoringSessions } from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { sendQueuedEmails } from "../notifications/notify.ts";
import { type LoadedSession, loadSession } from "../session-work/load-session.ts";
import { type SessionContext, sessionContext } from "./session-context.ts";

type SessionChange = {
  set: Partial<Omit<MentoringSession, "id" | "icsSequence" | "updatedAt">>;
  /** Tells the members (the context holds the changed session); returns the emails queued. */
  tell: (tx: Executor, context: SessionContext) => Promise<string[]>;
};

/**
 * What confirming, moving and cancelling a session share: the session loaded locked for a member,
 * `decide` refusing (by throwing) or naming the change, the change written with the calendar's
 * SEQUENCE bumped, the members told, and the emails sent once the transaction has committed.
 */
export async function changeSession(
  ctx: Ctx,
  sessionId: string,
  now: Date,
  decide: (loaded: LoadedSession) => SessionChange,
) {
  const { session, emailIds } = await ctx.db.transaction(async (tx) => {
    const loaded = await loadSession(tx, ctx, sessionId, "work", { lock: true });
    const { set, tell } = decide(loaded);
    const [session] = await tx
      .update(mentoringSessions)
      .set({ ...set, icsSequence: sql`${mentoringSessions.icsSequence} + 1`, updatedAt: now })
      .where(eq(mentoringSessions.id, loaded.session.id))
      .returning();
    if (!session) throw new Error("the session vanished");
    return { session, emailIds: await tell(tx, await sessionContext(tx, ctx, loaded, session)) };
  });
  await sendQueuedEmails(ctx.jobs, emailIds);
  return { id: session.id, status: session.status };
}
