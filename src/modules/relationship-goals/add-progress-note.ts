import { z } from "zod";
import { goalProgressNotes } from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { loadGoal } from "./list-goals.ts";
import { loadGoalForWork } from "./load-goal.ts";
import { notifyGoalActivity } from "./notices.ts";

export const addProgressNoteInput = z.object({
  body: z
    .string("Write a line about the progress.")
    .trim()
    .min(3, "Write a few words about the progress.")
    .max(2000, "Keep a progress note to 2,000 characters or fewer."),
});
export type AddProgressNoteInput = z.infer<typeof addProgressNoteInput>;

/** A member notes progress on a goal; the others are told that, not what. */
export async function addProgressNote(
  ctx: Ctx,
  relationshipGoalId: string,
  input: AddProgressNoteInput,
) {
  return ctx.db.transaction(async (tx) => {
    const { goal, members } = await loadGoalForWork(tx, ctx, relationshipGoalId);
    await tx.insert(goalProgressNotes).values({
      goalId: goal.id,
      relationshipId: goal.relationshipId,
      organizationId: goal.organizationId,
      authorId: ctx.actor.personId,
      body: input.body,
    });
    await notifyGoalActivity(tx, {
      organizationId: goal.organizationId,
      relationshipId: goal.relationshipId,
      members,
      by: ctx.actor.personId,
      what: "noted progress on a goal",
    });
    return loadGoal(tx, goal.relationshipId, goal.id);
  });
}
