import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import type { Tx } from "../../db/client.ts";
import { relationships } from "../../db/schema-programs.ts";
import { relationshipMembers } from "../../db/schema-relationships.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict, notFound } from "../../server/errors.ts";
import { sendQueuedEmails } from "../notifications/notify.ts";
import { isProgramManager } from "../programs/load-program.ts";
import { loadRelationship } from "../relationships/load-relationship.ts";
import { activePeopleOf } from "./circle-people.ts";
import { notifyJoinedCircle, notifyLeftCircle } from "./notices.ts";
import {
  circleRoleSchema,
  MAX_CIRCLE_MEMBERS,
  MAX_FACILITATORS,
  presentCircle,
} from "./presenters.ts";

export const addCircleMemberInput = z.object({
  personId: z.uuid("That isn't a valid person id."),
  role: circleRoleSchema,
});
export type AddCircleMemberInput = z.infer<typeof addCircleMemberInput>;

/**
 * A running circle that the actor manages, locked for the change. Anyone who can't even see it
 * gets a 404 (as for every relationship); its members who don't manage the program, a 403.
 */
async function loadManagedCircle(tx: Tx, ctx: Ctx, relationshipId: string) {
  const loaded = await loadRelationship(tx, ctx, relationshipId, "metadata", { lock: true });
  const { relationship, program } = loaded;
  if (relationship.kind !== "circle") throw notFound("circle", "circle_not_found");
  authorize(ctx.actor, "programs.manage", {
    organizationId: program.organizationId,
    isManager: await isProgramManager(tx, program.id, ctx.actor.personId),
  });
  if (relationship.status !== "active") {
    throw conflict("circle_closed", "This circle has closed, so who is in it can't change now.");
  }
  return loaded;
}

/** A program manager adds someone to a circle, as a facilitator or a member; they're told. */
export async function addCircleMember(
  ctx: Ctx,
  relationshipId: string,
  input: AddCircleMemberInput,
) {
  const { circle, emailIds } = await ctx.db.transaction(async (tx) => {
    const { relationship, program, members } = await loadManagedCircle(tx, ctx, relationshipId);
    if (members.some((m) => m.personId === input.personId)) {
      throw conflict("already_in_circle", "This person is already in the circle.");
    }
    const names = await activePeopleOf(tx, relationship.organizationId, [input.personId]);
    const count = members.filter((m) => m.role === input.role).length;
    if (input.role === "facilitator" && count >= MAX_FACILITATORS) {
      throw conflict(
        "circle_facilitators_full",
        `A circle has at most ${MAX_FACILITATORS} facilitators. Remove one first, or add this person as a member.`,
      );
    }
    if (input.role === "member" && count >= MAX_CIRCLE_MEMBERS) {
      throw conflict(
        "circle_full",
        `This circle already has ${MAX_CIRCLE_MEMBERS} members, which is as many as a circle can have.`,
      );
    }
    await tx.insert(relationshipMembers).values({
      relationshipId: relationship.id,
      personId: input.personId,
      organizationId: relationship.organizationId,
      role: input.role,
    });
    const emailIds = await notifyJoinedCircle(tx, {
      organizationId: relationship.organizationId,
      relationshipId: relationship.id,
      circleName: relationship.name ?? "learning",
      programName: program.name,
      baseUrl: ctx.config.baseUrl,
      people: [
        { id: input.personId, name: names.get(input.personId) ?? "there", role: input.role },
      ],
    });
    const circle = await presentCircle(tx, {
      organizationId: relationship.organizationId,
      programId: program.id,
      id: relationship.id,
    });
    return { circle, emailIds };
  });
  await sendQueuedEmails(ctx.jobs, emailIds);
  return circle;
}

/**
 * A program manager takes someone out of a circle. It keeps at least one facilitator and one
 * member; the lead facilitator and first member kept on the relationship row move on if needed.
 */
export async function removeCircleMember(ctx: Ctx, relationshipId: string, personId: string) {
  return ctx.db.transaction(async (tx) => {
    const { relationship, program, members } = await loadManagedCircle(tx, ctx, relationshipId);
    const leaving = members.find((m) => m.personId === personId);
    if (!leaving) throw notFound("person in this circle", "not_in_circle");
    const sameRole = members.filter((m) => m.role === leaving.role && m.personId !== personId);
    if (sameRole.length === 0) {
      throw conflict(
        leaving.role === "facilitator" ? "circle_needs_facilitator" : "circle_needs_member",
        leaving.role === "facilitator"
          ? "A circle needs at least one facilitator. Add another facilitator first."
          : "A circle needs at least one member. Add someone else first.",
      );
    }
    await tx
      .delete(relationshipMembers)
      .where(
        and(
          eq(relationshipMembers.relationshipId, relationship.id),
          eq(relationshipMembers.personId, personId),
        ),
      );
    if (relationship.mentorId === personId || relationship.menteeId === personId) {
      const [next] = await tx
        .select({ personId: relationshipMembers.personId })
        .from(relationshipMembers)
        .where(
          and(
            eq(relationshipMembers.relationshipId, relationship.id),
            eq(relationshipMembers.role, leaving.role),
          ),
        )
        .orderBy(asc(relationshipMembers.createdAt), asc(relationshipMembers.personId))
        .limit(1);
      if (!next) throw new Error("a circle lost its last person of a role");
      await tx
        .update(relationships)
        .set(
          relationship.mentorId === personId
            ? { mentorId: next.personId, updatedAt: new Date() }
            : { menteeId: next.personId, updatedAt: new Date() },
        )
        .where(eq(relationships.id, relationship.id));
    }
    await notifyLeftCircle(tx, {
      organizationId: relationship.organizationId,
      personId,
      circleName: relationship.name ?? "learning",
    });
    const circle = await presentCircle(tx, {
      organizationId: relationship.organizationId,
      programId: program.id,
      id: relationship.id,
    });
    return circle;
  });
}
