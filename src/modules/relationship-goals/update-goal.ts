import { eq } from "drizzle-orm";
import { z } from "zod";
import { relationshipGoals } from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { loadGoal } from "./list-goals.ts";
import { loadGoalForWork } from "./load-goal.ts";
import { goalMeasureSchema, goalStatusSchema, goalTitleSchema } from "./rules.ts";

export const updateGoalInput = z
  .object({
    title: goalTitleSchema.optional(),
    measure: goalMeasureSchema.optional(),
    status: goalStatusSchema.optional(),
    position: z
      .number("Position is a number.")
      .int("Position is a whole number.")
      .min(0, "Position starts at 0.")
      .max(1000, "Position is at most 1000.")
      .optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), {
    message: "Change at least one thing: the goal, how you'll know it's reached, or its status.",
  });
export type UpdateGoalInput = z.infer<typeof updateGoalInput>;

/** A member rewords a goal, moves it, or says where it stands. */
export async function updateGoal(ctx: Ctx, relationshipGoalId: string, input: UpdateGoalInput) {
  return ctx.db.transaction(async (tx) => {
    const { goal } = await loadGoalForWork(tx, ctx, relationshipGoalId, { lock: true });
    await tx
      .update(relationshipGoals)
      .set({
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.measure !== undefined ? { measure: input.measure } : {}),
        ...(input.status !== undefined ? { status: input.status } : {}),
        ...(input.position !== undefined ? { position: input.position } : {}),
        updatedAt: new Date(),
      })
      .where(eq(relationshipGoals.id, goal.id));
    return loadGoal(tx, goal.relationshipId, goal.id);
  });
}
