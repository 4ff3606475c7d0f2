import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { relationships } from "../../db/schema-programs.ts";
import { authorize, can } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { notFound } from "../../server/errors.ts";
import { programById } from "../mentor-requests/places.ts";
import { isProgramManager } from "../programs/load-program.ts";

/**
 * A relationship of the actor's organization with its program, checked against the firewall:
 * `participant` needs the actor to be one of its two people (locking the row when asked);
 * `metadata` also lets the program's managers and administrators in. Anyone else gets a 404,
 * so a match's existence doesn't leak.
 */
export async function loadRelationship(
  tx: Executor,
  ctx: Ctx,
  relationshipId: string,
  access: "participant" | "metadata",
  options: { lock?: boolean } = {},
) {
  const query = tx
    .select()
    .from(relationships)
    .where(
      and(
        eq(relationships.id, relationshipId),
        eq(relationships.organizationId, ctx.actor.organizationId),
      ),
    );
  const [relationship] = options.lock ? await query.for("update") : await query;
  if (!relationship) throw notFound("match", "relationship_not_found");
  const resource = {
    organizationId: relationship.organizationId,
    participantIds: [relationship.menteeId, relationship.mentorId],
    isManager:
      access === "metadata" &&
      (await isProgramManager(tx, relationship.programId, ctx.actor.personId)),
  };
  const action = access === "participant" ? "relationship.respond" : "relationship.readMetadata";
  if (!can(ctx.actor, action, resource)) throw notFound("match", "relationship_not_found");
  authorize(ctx.actor, action, resource);
  const program = await programById(tx, relationship.programId);
  const isParticipant = resource.participantIds.includes(ctx.actor.personId);
  return { relationship, program, isParticipant };
}
