import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { agendaItems, commitments, mentoringSessions } from "../../db/schema-relationships.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { AppError, conflict, notFound } from "../../server/errors.ts";
import {
  type LoadedRelationship,
  loadRelationship,
  loadRelationshipForWork,
} from "../relationships/load-relationship.ts";

/** Not a member: the thing doesn't exist for them, whatever its relationship says. */
async function orNotFound<T>(load: Promise<T>, missing: () => AppError): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (error instanceof AppError && error.status === 404) throw missing();
    throw error;
  }
}

const sessionNotFound = () => notFound("session", "session_not_found");

/**
 * A session of the actor's organization and its relationship, for the relationship's members
 * only: anyone else gets the same 404 as for a session that doesn't exist. `work` also needs the
 * relationship running (a closed one answers 409); `read` lets members look back at any time.
 * `lock` locks the relationship, then the session, so changes to one session happen in turn.
 */
export async function loadSession(
  tx: Executor,
  ctx: Ctx,
  sessionId: string,
  mode: "read" | "work",
  options: { lock?: boolean } = {},
) {
  const [found] = await tx
    .select()
    .from(mentoringSessions)
    .where(
      and(
        eq(mentoringSessions.id, sessionId),
        eq(mentoringSessions.organizationId, ctx.actor.organizationId),
      ),
    );
  if (!found) throw sessionNotFound();
  const loaded: LoadedRelationship = await orNotFound(
    mode === "work"
      ? loadRelationshipForWork(tx, ctx, found.relationshipId, options)
      : loadRelationship(tx, ctx, found.relationshipId, "participant"),
    sessionNotFound,
  );
  authorize(ctx.actor, "relationship.content", {
    organizationId: loaded.relationship.organizationId,
    participantIds: loaded.members.map((m) => m.personId),
  });
  const [session] = options.lock
    ? await tx
        .select()
        .from(mentoringSessions)
        .where(eq(mentoringSessions.id, found.id))
        .for("update")
    : [found];
  if (!session) throw sessionNotFound();
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
  const missing = () => notFound("agenda item", "agenda_item_not_found");
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
  if (!item) throw missing();
  return { item, ...(await orNotFound(loadSession(tx, ctx, item.sessionId, mode), missing)) };
}

/** A commitment and its session, under the same rules as loadSession (404 for non-members). */
export async function loadCommitment(
  tx: Executor,
  ctx: Ctx,
  commitmentId: string,
  mode: "read" | "work",
) {
  const missing = () => notFound("commitment", "commitment_not_found");
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
  if (!commitment) throw missing();
  return {
    commitment,
    ...(await orNotFound(loadSession(tx, ctx, commitment.sessionId, mode), missing)),
  };
}
