import { eq } from "drizzle-orm";
import { z } from "zod";
import { programManagers, relationships, rematchRequests } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict } from "../../server/errors.ts";
import { notify, sendQueuedEmails } from "../notifications/notify.ts";
import { loadRelationship } from "./load-relationship.ts";
import { notifyMatchWontGoAhead } from "./notices.ts";
import { rematchCategorySchema } from "./rematch-categories.ts";

export const requestRematchInput = z.object({ category: rematchCategorySchema });

/**
 * Either person asks for a different match, without blame: the match ends, the mentee goes back
 * to the pool, and the program's managers see the request with its category (never anything
 * the two people wrote).
 */
export async function requestRematch(
  ctx: Ctx,
  relationshipId: string,
  input: z.infer<typeof requestRematchInput>,
  now = new Date(),
) {
  const { rematchRequestId, emailIds } = await ctx.db.transaction(async (tx) => {
    const { relationship, program } = await loadRelationship(
      tx,
      ctx,
      relationshipId,
      "participant",
      { lock: true },
    );
    if (relationship.status !== "active") {
      throw conflict("not_active", "Only a match that is under way can be rematched.");
    }
    const [updated] = await tx
      .update(relationships)
      .set({ status: "ended", endedAt: now, updatedAt: now })
      .where(eq(relationships.id, relationship.id))
      .returning();
    const [rematch] = await tx
      .insert(rematchRequests)
      .values({
        organizationId: relationship.organizationId,
        relationshipId: relationship.id,
        requestedById: ctx.actor.personId,
        reasonCategory: input.category,
      })
      .returning({ id: rematchRequests.id });
    if (!updated || !rematch) throw new Error("rematch writes returned nothing");
    const emailIds = await notifyMatchWontGoAhead(tx, {
      program,
      relationship: updated,
      by: ctx.actor.personId,
      baseUrl: ctx.config.baseUrl,
      ended: true,
    });
    const managers = await tx
      .select({ personId: programManagers.personId })
      .from(programManagers)
      .where(eq(programManagers.programId, program.id));
    for (const { personId } of managers) {
      await notify(tx, {
        organizationId: program.organizationId,
        personId,
        kind: "rematch.requested",
        title: `A rematch request in ${program.name}`,
        body: "Someone would like a different match. You'll find the request and its reason category on the rematches page.",
        link: `/programs/${program.slug}/rematches`,
      });
    }
    return { rematchRequestId: rematch.id, emailIds };
  });
  await sendQueuedEmails(ctx.jobs, emailIds);
  return { rematchRequestId };
}
