import { z } from "zod";
import type { Ctx } from "../../server/context.ts";
import { conflict } from "../../server/errors.ts";
import { sendQueuedEmails } from "../notifications/notify.ts";
import { loadRelationshipForWork } from "../relationships/load-relationship.ts";
import { closureView } from "./closure-view.ts";
import { endReasonSchema } from "./end-reasons.ts";
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
    const ended = await endRelationship(tx, {
      relationship: loaded.relationship,
      members: loaded.members,
      endedById: ctx.actor.personId,
      reason: input.reason,
      now,
      config: ctx.config,
    });
    const relationship = ended.relationship;
    const told = await notifyClosedEarly(tx, {
      program: loaded.program,
      relationship,
      memberIds: loaded.members.map((m) => m.personId),
      closedById: ctx.actor.personId,
      withThanks: false,
      baseUrl: ctx.config.baseUrl,
    });
    const view = await closureView(tx, ctx, { ...loaded, relationship }, now);
    return { view, emailIds: [...ended.emailIds, ...told] };
  });
  await sendQueuedEmails(ctx.jobs, emailIds);
  return view;
}
