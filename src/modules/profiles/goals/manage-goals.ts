import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../../../db/client.ts";
import { goals, objectives } from "../../../db/schema.ts";
import { authorize } from "../../../server/authz/index.ts";
import type { Ctx } from "../../../server/context.ts";
import { badRequest, notFound } from "../../../server/errors.ts";
import { goalsOf } from "./list-goals.ts";

export const MAX_GOALS = 20;

const goalText = z
  .string()
  .trim()
  .min(1, "Please write the goal down first.")
  .max(500, "A goal can be at most 500 characters.");
const objectiveField = z.uuid("Please choose an objective from the list.").nullable().optional();

export const addGoalInput = z.object({ text: goalText, objectiveId: objectiveField });
export const updateGoalInput = z.object({ text: goalText.optional(), objectiveId: objectiveField });
export const reorderGoalsInput = z.object({
  goalIds: z.array(z.uuid()).max(MAX_GOALS, `You can have at most ${MAX_GOALS} goals.`),
});

function own(ctx: Ctx) {
  const { organizationId, personId } = ctx.actor;
  authorize(ctx.actor, "profile.update", { organizationId, personId });
  return { organizationId, personId };
}

/** A goal may be linked only to an objective of the organization that isn't archived. */
async function checkObjective(db: Executor, organizationId: string, objectiveId: string) {
  const [objective] = await db
    .select({ id: objectives.id })
    .from(objectives)
    .where(
      and(
        eq(objectives.id, objectiveId),
        eq(objectives.organizationId, organizationId),
        isNull(objectives.archivedAt),
      ),
    );
  if (!objective) {
    throw badRequest(
      "objective_not_found",
      "That objective isn't available any more. Please choose another, or none.",
    );
  }
}

export async function addGoal(ctx: Ctx, input: z.infer<typeof addGoalInput>) {
  const { organizationId, personId } = own(ctx);
  await ctx.db.transaction(async (tx) => {
    if (input.objectiveId) await checkObjective(tx, organizationId, input.objectiveId);
    const [stats] = await tx
      .select({
        count: sql<number>`count(*)::int`,
        next: sql<number>`coalesce(max(${goals.position}) + 1, 0)::int`,
      })
      .from(goals)
      .where(and(eq(goals.personId, personId), eq(goals.organizationId, organizationId)));
    if ((stats?.count ?? 0) >= MAX_GOALS) {
      throw badRequest(
        "too_many_goals",
        `You have ${MAX_GOALS} goals already. Finish or remove one before adding another.`,
      );
    }
    await tx.insert(goals).values({
      organizationId,
      personId,
      text: input.text,
      objectiveId: input.objectiveId ?? null,
      position: stats?.next ?? 0,
    });
  });
  return goalsOf(ctx.db, organizationId, personId);
}

export async function updateGoal(ctx: Ctx, goalId: string, input: z.infer<typeof updateGoalInput>) {
  const { organizationId, personId } = own(ctx);
  const where = and(
    eq(goals.id, goalId),
    eq(goals.personId, personId),
    eq(goals.organizationId, organizationId),
  );
  const [goal] = await ctx.db.select().from(goals).where(where);
  if (!goal) throw notFound("goal");
  // An archived objective stays on a goal that already had it; it can't be chosen anew.
  if (input.objectiveId && input.objectiveId !== goal.objectiveId) {
    await checkObjective(ctx.db, organizationId, input.objectiveId);
  }
  const changes = Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined),
  );
  if (Object.keys(changes).length > 0) await ctx.db.update(goals).set(changes).where(where);
  return goalsOf(ctx.db, organizationId, personId);
}

export async function deleteGoal(ctx: Ctx, goalId: string) {
  const { organizationId, personId } = own(ctx);
  const deleted = await ctx.db
    .delete(goals)
    .where(
      and(
        eq(goals.id, goalId),
        eq(goals.personId, personId),
        eq(goals.organizationId, organizationId),
      ),
    )
    .returning({ id: goals.id });
  if (deleted.length === 0) throw notFound("goal");
  return goalsOf(ctx.db, organizationId, personId);
}

/** Puts the person's goals in the order given, which must list each of their goals once. */
export async function reorderGoals(ctx: Ctx, goalIds: string[]) {
  const { organizationId, personId } = own(ctx);
  await ctx.db.transaction(async (tx) => {
    const current = await tx
      .select({ id: goals.id })
      .from(goals)
      .where(and(eq(goals.personId, personId), eq(goals.organizationId, organizationId)))
      .for("update");
    const given = new Set(goalIds);
    if (
      given.size !== goalIds.length ||
      given.size !== current.length ||
      current.some((g) => !given.has(g.id))
    ) {
      throw badRequest(
        "goal_order_mismatch",
        "Your goals changed while you were reordering them. Please reload and try again.",
      );
    }
    if (goalIds.length === 0) return;
    await tx
      .update(goals)
      .set({
        position: sql`array_position(${sql.param(goalIds)}::uuid[], ${goals.id}) - 1`,
      })
      .where(and(inArray(goals.id, goalIds), eq(goals.personId, personId)));
  });
  return goalsOf(ctx.db, organizationId, personId);
}
