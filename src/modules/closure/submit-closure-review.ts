import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import { closureReviews, relationshipGoals } from "../../db/schema-relationships.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { AppError, conflict } from "../../server/errors.ts";
import { sendQueuedEmails } from "../notifications/notify.ts";
import { assertRunning, loadRelationship } from "../relationships/load-relationship.ts";
import { closeEarly, facilitatorsClose } from "./close-relationship.ts";
import { closureView } from "./closure-view.ts";
import { endReasonSchema } from "./end-reasons.ts";
import { notifyThanksWaiting } from "./notices.ts";
import { canReviewNow, mayClose, REVIEW_DAYS_AFTER_CLOSE } from "./rules.ts";

export const closureReviewInput = z.object({
  goalsReached: z
    .array(
      z.object({
        goalId: z.uuid("That isn't a valid goal id."),
        reached: z.boolean(),
      }),
    )
    .max(100, "That's more goals than a relationship has.")
    .default([]),
  learned: z.string().trim().max(2000, "Keep what you learned under 2,000 characters.").default(""),
  appreciation: z
    .string()
    .trim()
    .max(2000, "Keep your note of thanks under 2,000 characters.")
    .default(""),
  reason: endReasonSchema,
  stayInTouch: z.boolean().default(false),
});
export type ClosureReviewInput = z.input<typeof closureReviewInput>;

const invalid = (message: string) =>
  new AppError("invalid_input", 422, message, { fields: { goalsReached: message } });

/**
 * My closing review. After the end it can be written and changed for REVIEW_DAYS_AFTER_CLOSE
 * days; while the relationship still runs, writing it closes it in the same step. The others
 * hear that a note of thanks is waiting (the first time there is one), never its words.
 */
export async function submitClosureReview(
  ctx: Ctx,
  relationshipId: string,
  input: z.output<typeof closureReviewInput>,
  now = new Date(),
) {
  const { view, emailIds } = await ctx.db.transaction(async (tx) => {
    const loaded = await loadRelationship(tx, ctx, relationshipId, "participant", { lock: true });
    authorize(ctx.actor, "relationship.ownContent", {
      organizationId: loaded.relationship.organizationId,
      personId: ctx.actor.personId,
    });
    const closing = loaded.relationship.status === "active";
    if (closing && !mayClose(loaded.relationship.kind, loaded.myRole)) throw facilitatorsClose();
    if (!closing) {
      if (loaded.relationship.status !== "ended") assertRunning(loaded.relationship.status);
      if (!canReviewNow(loaded.relationship, now)) {
        throw conflict(
          "review_closed",
          `Closing reviews stay open for ${REVIEW_DAYS_AFTER_CLOSE} days after the end, and that time has passed. What you wrote stays here for you.`,
        );
      }
    }
    const goalIds = input.goalsReached.map((g) => g.goalId);
    if (new Set(goalIds).size !== goalIds.length) throw invalid("Each goal can be marked once.");
    if (goalIds.length > 0) {
      const found = await tx
        .select({ id: relationshipGoals.id })
        .from(relationshipGoals)
        .where(
          and(
            eq(relationshipGoals.relationshipId, loaded.relationship.id),
            inArray(relationshipGoals.id, goalIds),
          ),
        );
      if (found.length !== goalIds.length) {
        throw invalid("Some of those goals aren't this relationship's.");
      }
    }
    const [existing] = await tx
      .select({ appreciation: closureReviews.appreciation })
      .from(closureReviews)
      .where(
        and(
          eq(closureReviews.relationshipId, loaded.relationship.id),
          eq(closureReviews.personId, ctx.actor.personId),
        ),
      );
    const closed = closing
      ? await closeEarly(tx, ctx, loaded, {
          reason: input.reason,
          withThanks: input.appreciation !== "",
          now,
        })
      : null;
    const relationship = closed?.relationship ?? loaded.relationship;
    const values = {
      goalsReached: input.goalsReached,
      learned: input.learned,
      appreciation: input.appreciation,
      reason: input.reason,
      stayInTouch: input.stayInTouch,
      submittedAt: now,
    };
    await tx
      .insert(closureReviews)
      .values({
        relationshipId: relationship.id,
        personId: ctx.actor.personId,
        organizationId: relationship.organizationId,
        ...values,
      })
      .onConflictDoUpdate({
        target: [closureReviews.relationshipId, closureReviews.personId],
        set: values,
      });
    // Closing early told the others already (with a word that thanks is waiting, if any).
    const thanksIsNew = input.appreciation !== "" && (existing?.appreciation ?? "") === "";
    const queued =
      closed?.emailIds ??
      (thanksIsNew
        ? await notifyThanksWaiting(tx, {
            program: loaded.program,
            relationship,
            memberIds: loaded.members.map((m) => m.personId),
            fromId: ctx.actor.personId,
            baseUrl: ctx.config.baseUrl,
          })
        : []);
    const view = await closureView(tx, ctx, { ...loaded, relationship }, now);
    return { view, emailIds: queued };
  });
  await sendQueuedEmails(ctx.jobs, emailIds);
  return view;
}
