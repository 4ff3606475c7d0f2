import { eq } from "drizzle-orm";
import { z } from "zod";
import { goalMilestones } from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { loadGoal } from "./list-goals.ts";
import { loadMilestoneForWork } from "./load-goal.ts";
import { dateSchema, milestoneTitleSchema } from "./rules.ts";

export const updateMilestoneInput = z
  .object({
    title: milestoneTitleSchema.optional(),
    dueOn: dateSchema.nullable().optional(),
    done: z.boolean("Say whether it's done: true or false.").optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), {
    message: "Change at least one thing: the milestone, its date, or whether it's done.",
  });
export type UpdateMilestoneInput = z.infer<typeof updateMilestoneInput>;

/** A member renames a milestone, moves its date, or ticks it done (or not done). */
export async function updateMilestone(
  ctx: Ctx,
  goalMilestoneId: string,
  input: UpdateMilestoneInput,
  now = new Date(),
) {
  return ctx.db.transaction(async (tx) => {
    const { milestone, goal } = await loadMilestoneForWork(tx, ctx, goalMilestoneId);
    await tx
      .update(goalMilestones)
      .set({
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.dueOn !== undefined ? { dueOn: input.dueOn } : {}),
        ...(input.done !== undefined
          ? { doneAt: input.done ? (milestone.doneAt ?? now) : null }
          : {}),
      })
      .where(eq(goalMilestones.id, milestone.id));
    return loadGoal(tx, goal.relationshipId, goal.id);
  });
}
