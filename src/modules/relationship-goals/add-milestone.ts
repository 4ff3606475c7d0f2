import { count, eq, max } from "drizzle-orm";
import { z } from "zod";
import { goalMilestones } from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict } from "../../server/errors.ts";
import { loadGoal } from "./list-goals.ts";
import { loadGoalForWork } from "./load-goal.ts";
import { dateSchema, MAX_MILESTONES_PER_GOAL, milestoneTitleSchema } from "./rules.ts";

export const addMilestoneInput = z.object({
  title: milestoneTitleSchema,
  dueOn: dateSchema.nullable().optional(),
});
export type AddMilestoneInput = z.infer<typeof addMilestoneInput>;

/** A member adds an optional step on the way to a goal. */
export async function addMilestone(ctx: Ctx, relationshipGoalId: string, input: AddMilestoneInput) {
  return ctx.db.transaction(async (tx) => {
    const { goal } = await loadGoalForWork(tx, ctx, relationshipGoalId, { lock: true });
    const [stats] = await tx
      .select({ n: count(), last: max(goalMilestones.position) })
      .from(goalMilestones)
      .where(eq(goalMilestones.goalId, goal.id));
    if ((stats?.n ?? 0) >= MAX_MILESTONES_PER_GOAL) {
      throw conflict(
        "too_many_milestones",
        `A goal can have up to ${MAX_MILESTONES_PER_GOAL} milestones. If the path is that long, it may be worth splitting the goal in two.`,
      );
    }
    await tx.insert(goalMilestones).values({
      goalId: goal.id,
      relationshipId: goal.relationshipId,
      organizationId: goal.organizationId,
      title: input.title,
      dueOn: input.dueOn ?? null,
      position: (stats?.last ?? -1) + 1,
    });
    return loadGoal(tx, goal.relationshipId, goal.id);
  });
}
