import { eq } from "drizzle-orm";
import { relationships } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict } from "../../server/errors.ts";
import { sendQueuedEmails } from "../notifications/notify.ts";
import { loadRelationship } from "./load-relationship.ts";
import { notifyConfirmedByOne, notifyMatchConfirmed } from "./notices.ts";

/** I confirm a proposed match; when both have, it becomes active and both are told. */
export async function confirmRelationship(ctx: Ctx, relationshipId: string, now = new Date()) {
  const emailIds = await ctx.db.transaction(async (tx) => {
    const { relationship, program } = await loadRelationship(
      tx,
      ctx,
      relationshipId,
      "participant",
      { lock: true },
    );
    if (relationship.status !== "proposed") {
      throw conflict("not_proposed", "This match isn't waiting for a confirmation any more.");
    }
    const asMentee = relationship.menteeId === ctx.actor.personId;
    const menteeConfirmedAt = asMentee
      ? (relationship.menteeConfirmedAt ?? now)
      : relationship.menteeConfirmedAt;
    const mentorConfirmedAt = asMentee
      ? relationship.mentorConfirmedAt
      : (relationship.mentorConfirmedAt ?? now);
    const both = menteeConfirmedAt !== null && mentorConfirmedAt !== null;
    const [updated] = await tx
      .update(relationships)
      .set({
        menteeConfirmedAt,
        mentorConfirmedAt,
        updatedAt: now,
        ...(both ? { status: "active" as const, startedAt: now } : {}),
      })
      .where(eq(relationships.id, relationship.id))
      .returning();
    if (!updated) throw new Error("the relationship vanished");
    const input = { program, relationship: updated, baseUrl: ctx.config.baseUrl };
    if (both) return notifyMatchConfirmed(tx, input);
    await notifyConfirmedByOne(tx, { ...input, by: ctx.actor.personId });
    return [];
  });
  await sendQueuedEmails(ctx.jobs, emailIds);
}
