import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { agendaItems, commitments, mentoringSessions } from "../../db/schema-relationships.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict, notFound } from "../../server/errors.ts";
import { loadRelationship, loadRelationshipForWork } from "../relationships/load-relationship.ts";

/**
 * A session of the actor's organization and its relationship, for the relationship's members
 * only: anyone else gets the same 404 as for a session that doesn't exist. `work` also needs the
 * relationship running (a closed one answers 409); `read` lets members look back at any time.
 */
export async function loadSession(
  tx: Executor,
  ctx: Ctx,
  sessionId: string,
  mode: "read" | "work",
  options: { lock?: boolean } = {},
) {
  const query = tx
    .select()
    .from(mentoringSessions)
    .where(
      and(
        eq(mentoringSessions.id, sessionId),
        eq(mentoringSessions.organizationId, ctx.actor.organizationId),
      ),
    );
  const [session] = options.lock ? await query.for("update") : await query;
  if (!session) throw notFound("session", "session_not_found");
  const loaded =
    mode === "work"
      ? await loadRelationshipForWork(tx, ctx, session.relationshipId)
      : await loadRelationship(tx, ctx, session.relationshipId, "participant");
  authorize(ctx.actor, "relationship.content", {
    organizationId: loaded.relationship.organizationId,
    participantIds: loaded.members.map((m) => m.personId),
  });
  return { session, ...loaded };
}

export type LoadedSession = Awaited<ReturnType<typeof loadSession>>;

/** A cancelled session won't happen: nothing more is planned or promised in it. */
export function assertNotCancelled(session: { status: string }) {
  if (session.status === "cancelled") {
    throw conflict(
      "session_cancelled",
      "This session was cancelled, so nothing more can be added to it. Plan it into the next one instead.",
    );
  }
}

/** An agenda item and its session, under the same rules as loadSession (404 for non-members). */
export async function loadAgendaItem(
  tx: Executor,
  ctx: Ctx,
  agendaItemId: string,
  mode: "read" | "work",
) {
  const [item] = await tx
    .select()
    .from(agendaItems)
    .where(
      and(
        eq(agendaItems.id, agendaItemId),
        eq(agendaItems.organizationId, ctx.actor.organizationId),
      ),
    )
    .for("update");
  if (!item) throw notFound("agenda item", "agenda_item_not_found");
  return { item, ...(await loadSession(tx, ctx, item.sessionId, mode)) };
}

/** A commitment and its session, under the same rules as loadSession (404 for non-members). */
export async function loadCommitment(
  tx: Executor,
  ctx: Ctx,
  commitmentId: string,
  mode: "read" | "work",
) {
  const [commitment] = await tx
    .select()
    .from(commitments)
    .where(
      and(
        eq(commitments.id, commitmentId),
        eq(commitments.organizationId, ctx.actor.organizationId),
      ),
    )
    .for("update");
  if (!commitment) throw notFound("commitment", "commitment_not_found");
  return { commitment, ...(await loadSession(tx, ctx, commitment.sessionId, mode)) };
}
