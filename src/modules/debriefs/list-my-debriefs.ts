import { and, desc, eq } from "drizzle-orm";
import { debriefs, mentoringSessions } from "../../db/schema-relationships.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { loadRelationship } from "../relationships/load-relationship.ts";
import { presentDebrief } from "./presenters.ts";
import {
  canWriteDebriefs,
  DEBRIEF_EVERY_SESSIONS,
  debriefsOpenUntil,
  isDebriefDue,
} from "./rules.ts";

/**
 * My own debriefs in a relationship, newest first, and whether it's time for another. Never
 * anyone else's: the other member's debriefs aren't even counted here.
 */
export async function listMyDebriefs(ctx: Ctx, relationshipId: string, now = new Date()) {
  const { relationship } = await loadRelationship(ctx.db, ctx, relationshipId, "participant");
  authorize(ctx.actor, "relationship.ownContent", {
    organizationId: relationship.organizationId,
    personId: ctx.actor.personId,
  });
  const rows = await ctx.db
    .select()
    .from(debriefs)
    .where(
      and(eq(debriefs.relationshipId, relationship.id), eq(debriefs.personId, ctx.actor.personId)),
    )
    .orderBy(desc(debriefs.createdAt), desc(debriefs.id));
  const held = await ctx.db
    .select({ startsAt: mentoringSessions.startsAt })
    .from(mentoringSessions)
    .where(
      and(
        eq(mentoringSessions.relationshipId, relationship.id),
        eq(mentoringSessions.outcome, "held"),
      ),
    );
  const canWrite = canWriteDebriefs(relationship, now);
  return {
    debriefs: rows.map(presentDebrief),
    due:
      relationship.status === "active" &&
      isDebriefDue({
        heldSessionStarts: held.map((s) => s.startsAt),
        lastDebriefAt: rows[0]?.createdAt ?? null,
      }),
    everySessions: DEBRIEF_EVERY_SESSIONS,
    canWrite,
    openUntil: canWrite ? (debriefsOpenUntil(relationship)?.toISOString() ?? null) : null,
  };
}
