import { and, desc, eq, or } from "drizzle-orm";
import { programs, relationships } from "../../db/schema-programs.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { personCards } from "../mentor-requests/person-cards.ts";
import { loadRelationship } from "./load-relationship.ts";
import { presentRelationship, presentRelationshipMetadata } from "./presenters.ts";

const unknownPerson = (id: string) => ({
  id,
  name: "Someone",
  title: null,
  department: null,
  location: null,
  photoUrl: null,
});

/** My matches, as mentee and as mentor: proposed and active first, then the rest, newest first. */
export async function listMyRelationships(ctx: Ctx) {
  const me = ctx.actor.personId;
  const rows = await ctx.db
    .select({ relationship: relationships, program: { slug: programs.slug, name: programs.name } })
    .from(relationships)
    .innerJoin(programs, eq(programs.id, relationships.programId))
    .where(
      and(
        eq(relationships.organizationId, ctx.actor.organizationId),
        or(eq(relationships.menteeId, me), eq(relationships.mentorId, me)),
      ),
    )
    .orderBy(desc(relationships.createdAt))
    .limit(200);
  const otherOf = (r: (typeof rows)[number]["relationship"]) =>
    r.menteeId === me ? r.mentorId : r.menteeId;
  const cards = await personCards(
    ctx.db,
    ctx.actor.organizationId,
    rows.map((r) => otherOf(r.relationship)),
  );
  const open = (status: string) => (status === "proposed" || status === "active" ? 0 : 1);
  return rows
    .map(({ relationship, program }) => {
      authorize(ctx.actor, "relationship.read", {
        organizationId: relationship.organizationId,
        participantIds: [relationship.menteeId, relationship.mentorId],
      });
      const other = otherOf(relationship);
      return presentRelationship(
        ctx.actor,
        relationship,
        program,
        cards.get(other) ?? unknownPerson(other),
      );
    })
    .sort((a, b) => open(a.status) - open(b.status));
}

/**
 * One match: in full for its two people; for the program's managers and administrators, only
 * that it exists, its status and its dates.
 */
export async function getRelationship(ctx: Ctx, relationshipId: string) {
  const { relationship, program, isParticipant } = await loadRelationship(
    ctx.db,
    ctx,
    relationshipId,
    "metadata",
  );
  if (!isParticipant) {
    return { relationship: null, metadata: presentRelationshipMetadata(relationship) };
  }
  const other =
    relationship.menteeId === ctx.actor.personId ? relationship.mentorId : relationship.menteeId;
  const cards = await personCards(ctx.db, ctx.actor.organizationId, [other]);
  return {
    relationship: presentRelationship(
      ctx.actor,
      relationship,
      program,
      cards.get(other) ?? unknownPerson(other),
    ),
    metadata: presentRelationshipMetadata(relationship),
  };
}
