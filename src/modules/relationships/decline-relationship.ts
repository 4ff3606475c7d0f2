import { eq } from "drizzle-orm";
import { z } from "zod";
import { relationships } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict } from "../../server/errors.ts";
import { sendQueuedEmails } from "../notifications/notify.ts";
import { loadRelationship } from "./load-relationship.ts";
import { notifyMatchWontGoAhead } from "./notices.ts";
import { canStillDecline } from "./presenters.ts";

export const declineRelationshipInput = z.object({
  reason: z.string().trim().max(1000, "Please keep it under 1,000 characters.").nullish(),
});

/**
 * I decline a proposed match (or a match made for me that started under two weeks ago),
 * privately: my reason stays with me; the other person learns only that it won't go ahead.
 * The mentee is free to be matched again.
 */
export async function declineRelationship(
  ctx: Ctx,
  relationshipId: string,
  input: z.infer<typeof declineRelationshipInput>,
  now = new Date(),
) {
  const emailIds = await ctx.db.transaction(async (tx) => {
    const { relationship, program } = await loadRelationship(
      tx,
      ctx,
      relationshipId,
      "participant",
      { lock: true },
    );
    if (!canStillDecline(relationship, now)) {
      throw conflict(
        "cannot_decline",
        relationship.status === "active"
          ? "This match is under way. If it isn't working, you can ask for a rematch instead."
          : "This match has already ended.",
      );
    }
    const [updated] = await tx
      .update(relationships)
      .set({
        status: "declined",
        declinedAt: now,
        declinedById: ctx.actor.personId,
        declineReason: input.reason?.trim() || null,
        updatedAt: now,
      })
      .where(eq(relationships.id, relationship.id))
      .returning();
    if (!updated) throw new Error("the relationship vanished");
    return notifyMatchWontGoAhead(tx, {
      program,
      relationship: updated,
      by: ctx.actor.personId,
      baseUrl: ctx.config.baseUrl,
      ended: false,
    });
  });
  await sendQueuedEmails(ctx.jobs, emailIds);
}
