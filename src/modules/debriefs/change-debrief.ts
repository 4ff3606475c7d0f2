import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../../db/client.ts";
import { relationships } from "../../db/schema-programs.ts";
import { debriefs } from "../../db/schema-relationships.ts";
import { can } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { notFound } from "../../server/errors.ts";
import { learnedSchema, presentDebrief } from "./presenters.ts";
import { assertOpenForDebriefs } from "./rules.ts";

export const updateDebriefInput = z.object({
  learned: learnedSchema.optional(),
  sharedWithProgram: z.boolean().optional(),
});

/** My own debrief, locked, with its relationship's status; 404 for anyone but its author. */
async function loadMyDebrief(tx: Executor, ctx: Ctx, debriefId: string) {
  const [found] = await tx
    .select({
      debrief: debriefs,
      status: relationships.status,
      endedAt: relationships.endedAt,
    })
    .from(debriefs)
    .innerJoin(relationships, eq(relationships.id, debriefs.relationshipId))
    .where(and(eq(debriefs.id, debriefId), eq(debriefs.organizationId, ctx.actor.organizationId)))
    .for("update", { of: debriefs });
  const resource = found && {
    organizationId: found.debrief.organizationId,
    personId: found.debrief.personId,
  };
  if (!found || !can(ctx.actor, "relationship.ownContent", resource)) {
    throw notFound("debrief", "debrief_not_found");
  }
  return found;
}

/**
 * I reword a debrief or change who may read it. Taking it back out of the learning log is
 * always possible; anything else only while debriefs can still be written.
 */
export async function updateDebrief(
  ctx: Ctx,
  debriefId: string,
  input: z.output<typeof updateDebriefInput>,
  now = new Date(),
) {
  return ctx.db.transaction(async (tx) => {
    const { debrief, status, endedAt } = await loadMyDebrief(tx, ctx, debriefId);
    const onlyWithdrawing = input.learned === undefined && input.sharedWithProgram === false;
    if (!onlyWithdrawing) assertOpenForDebriefs({ status, endedAt }, now);
    const [row] = await tx
      .update(debriefs)
      .set({
        ...(input.learned !== undefined ? { learned: input.learned } : {}),
        ...(input.sharedWithProgram !== undefined
          ? { sharedWithProgram: input.sharedWithProgram }
          : {}),
      })
      .where(eq(debriefs.id, debrief.id))
      .returning();
    if (!row) throw new Error("the debrief vanished");
    return presentDebrief(row);
  });
}

/** I delete one of my debriefs: always possible, even after the relationship closed. */
export async function deleteDebrief(ctx: Ctx, debriefId: string) {
  await ctx.db.transaction(async (tx) => {
    const { debrief } = await loadMyDebrief(tx, ctx, debriefId);
    await tx.delete(debriefs).where(eq(debriefs.id, debrief.id));
  });
}
