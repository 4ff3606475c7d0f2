import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import {
  goalMilestones,
  goalProgressNotes,
  relationshipGoals,
} from "../../db/schema-relationships.ts";
import type { Ctx } from "../../server/context.ts";
import { namesOf } from "../mentor-requests/places.ts";
import { loadRelationship } from "../relationships/load-relationship.ts";
import type { GoalView } from "./presenters.ts";

/**
 * A relationship's goals with their progress notes (newest first) and milestones, in their
 * order; or only some of them. The caller has already passed the firewall.
 */
export async function loadGoals(
  tx: Executor,
  relationshipId: string,
  onlyIds?: readonly string[],
): Promise<GoalView[]> {
  const goals = await tx
    .select()
    .from(relationshipGoals)
    .where(
      and(
        eq(relationshipGoals.relationshipId, relationshipId),
        onlyIds ? inArray(relationshipGoals.id, [...onlyIds]) : undefined,
      ),
    )
    .orderBy(asc(relationshipGoals.position), asc(relationshipGoals.createdAt));
  if (goals.length === 0) return [];
  const ids = goals.map((g) => g.id);
  // One after the other: `tx` may be a transaction, whose one connection runs one query at a time.
  const notes = await tx
    .select()
    .from(goalProgressNotes)
    .where(inArray(goalProgressNotes.goalId, ids))
    .orderBy(desc(goalProgressNotes.createdAt), desc(goalProgressNotes.id));
  const milestones = await tx
    .select()
    .from(goalMilestones)
    .where(inArray(goalMilestones.goalId, ids))
    .orderBy(asc(goalMilestones.position), asc(goalMilestones.createdAt));
  const names = await namesOf(tx, [
    ...goals.flatMap((g) => (g.createdById ? [g.createdById] : [])),
    ...notes.flatMap((n) => (n.authorId ? [n.authorId] : [])),
  ]);
  const personRef = (id: string | null) => (id ? { id, name: names.get(id) ?? "" } : null);
  return goals.map((goal) => ({
    id: goal.id,
    title: goal.title,
    measure: goal.measure,
    status: goal.status,
    position: goal.position,
    createdBy: personRef(goal.createdById),
    createdAt: goal.createdAt.toISOString(),
    updatedAt: goal.updatedAt.toISOString(),
    progressNotes: notes
      .filter((n) => n.goalId === goal.id)
      .map((n) => ({
        id: n.id,
        body: n.body,
        author: personRef(n.authorId),
        createdAt: n.createdAt.toISOString(),
      })),
    milestones: milestones
      .filter((m) => m.goalId === goal.id)
      .map((m) => ({
        id: m.id,
        title: m.title,
        dueOn: m.dueOn,
        done: m.doneAt !== null,
        doneAt: m.doneAt?.toISOString() ?? null,
        position: m.position,
      })),
  }));
}

/**
 * A relationship's goals in their order, their words and status only: what an agreement's
 * version keeps, and what a closing review marks. The caller has already passed the firewall.
 */
export async function listGoalSummaries(tx: Executor, relationshipId: string) {
  return tx
    .select({
      id: relationshipGoals.id,
      title: relationshipGoals.title,
      measure: relationshipGoals.measure,
      status: relationshipGoals.status,
    })
    .from(relationshipGoals)
    .where(eq(relationshipGoals.relationshipId, relationshipId))
    .orderBy(asc(relationshipGoals.position), asc(relationshipGoals.createdAt));
}

/** One goal, presented (after a change to it). */
export async function loadGoal(tx: Executor, relationshipId: string, goalId: string) {
  const [goal] = await loadGoals(tx, relationshipId, [goalId]);
  if (!goal) throw new Error("the goal vanished");
  return goal;
}

/** The goals of a relationship, for its members. */
export async function listGoals(ctx: Ctx, relationshipId: string) {
  return ctx.db.transaction(async (tx) => {
    await loadRelationship(tx, ctx, relationshipId, "participant");
    return loadGoals(tx, relationshipId);
  });
}
