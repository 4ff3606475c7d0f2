import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { notFound } from "../../server/errors.ts";
import { findSkill, lockTaxonomy } from "./taxonomy.ts";
import { applySkillChanges, type UpdateSkillInput, updateSkillInput } from "./update-skill.ts";

/** Approving may also correct the proposal's name, category, description or synonyms. */
export const approveSkillProposalInput = updateSkillInput;

/** An administrator accepts a proposed skill into the taxonomy, optionally edited. */
export async function approveSkillProposal(ctx: Ctx, skillId: string, input: UpdateSkillInput) {
  authorize(ctx.actor, "skills.manage");
  return ctx.db.transaction(async (tx) => {
    await lockTaxonomy(tx, ctx.actor.organizationId);
    const proposal = await findSkill(tx, ctx, skillId, "skill proposal");
    if (proposal.status !== "proposed") throw notFound("skill proposal", "skill_not_found");
    return applySkillChanges(tx, ctx, skillId, { ...input, status: "approved" });
  });
}
