import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../../db/client.ts";
import { closureReviews } from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { namesOf } from "../mentor-requests/places.ts";
import { listGoalSummaries } from "../relationship-goals/list-goals.ts";
import type { LoadedRelationship } from "../relationships/load-relationship.ts";
import { END_REASONS, type EndReason, endReasonList } from "./end-reasons.ts";
import { canReviewNow, everyoneWantsToStayInTouch, mayClose, reviewOpenUntil } from "./rules.ts";

const reasonSchema = z.object({ value: z.string(), label: z.string() });

export const closureViewSchema = z.object({
  status: z.enum(["proposed", "active", "declined", "ended"]),
  ended: z
    .object({
      at: z.iso.datetime(),
      byMe: z.boolean(),
      atEndDate: z.boolean(),
      /** The reason I chose when I closed it (never someone else's). */
      myReason: reasonSchema.nullable(),
    })
    .nullable(),
  canClose: z.boolean(),
  canReview: z.boolean(),
  reviewOpenUntil: z.iso.datetime().nullable(),
  goals: z.array(
    z.object({ id: z.uuid(), title: z.string(), measure: z.string(), status: z.string() }),
  ),
  myReview: z
    .object({
      goalsReached: z.array(z.object({ goalId: z.uuid(), reached: z.boolean() })),
      learned: z.string(),
      appreciation: z.string(),
      reason: z.string(),
      stayInTouch: z.boolean(),
      submittedAt: z.iso.datetime(),
    })
    .nullable(),
  /** Notes of thanks the other members wrote to me: the one part of a review meant for others. */
  thanksForMe: z.array(
    z.object({
      from: z.object({ id: z.uuid(), name: z.string() }),
      text: z.string(),
      writtenAt: z.iso.datetime(),
    }),
  ),
  /** True only when every member said they'd like to stay in touch. */
  everyoneStaysInTouch: z.boolean(),
  endReasons: z.array(reasonSchema),
});
export type ClosureView = z.infer<typeof closureViewSchema>;

const reasonOf = (value: string | null) =>
  value && value in END_REASONS ? { value, label: END_REASONS[value as EndReason] } : null;

/**
 * What a member sees on the Closing tab. Other members' reviews give only their note of thanks
 * and, all together, whether everyone wants to stay in touch; the rest of a review is its
 * author's.
 */
export async function closureView(
  tx: Executor,
  ctx: Ctx,
  loaded: LoadedRelationship,
  now: Date,
): Promise<ClosureView> {
  const { relationship, members } = loaded;
  const me = ctx.actor.personId;
  const goals = await listGoalSummaries(tx, relationship.id);
  const reviews = await tx
    .select()
    .from(closureReviews)
    .where(eq(closureReviews.relationshipId, relationship.id));
  const memberIds = members.map((m) => m.personId);
  const mine = reviews.find((r) => r.personId === me);
  const thanks = reviews.filter(
    (r) => r.personId !== me && memberIds.includes(r.personId) && r.appreciation.trim() !== "",
  );
  const names = await namesOf(
    tx,
    thanks.map((r) => r.personId),
  );
  const ended = relationship.status === "ended";
  const until = ended ? reviewOpenUntil(relationship.endedAt) : null;
  return {
    status: relationship.status,
    ended:
      ended && relationship.endedAt
        ? {
            at: relationship.endedAt.toISOString(),
            byMe: relationship.endedById === me,
            atEndDate: relationship.endedById === null && relationship.endReason === "end_date",
            myReason: relationship.endedById === me ? reasonOf(relationship.endReason) : null,
          }
        : null,
    canClose: relationship.status === "active" && mayClose(relationship.kind, loaded.myRole),
    canReview:
      canReviewNow(relationship, now) &&
      (relationship.status !== "active" || mayClose(relationship.kind, loaded.myRole)),
    reviewOpenUntil: until?.toISOString() ?? null,
    goals,
    myReview: mine
      ? {
          goalsReached: (mine.goalsReached as { goalId: string; reached: boolean }[]).filter((g) =>
            goals.some((goal) => goal.id === g.goalId),
          ),
          learned: mine.learned,
          appreciation: mine.appreciation,
          reason: mine.reason,
          stayInTouch: mine.stayInTouch,
          submittedAt: mine.submittedAt.toISOString(),
        }
      : null,
    thanksForMe: thanks.map((r) => ({
      from: { id: r.personId, name: names.get(r.personId) ?? "Someone" },
      text: r.appreciation,
      writtenAt: r.submittedAt.toISOString(),
    })),
    everyoneStaysInTouch: everyoneWantsToStayInTouch(
      memberIds,
      new Map(reviews.map((r) => [r.personId, r.stayInTouch])),
    ),
    endReasons: endReasonList(),
  };
}
