import { count, eq, max } from "drizzle-orm";
import { z } from "zod";
import { relationshipGoals } from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict } from "../../server/errors.ts";
import { loadRelationshipForWork } from "../relationships/load-relationship.ts";
import { loadGoal } from "./list-goals.ts";
import { notifyGoalActivity } from "./notices.ts";
import { goalMeasureSchema, goalTitleSchema, MAX_GOALS } from "./rules.ts";

export const addGoalInput = z.object({ title: goalTitleSchema, measure: goalMeasureSchema });
export type AddGoalInput = z.infer<typeof addGoalInput>;

/** A member adds a goal to the relationship (goals are part of the agreement). */
export async function addGoal(ctx: Ctx, relationshipId: string, input: AddGoalInput) {
  return ctx.db.transaction(async (tx) => {
    // Locked, so two goals added at once can't go past the limit together.
    const { relationship, members } = await loadRelationshipForWork(tx, ctx, relationshipId, {
      lock: true,
    });
    const [stats] = await tx
      .select({ n: count(), last: max(relationshipGoals.position) })
      .from(relationshipGoals)
      .where(eq(relationshipGoals.relationshipId, relationship.id));
    if ((stats?.n ?? 0) >= MAX_GOALS) {
      throw conflict(
        "too_many_goals",
        `You already have ${MAX_GOALS} goals. Fewer goals get more attention: remove one you no longer need before adding another.`,
      );
    }
    const [goal] = await tx
      .insert(relationshipGoals)
      .values({
        relationshipId: relationship.id,
        organizationId: relationship.organizationId,
        title: input.title,
        measure: input.measure,
        position: (stats?.last ?? -1) + 1,
        createdById: ctx.actor.personId,
      })
      .returning({ id: relationshipGoals.id });
    if (!goal) throw new Error("the goal wasn't written");
    await notifyGoalActivity(tx, {
      organizationId: relationship.organizationId,
      relationshipId: relationship.id,
      members,
      by: ctx.actor.personId,
      what: "added a goal",
    });
    return loadGoal(tx, relationship.id, goal.id);
  });
}
