import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { relationships } from "../../db/schema-programs.ts";
import {
  commitments,
  mentoringSessions,
  relationshipMembers,
} from "../../db/schema-relationships.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { membersOf } from "../relationships/list-my-relationships.ts";
import { actorToday, byDueDate, isOverdue } from "./presenters.ts";

export const myCommitmentSchema = z.object({
  id: z.uuid(),
  text: z.string(),
  /** YYYY-MM-DD, or null. */
  dueOn: z.string().nullable(),
  /** Due before today, where I am. */
  overdue: z.boolean(),
  relationship: z.object({
    id: z.uuid(),
    kind: z.enum(["pair", "circle"]),
    /** "with Theo Mentor" for a pair; the circle's name for a circle. */
    title: z.string(),
  }),
  /** The session it was made in. */
  sessionId: z.uuid(),
  madeInSessionAt: z.iso.datetime(),
  createdAt: z.iso.datetime(),
});

/**
 * The response of GET /api/me/commitments (the home page's cockpit reads it): my open
 * commitments in the relationships under way, overdue first, then by due date (undated last).
 */
export const myCommitmentsSchema = z.object({ commitments: z.array(myCommitmentSchema) });
export type MyCommitments = z.infer<typeof myCommitmentsSchema>;

/** My open commitments across my running relationships. Only ever mine. */
export async function listMyCommitments(ctx: Ctx, now = new Date()): Promise<MyCommitments> {
  const me = ctx.actor.personId;
  const rows = await ctx.db
    .select({
      commitment: commitments,
      madeInSessionAt: mentoringSessions.startsAt,
      relationship: { id: relationships.id, kind: relationships.kind, name: relationships.name },
    })
    .from(commitments)
    .innerJoin(mentoringSessions, eq(mentoringSessions.id, commitments.sessionId))
    .innerJoin(relationships, eq(relationships.id, commitments.relationshipId))
    .innerJoin(
      relationshipMembers,
      and(
        eq(relationshipMembers.relationshipId, commitments.relationshipId),
        eq(relationshipMembers.personId, me),
      ),
    )
    .where(
      and(
        eq(commitments.ownerId, me),
        eq(commitments.status, "open"),
        eq(commitments.organizationId, ctx.actor.organizationId),
        eq(relationships.status, "active"),
      ),
    )
    .orderBy(asc(commitments.createdAt))
    .limit(500);
  // A pair's title names the other person.
  const pairIds = [
    ...new Set(rows.filter((r) => r.relationship.kind === "pair").map((r) => r.relationship.id)),
  ];
  const membersByPair = await membersOf(ctx, pairIds);
  const otherIn = (relationshipId: string) =>
    membersByPair.get(relationshipId)?.find((m) => m.id !== me)?.name;
  const today = await actorToday(ctx.db, ctx, now);
  const list = rows.map(({ commitment, madeInSessionAt, relationship }) => {
    authorize(ctx.actor, "relationship.ownContent", {
      organizationId: commitment.organizationId,
      personId: commitment.ownerId,
    });
    return {
      id: commitment.id,
      text: commitment.text,
      dueOn: commitment.dueOn,
      overdue: isOverdue(commitment, today),
      relationship: {
        id: relationship.id,
        kind: relationship.kind,
        title:
          relationship.kind === "circle"
            ? (relationship.name ?? "Your circle")
            : `with ${otherIn(relationship.id) ?? "your partner"}`,
      },
      sessionId: commitment.sessionId,
      madeInSessionAt: madeInSessionAt.toISOString(),
      createdAt: commitment.createdAt.toISOString(),
    };
  });
  list.sort(byDueDate);
  return { commitments: list };
}
