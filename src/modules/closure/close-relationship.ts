import { z } from "zod";
import type { Executor } from "../../db/client.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict } from "../../server/errors.ts";
import { sendQueuedEmails } from "../notifications/notify.ts";
import {
  type LoadedRelationship,
  loadRelationshipForWork,
} from "../relationships/load-relationship.ts";
import { closureView } from "./closure-view.ts";
import { type EndReason, endReasonSchema } from "./end-reasons.ts";
import { endRelationship } from "./end-relationship.ts";
import { notifyClosedEarly } from "./notices.ts";
import { mayClose } from "./rules.ts";

export const facilitatorsClose = () =>
  conflict(
    "facilitators_close_circles",
    "In a circle, its facilitators close it. Once it has closed, you can write your own closing review.",
  );

export const closeRelationshipInput = z.object({ reason: endReasonSchema });

/**
 * Closing early, inside the caller's transaction (the row locked by the caller): the
 * relationship ends with the closer's reason, and the others are told it has come to a close,
 * never why. Returns the ended row and the emails queued.
 */
export async function closeEarly(
  tx: Executor,
  ctx: Ctx,
  loaded: LoadedRelationship,
  input: { reason: EndReason; withThanks: boolean; now: Date },
) {
  const ended = await endRelationship(tx, {
    relationship: loaded.relationship,
    members: loaded.members,
    endedById: ctx.actor.personId,
    reason: input.reason,
    now: input.now,
    config: ctx.config,
  });
  const told = await notifyClosedEarly(tx, {
    program: loaded.program,
    relationship: ended.relationship,
    memberIds: loaded.members.map((m) => m.personId),
    closedById: ctx.actor.personId,
    withThanks: input.withThanks,
    baseUrl: ctx.config.baseUrl,
  });
  return { relationship: ended.relationship, emailIds: [...ended.emailIds, ...told] };
}

/**
 * Any member closes a running relationship early, without fault. The others are told that it
 * has come to a close and invited to a closing review; never the reason.
 */
export async function closeRelationship(
  ctx: Ctx,
  relationshipId: string,
  input: z.infer<typeof closeRelationshipInput>,
  now = new Date(),
) {
  const { view, emailIds } = await ctx.db.transaction(async (tx) => {
    const loaded = await loadRelationshipForWork(tx, ctx, relationshipId, { lock: true });
    if (!mayClose(loaded.relationship.kind, loaded.myRole)) throw facilitatorsClose();
    const { relationship, emailIds } = await closeEarly(tx, ctx, loaded, {
      reason: input.reason,
      withThanks: false,
      now,
    });
    const view = await closureView(tx, ctx, { ...loaded, relationship }, now);
    return { view, emailIds };
  });
  await sendQueuedEmails(ctx.jobs, emailIds);
  return view;
}
