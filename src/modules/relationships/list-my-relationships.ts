import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { programs, relationships } from "../../db/schema-programs.ts";
import { type MemberRole, relationshipMembers } from "../../db/schema-relationships.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { personCards } from "../mentor-requests/person-cards.ts";
import type { PersonCard } from "../mentor-requests/presenters.ts";
import { loadRelationship } from "./load-relationship.ts";
import { type MemberCard, presentRelationship, presentRelationshipMetadata } from "./presenters.ts";

/** Every member of these relationships as a card with their role, by relationship id. */
export async function membersOf(
  ctx: Ctx,
  relationshipIds: string[],
): Promise<Map<string, MemberCard[]>> {
  const byRelationship = new Map<string, MemberCard[]>();
  if (relationshipIds.length === 0) return byRelationship;
  const rows = await ctx.db
    .select({
      relationshipId: relationshipMembers.relationshipId,
      personId: relationshipMembers.personId,
      role: relationshipMembers.role,
    })
    .from(relationshipMembers)
    .where(inArray(relationshipMembers.relationshipId, relationshipIds))
    .orderBy(asc(relationshipMembers.createdAt));
  const cards = await personCards(
    ctx.db,
    ctx.actor.organizationId,
    rows.map((r) => r.personId),
  );
  for (const row of rows) {
    const list = byRelationship.get(row.relationshipId) ?? [];
    list.push(memberCard(cards, row));
    byRelationship.set(row.relationshipId, list);
  }
  return byRelationship;
}

/** A member's card with their role; "Someone" when the person can't be read. */
export const memberCard = (
  cards: Map<string, PersonCard>,
  member: { personId: string; role: MemberRole },
): MemberCard => ({
  ...(cards.get(member.personId) ?? unknownPerson(member.personId)),
  role: member.role,
});

const unknownPerson = (id: string) => ({
  id,
  name: "Someone",
  title: null,
  department: null,
  location: null,
  photoUrl: null,
});

/**
 * My relationships (pairs as mentee or mentor, and circles): proposed and active first, then
 * the rest, newest first.
 */
export async function listMyRelationships(ctx: Ctx) {
  const me = ctx.actor.personId;
  const rows = await ctx.db
    .select({ relationship: relationships, program: { slug: programs.slug, name: programs.name } })
    .from(relationshipMembers)
    .innerJoin(relationships, eq(relationships.id, relationshipMembers.relationshipId))
    .innerJoin(programs, eq(programs.id, relationships.programId))
    .where(
      and(
        eq(relationshipMembers.personId, me),
        eq(relationships.organizationId, ctx.actor.organizationId),
      ),
    )
    .orderBy(desc(relationships.createdAt))
    .limit(200);
  const members = await membersOf(
    ctx,
    rows.map((r) => r.relationship.id),
  );
  const open = (status: string) => (status === "proposed" || status === "active" ? 0 : 1);
  return rows
    .map(({ relationship, program }) => {
      const list = members.get(relationship.id) ?? [];
      authorize(ctx.actor, "relationship.read", {
        organizationId: relationship.organizationId,
        participantIds: list.map((m) => m.id),
      });
      return presentRelationship(ctx.actor, relationship, program, list);
    })
    .sort((a, b) => open(a.status) - open(b.status));
}

/**
 * One relationship: in full for its members; for the program's managers and administrators,
 * only that it exists, its status and its dates.
 */
export async function getRelationship(ctx: Ctx, relationshipId: string) {
  const { relationship, program, members, isParticipant } = await loadRelationship(
    ctx.db,
    ctx,
    relationshipId,
    "metadata",
  );
  if (!isParticipant) {
    return { relationship: null, metadata: presentRelationshipMetadata(relationship) };
  }
  // The members loadRelationship read, as cards: no second read of relationship_members.
  const cards = await personCards(
    ctx.db,
    ctx.actor.organizationId,
    members.map((m) => m.personId),
  );
  return {
    relationship: presentRelationship(
      ctx.actor,
      relationship,
      program,
      members.map((m) => memberCard(cards, m)),
    ),
    metadata: presentRelationshipMetadata(relationship),
  };
}
