import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { debriefs, mentoringSessions } from "../../db/schema-relationships.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { AppError } from "../../server/errors.ts";
import { loadRelationship } from "../relationships/load-relationship.ts";
import { learnedSchema, presentDebrief } from "./presenters.ts";
import { assertOpenForDebriefs } from "./rules.ts";

export const addDebriefInput = z.object({
  learned: learnedSchema,
  sharedWithProgram: z.boolean().default(false),
  sessionId: z.uuid("That isn't a valid session id.").nullish(),
});
export type AddDebriefInput = z.input<typeof addDebriefInput>;

/**
 * I write down what I learned. Private unless I choose to share it, anonymously, with the
 * program's learning log. Possible while the relationship runs and for a while after it closes.
 */
export async function addDebrief(
  ctx: Ctx,
  relationshipId: string,
  input: z.output<typeof addDebriefInput>,
  now = new Date(),
) {
  return ctx.db.transaction(async (tx) => {
    const { relationship } = await loadRelationship(tx, ctx, relationshipId, "participant");
    assertOpenForDebriefs(relationship, now);
    authorize(ctx.actor, "relationship.ownContent", {
      organizationId: relationship.organizationId,
      personId: ctx.actor.personId,
    });
    if (input.sessionId) {
      const [session] = await tx
        .select({ id: mentoringSessions.id })
        .from(mentoringSessions)
        .where(
          and(
            eq(mentoringSessions.id, input.sessionId),
            eq(mentoringSessions.relationshipId, relationship.id),
          ),
        );
      if (!session) {
        throw new AppError("invalid_input", 422, "That session isn't one of this relationship's.", {
          fields: { sessionId: "That session isn't one of this relationship's." },
        });
      }
    }
    const [row] = await tx
      .insert(debriefs)
      .values({
        relationshipId: relationship.id,
        programId: relationship.programId,
        organizationId: relationship.organizationId,
        personId: ctx.actor.personId,
        sessionId: input.sessionId ?? null,
        learned: input.learned,
        sharedWithProgram: input.sharedWithProgram,
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error("the debrief wasn't written");
    return presentDebrief(row);
  });
}
