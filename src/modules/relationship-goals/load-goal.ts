import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { goalMilestones, relationshipGoals } from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { AppError, notFound } from "../../server/errors.ts";
import { loadRelationshipForWork } from "../relationships/load-relationship.ts";

/**
 * A goal to change: it must belong to a running relationship the actor is a member of. Anyone
 * else gets the same 404 as for a goal that doesn't exist.
 */
export async function loadGoalForWork(
  tx: Executor,
  ctx: Ctx,
  relationshipGoalId: string,
  options: { lock?: boolean } = {},
) {
  const [goal] = await tx
    .select()
    .from(relationshipGoals)
    .where(
      and(
        eq(relationshipGoals.id, relationshipGoalId),
        eq(relationshipGoals.organizationId, ctx.actor.organizationId),
      ),
    );
  if (!goal) throw notFound("goal", "goal_not_found");
  const loaded = await loadRelationshipForWork(tx, ctx, goal.relationshipId).catch(
    (error: unknown) => {
      // Not a member: the goal doesn't exist, as far as they can tell.
      if (error instanceof AppError && error.status === 404) {
        throw notFound("goal", "goal_not_found");
      }
      throw error;
    },
  );
  if (options.lock) {
    const [locked] = await tx
      .select()
      .from(relationshipGoals)
      .where(eq(relationshipGoals.id, goal.id))
      .for("update");
    if (!locked) throw notFound("goal", "goal_not_found");
    return { goal: locked, ...loaded };
  }
  return { goal, ...loaded };
}

/** A milestone to change, through its goal (and so through the firewall). */
export async function loadMilestoneForWork(tx: Executor, ctx: Ctx, goalMilestoneId: string) {
  const [milestone] = await tx
    .select()
    .from(goalMilestones)
    .where(
      and(
        eq(goalMilestones.id, goalMilestoneId),
        eq(goalMilestones.organizationId, ctx.actor.organizationId),
      ),
    );
  if (!milestone) throw notFound("milestone", "milestone_not_found");
  const loaded = await loadGoalForWork(tx, ctx, milestone.goalId).catch((error: unknown) => {
    if (error instanceof AppError && error.status === 404) {
      throw notFound("milestone", "milestone_not_found");
    }
    throw error;
  });
  return { milestone, ...loaded };
}
