import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { mentoringSessions } from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { notFound } from "../../server/errors.ts";
import {
  type LoadedRelationship,
  loadRelationship,
  loadRelationshipForWork,
} from "../relationships/load-relationship.ts";

/**
 * A session and its relationship, for one of its members: everyone else gets the same 404 as
 * for a session that doesn't exist. `work` also needs the relationship running (409 when it has
 * closed); it locks the relationship and the session so changes to one session happen in turn.
 */
export async function loadSession(
  tx: Executor,
  ctx: Ctx,
  sessionId: string,
  access: "read" | "work",
) {
  const [found] = await tx
    .select({ relationshipId: mentoringSessions.relationshipId })
    .from(mentoringSessions)
    .where(
      and(
        eq(mentoringSessions.id, sessionId),
        eq(mentoringSessions.organizationId, ctx.actor.organizationId),
      ),
    );
  if (!found) throw notFound("session", "session_not_found");
  let loaded: LoadedRelationship;
  try {
    loaded =
      access === "work"
        ? await loadRelationshipForWork(tx, ctx, found.relationshipId, { lock: true })
        : await loadRelationship(tx, ctx, found.relationshipId, "participant");
  } catch (error) {
    // Not a member: the session doesn't exist for them, whatever the relationship says.
    if (error instanceof Error && "status" in error && error.status === 404) {
      throw notFound("session", "session_not_found");
    }
    throw error;
  }
  const query = tx.select().from(mentoringSessions).where(eq(mentoringSessions.id, sessionId));
  const [session] = access === "work" ? await query.for("update") : await query;
  if (!session) throw notFound("session", "session_not_found");
  return { ...loaded, session };
}

export type LoadedSession = Awaited<ReturnType<typeof loadSession>>;
