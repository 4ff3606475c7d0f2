import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../../db/client.ts";
import { skills } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { normalizeSkillName } from "./normalize.ts";
import { presentSkill, skillColumns } from "./presenters.ts";
import {
  claimSpellings,
  findSkill,
  lockTaxonomy,
  replaceSkillAliases,
  skillCategorySchema,
  skillDescriptionSchema,
  skillNameSchema,
  skillSynonymsSchema,
} from "./taxonomy.ts";

export const updateSkillInput = z.object({
  name: skillNameSchema.optional(),
  category: skillCategorySchema.optional(),
  description: skillDescriptionSchema.optional(),
  synonyms: skillSynonymsSchema.optional(),
});
export type UpdateSkillInput = z.infer<typeof updateSkillInput>;

/**
 * Writes an administrator's changes to a skill inside an open transaction (the taxonomy locked),
 * keeping its aliases in step with its name and synonyms. Approving a proposal uses it too.
 */
export async function applySkillChanges(
  tx: Executor,
  ctx: Ctx,
  skillId: string,
  input: UpdateSkillInput & { status?: "approved" },
) {
  const organizationId = ctx.actor.organizationId;
  const current = await findSkill(tx, ctx, skillId);
  const name = input.name ?? current.name;
  const { synonyms, keys } = await claimSpellings(tx, {
    organizationId,
    skillId,
    name,
    synonyms: input.synonyms ?? current.synonyms,
  });
  const [skill] = await tx
    .update(skills)
    .set({
      name,
      normalizedName: normalizeSkillName(name),
      synonyms,
      ...(input.category !== undefined ? { category: input.category } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.status ? { status: input.status } : {}),
    })
    .where(and(eq(skills.id, skillId), eq(skills.organizationId, organizationId)))
    .returning(skillColumns);
  if (!skill) throw new Error("skill update returned no row");
  await replaceSkillAliases(tx, { organizationId, skillId, keys });
  return presentSkill(skill);
}

/** An administrator edits a skill's name, category, description or synonyms. */
export async function updateSkill(ctx: Ctx, skillId: string, input: UpdateSkillInput) {
  authorize(ctx.actor, "skills.manage");
  return ctx.db.transaction(async (tx) => {
    await lockTaxonomy(tx, ctx.actor.organizationId);
    return applySkillChanges(tx, ctx, skillId, input);
  });
}
