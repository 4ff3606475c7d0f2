import { and, eq } from "drizzle-orm";
import { skills } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { notFound } from "../../server/errors.ts";
import { notify } from "../notifications/notify.ts";

/**
 * An administrator turns a proposal down: the skill goes, and with it (by the foreign keys'
 * cascade) its aliases and the profile entries that used it. The person who proposed it is told
 * in the app, so the skill doesn't just vanish from their profile.
 */
export async function rejectSkillProposal(ctx: Ctx, skillId: string) {
  authorize(ctx.actor, "skills.manage");
  await ctx.db.transaction(async (tx) => {
    const deleted = await tx
      .delete(skills)
      .where(
        and(
          eq(skills.id, skillId),
          eq(skills.organizationId, ctx.actor.organizationId),
          eq(skills.status, "proposed"),
        ),
      )
      .returning({ name: skills.name, proposedById: skills.proposedById });
    const [skill] = deleted;
    if (!skill) throw notFound("skill proposal", "skill_not_found");
    if (skill.proposedById && skill.proposedById !== ctx.actor.personId) {
      await notify(tx, {
        organizationId: ctx.actor.organizationId,
        personId: skill.proposedById,
        kind: "skill.proposal_declined",
        title: `“${skill.name}” won't be added to the skills list`,
        body: "Thank you for suggesting it. An administrator decided not to add it, so it's no longer on your profile. A similar skill may already be there under another name: try searching for it.",
        link: "/profile",
      });
    }
  });
}
