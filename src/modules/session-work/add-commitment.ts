import { z } from "zod";
import { commitments } from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { badRequest } from "../../server/errors.ts";
import { assertNotCancelled, loadSession } from "./load-session.ts";
import { actorToday, namesOf, presentCommitment } from "./presenters.ts";

export const commitmentTextSchema = z
  .string("Say what will be done.")
  .trim()
  .min(1, "Say what will be done, in a few words.")
  .max(500, "Please keep a commitment under 500 characters: one clear next step.");
export const dueOnSchema = z.iso.date("Please give the date as YYYY-MM-DD.").nullish();

export const addCommitmentInput = z.object({
  /** Who will do it: a member of the relationship; me when left out. */
  ownerId: z.uuid("Choose who will do this.").optional(),
  text: commitmentTextSchema,
  dueOn: dueOnSchema,
});
export type AddCommitmentInput = z.infer<typeof addCommitmentInput>;

/**
 * A commitment to action made in a session: what, by whom (a member: in a circle, each person's
 * commitments are their own), and by when. It carries over to later sessions until closed.
 */
export async function addCommitment(
  ctx: Ctx,
  sessionId: string,
  input: AddCommitmentInput,
  now = new Date(),
) {
  return ctx.db.transaction(async (tx) => {
    const { session, members } = await loadSession(tx, ctx, sessionId, "work", { lock: true });
    assertNotCancelled(session);
    const ownerId = input.ownerId ?? ctx.actor.personId;
    if (!members.some((m) => m.personId === ownerId)) {
      throw badRequest(
        "owner_not_member",
        "A commitment belongs to someone in this relationship: choose one of you.",
      );
    }
    const [commitment] = await tx
      .insert(commitments)
      .values({
        relationshipId: session.relationshipId,
        organizationId: session.organizationId,
        sessionId: session.id,
        ownerId,
        text: input.text,
        dueOn: input.dueOn ?? null,
        createdById: ctx.actor.personId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!commitment) throw new Error("commitment insert returned nothing");
    const name = await namesOf(tx, ctx.actor.organizationId, [ownerId, ctx.actor.personId]);
    return presentCommitment(
      ctx.actor,
      commitment,
      session.startsAt,
      name,
      await actorToday(tx, ctx, now),
    );
  });
}
