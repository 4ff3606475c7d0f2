import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { relationships } from "../../db/schema-programs.ts";
import { relationshipMembers } from "../../db/schema-relationships.ts";
import { authorize, can } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict, notFound } from "../../server/errors.ts";
import { programById } from "../mentor-requests/places.ts";
import { isProgramManager } from "../programs/load-program.ts";

/**
 * A relationship of the actor's organization with its program and members (in the order they
 * joined), checked against the firewall: `participant` needs the actor to be one of its members
 * (locking the row when asked); `metadata` also lets the program's managers and administrators
 * in. Anyone else gets a 404, so a match's existence doesn't leak.
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
  const members = await tx
    .select({ personId: relationshipMembers.personId, role: relationshipMembers.role })
    .from(relationshipMembers)
    .where(eq(relationshipMembers.relationshipId, relationship.id))
    .orderBy(asc(relationshipMembers.createdAt));
  const resource = {
    organizationId: relationship.organizationId,
    participantIds: members.map((m) => m.personId),
    isManager:
      access === "metadata" &&
      (await isProgramManager(tx, relationship.programId, ctx.actor.personId)),
  };
  const action = access === "participant" ? "relationship.respond" : "relationship.readMetadata";
  if (!can(ctx.actor, action, resource)) throw notFound("match", "relationship_not_found");
  authorize(ctx.actor, action, resource);
  const program = await programById(tx, relationship.programId);
  const me = members.find((m) => m.personId === ctx.actor.personId);
  return {
    relationship,
    program,
    members,
    isParticipant: me !== undefined,
    myRole: me?.role ?? null,
  };
}

export type LoadedRelationship = Awaited<ReturnType<typeof loadRelationship>>;

/**
 * For working inside a relationship (agreement, sessions, notes, commitments, goals): a member,
 * and the relationship running. A closed relationship stays readable but no longer changes.
 */
export async function loadRelationshipForWork(
  tx: Executor,
  ctx: Ctx,
  relationshipId: string,
  options: { lock?: boolean } = {},
): Promise<LoadedRelationship> {
  const loaded = await loadRelationship(tx, ctx, relationshipId, "participant", options);
  assertRunning(loaded.relationship.status);
  return loaded;
}

export function assertRunning(status: string) {
  if (status === "ended") {
    throw conflict(
      "relationship_closed",
      "This relationship has closed, so it's read-only now. Your notes stay here for you.",
    );
  }
  if (status !== "active") {
    throw conflict(
      "relationship_not_active",
      "This match hasn't started yet: it begins once everyone has confirmed it.",
    );
  }
}
