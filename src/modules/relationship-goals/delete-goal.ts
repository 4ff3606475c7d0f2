import { eq } from "drizzle-orm";
import { relationshipGoals } from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { loadGoalForWork } from "./load-goal.ts";

/** A member removes a goal, with its progress notes and milestones. */
export async function deleteGoal(ctx: Ctx, relationshipGoalId: string) {
  await ctx.db.transaction(async (tx) => {
    const { goal } = await loadGoalForWork(tx, ctx, relationshipGoalId, { lock: true });
    await tx.delete(relationshipGoals).where(eq(relationshipGoals.id, goal.id));
  });
}
