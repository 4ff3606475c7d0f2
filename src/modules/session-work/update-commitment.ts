import { eq } from "drizzle-orm";
import { z } from "zod";
import { commitments } from "../../db/schema-relationships.ts";
import { can } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { badRequest, forbidden } from "../../server/errors.ts";
import { commitmentTextSchema, dueOnSchema } from "./add-commitment.ts";
import { loadCommitment } from "./load-session.ts";
import { actorToday, commitmentStatusSchema, namesOf, presentCommitment } from "./presenters.ts";

export const updateCommitmentInput = z.object({
  text: commitmentTextSchema.optional(),
  dueOn: dueOnSchema,
  status: z.enum(commitmentStatusSchema.options, "Choose open, done or dropped.").optional(),
  /** Needed when dropping: a word on why. */
  dropReason: z
    .string("Say in a word or two why you're letting it go.")
    .trim()
    .max(500, "Please keep the reason under 500 characters.")
    .nullish(),
});
export type UpdateCommitmentInput = z.infer<typeof updateCommitmentInput>;

/**
 * The owner marks their commitment done, drops it consciously (with a word on why), reopens it,
 * or rewords it. Closing sets closedAt, which is what takes it off later sessions' agendas;
 * reopening clears it. Everyone else in the relationship sees it but can't change it.
 */
export async function updateCommitment(
  ctx: Ctx,
  commitmentId: string,
  input: UpdateCommitmentInput,
  now = new Date(),
) {
  if (input.status === "dropped" && !input.dropReason) {
    throw badRequest(
      "drop_reason_required",
      "Say in a word or two why you're letting this go: it helps you both look back on it later.",
    );
  }
  if (
    input.text === undefined &&
    input.dueOn === undefined &&
    input.status === undefined &&
    input.dropReason === undefined
  ) {
    throw badRequest(
      "nothing_to_change",
      "Send what should change: the words, the date or the status.",
    );
  }
  return ctx.db.transaction(async (tx) => {
    const { commitment, session } = await loadCommitment(tx, ctx, commitmentId, "work");
    const isOwner = can(ctx.actor, "relationship.ownContent", {
      organizationId: commitment.organizationId,
      personId: commitment.ownerId,
    });
    if (!isOwner) {
      throw forbidden(
        "Only the person who made this commitment can change it. You can see it, and cheer them on.",
      );
    }
    const status = input.status ?? commitment.status;
    const statusChanged = status !== commitment.status;
    const dropReason = status === "dropped" ? input.dropReason || commitment.dropReason : null;
    if (status === "dropped" && !dropReason) {
      throw badRequest("drop_reason_required", "Say in a word or two why you're letting this go.");
    }
    const [updated] = await tx
      .update(commitments)
      .set({
        ...(input.text !== undefined ? { text: input.text } : {}),
        ...(input.dueOn !== undefined ? { dueOn: input.dueOn } : {}),
        status,
        closedAt: status === "open" ? null : statusChanged ? now : commitment.closedAt,
        dropReason,
        updatedAt: now,
      })
      .where(eq(commitments.id, commitment.id))
      .returning();
    if (!updated) throw new Error("commitment update returned nothing");
    const name = await namesOf(tx, ctx.actor.organizationId, [
      updated.ownerId,
      updated.createdById,
    ]);
    return presentCommitment(
      ctx.actor,
      updated,
      session.startsAt,
      name,
      await actorToday(tx, ctx, now),
    );
  });
}
