import { randomUUID } from "node:crypto";
import { z } from "zod";
import { skillAliases, skills } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { normalizeSkillName } from "./normalize.ts";
import { presentSkill, skillColumns } from "./presenters.ts";
import {
  findSkillBySpelling,
  lockTaxonomy,
  skillCategorySchema,
  skillDescriptionSchema,
  skillNameSchema,
} from "./taxonomy.ts";

export const proposeSkillInput = z.object({
  name: skillNameSchema,
  category: skillCategorySchema.optional(),
  description: skillDescriptionSchema.optional(),
});
export type ProposeSkillInput = z.infer<typeof proposeSkillInput>;

/**
 * Anyone may propose a skill the taxonomy lacks. When the name (or one of its spellings) already
 * leads to a skill, that skill is the answer and nothing is added; otherwise a proposal waits
 * for an administrator, and the proposer can put it on their profile straight away.
 */
export async function proposeSkill(ctx: Ctx, input: ProposeSkillInput) {
  authorize(ctx.actor, "skills.propose");
  const organizationId = ctx.actor.organizationId;
  return ctx.db.transaction(async (tx) => {
    await lockTaxonomy(tx, organizationId);
    const existing = await findSkillBySpelling(tx, organizationId, input.name);
    if (existing) return { skill: presentSkill(existing), created: false };
    const normalizedName = normalizeSkillName(input.name);
    const [skill] = await tx
      .insert(skills)
      .values({
        id: randomUUID(),
        organizationId,
        name: input.name,
        normalizedName,
        category: input.category ?? null,
        description: input.description ?? null,
        status: "proposed",
        proposedById: ctx.actor.personId,
      })
      .returning(skillColumns);
    if (!skill) throw new Error("skill insert returned no row");
    await tx
      .insert(skillAliases)
      .values({ organizationId, alias: normalizedName, skillId: skill.id });
    return { skill: presentSkill(skill), created: true };
  });
}
