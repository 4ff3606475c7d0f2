import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { commitments, mentoringSessions } from "../../db/schema-relationships.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { loadRelationship } from "../relationships/load-relationship.ts";
import {
  actorToday,
  byDueDate,
  type CommitmentView,
  commitmentSchema,
  namesOf,
  presentCommitment,
} from "./presenters.ts";

export const relationshipCommitmentsSchema = z.object({
  /** Still to do: overdue first, then by due date, then oldest first. */
  open: z.array(commitmentSchema),
  /** Most recently closed first. */
  done: z.array(commitmentSchema),
  dropped: z.array(commitmentSchema),
});

const byClosedDesc = (a: CommitmentView, b: CommitmentView) =>
  (b.closedAt ?? "").localeCompare(a.closedAt ?? "");

/** Every commitment of a relationship, for its members, grouped by where it stands. */
export async function listRelationshipCommitments(
  ctx: Ctx,
  relationshipId: string,
  now = new Date(),
) {
  const { relationship, members } = await loadRelationship(
    ctx.db,
    ctx,
    relationshipId,
    "participant",
  );
  authorize(ctx.actor, "relationship.content", {
    organizationId: relationship.organizationId,
    participantIds: members.map((m) => m.personId),
  });
  const rows = await ctx.db
    .select({ commitment: commitments, madeInSessionAt: mentoringSessions.startsAt })
    .from(commitments)
    .innerJoin(mentoringSessions, eq(mentoringSessions.id, commitments.sessionId))
    .where(eq(commitments.relationshipId, relationship.id))
    .orderBy(asc(commitments.createdAt));
  const name = await namesOf(
    ctx.db,
    ctx.actor.organizationId,
    rows.flatMap((r) => [r.commitment.ownerId, r.commitment.createdById]),
  );
  const today = await actorToday(ctx.db, ctx, now);
  const views = rows.map((r) =>
    presentCommitment(ctx.actor, r.commitment, r.madeInSessionAt, name, today),
  );
  return {
    open: views.filter((c) => c.status === "open").sort(byDueDate),
    done: views.filter((c) => c.status === "done").sort(byClosedDesc),
    dropped: views.filter((c) => c.status === "dropped").sort(byClosedDesc),
  };
}
