import { and, eq } from "drizzle-orm";
import { skills } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { notFound } from "../../server/errors.ts";

/**
 * An administrator turns a proposal down: the skill goes, and with it (by the foreign keys'
 * cascade) its aliases and the profile entries that used it.
 */
export async function rejectSkillProposal(ctx: Ctx, skillId: string) {
  authorize(ctx.actor, "skills.manage");
  const deleted = await ctx.db
    .delete(skills)
    .where(
      and(
        eq(skills.id, skillId),
        eq(skills.organizationId, ctx.actor.organizationId),
        eq(skills.status, "proposed"),
      ),
    )
    .returning({ id: skills.id });
  if (deleted.length === 0) throw notFound("skill proposal", "skill_not_found");
}
