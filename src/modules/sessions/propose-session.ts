import { mentoringSessions } from "../../db/schema-relationships.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict } from "../../server/errors.ts";
import { sendQueuedEmails } from "../notifications/notify.ts";
import { loadRelationshipForWork } from "../relationships/load-relationship.ts";
import { agreementDefaults } from "./list-sessions.ts";
import { notifyInvite, notifyProposed } from "./notices.ts";
import { settlesAtOnce } from "./rules.ts";
import type { ProposeSessionInput } from "./schemas.ts";
import { meOf, sessionContext } from "./session-context.ts";
import { checkPlannedStart } from "./session-time.ts";

const agreementFirst = () =>
  conflict(
    "agreement_not_in_force",
    "Sessions can be planned once your agreement is settled: when everyone has accepted it, come back here to pick a time.",
  );

/**
 * I propose a time. In a pair the other person confirms it; in a circle a facilitator's time
 * stands at once and everyone gets the calendar invite. Length and channel come from the
 * agreement unless given.
 */
export async function proposeSession(
  ctx: Ctx,
  relationshipId: string,
  input: ProposeSessionInput,
  now = new Date(),
) {
  const { session, emailIds } = await ctx.db.transaction(async (tx) => {
    const loaded = await loadRelationshipForWork(tx, ctx, relationshipId, { lock: true });
    const { relationship } = loaded;
    authorize(ctx.actor, "relationship.content", {
      organizationId: relationship.organizationId,
      participantIds: loaded.members.map((m) => m.personId),
    });
    if (!relationship.agreedAt) throw agreementFirst();
    const startsAt = checkPlannedStart(input.startsAt, now);
    const defaults = await agreementDefaults(tx, relationship.id);
    const channel = input.channel ?? defaults.channel;
    const channelDetail =
      input.channelDetail !== undefined
        ? input.channelDetail?.trim() || null
        : channel === defaults.channel
          ? defaults.channelDetail
          : null;
    const confirmed = settlesAtOnce(meOf(ctx, loaded));
    const [session] = await tx
      .insert(mentoringSessions)
      .values({
        relationshipId: relationship.id,
        organizationId: relationship.organizationId,
        startsAt,
        durationMinutes: input.durationMinutes ?? defaults.durationMinutes,
        channel,
        channelDetail,
        status: confirmed ? "confirmed" : "proposed",
        proposedById: ctx.actor.personId,
        confirmedAt: confirmed ? now : null,
      })
      .returning();
    if (!session) throw new Error("the session insert returned nothing");
    const context = await sessionContext(tx, ctx, loaded, session);
    const emailIds = confirmed
      ? await notifyInvite(tx, context, ctx.actor.personId, "confirmed")
      : await notifyProposed(tx, context, ctx.actor.personId);
    return { session, emailIds };
  });
  await sendQueuedEmails(ctx.jobs, emailIds);
  return { id: session.id, status: session.status };
}
