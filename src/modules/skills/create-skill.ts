import { randomUUID } from "node:crypto";
import { z } from "zod";
import { skills } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { normalizeSkillName } from "./normalize.ts";
import { presentSkill, skillColumns } from "./presenters.ts";
import {
  claimSpellings,
  lockTaxonomy,
  replaceSkillAliases,
  skillCategorySchema,
  skillDescriptionSchema,
  skillNameSchema,
  skillSynonymsSchema,
} from "./taxonomy.ts";

export const createSkillInput = z.object({
  name: skillNameSchema,
  category: skillCategorySchema.optional(),
  description: skillDescriptionSchema.optional(),
  synonyms: skillSynonymsSchema.default([]),
});
export type CreateSkillInput = z.infer<typeof createSkillInput>;

/** An administrator adds an approved skill to the taxonomy. */
export async function createSkill(ctx: Ctx, input: CreateSkillInput) {
  authorize(ctx.actor, "skills.manage");
  const organizationId = ctx.actor.organizationId;
  return ctx.db.transaction(async (tx) => {
    await lockTaxonomy(tx, organizationId);
    const skillId = randomUUID();
    const { synonyms, keys } = await claimSpellings(tx, {
      organizationId,
      skillId,
      name: input.name,
      synonyms: input.synonyms,
    });
    const [skill] = await tx
      .insert(skills)
      .values({
        id: skillId,
        organizationId,
        name: input.name,
        normalizedName: normalizeSkillName(input.name),
        category: input.category ?? null,
        description: input.description ?? null,
        synonyms,
        status: "approved",
      })
      .returning(skillColumns);
    if (!skill) throw new Error("skill insert returned no row");
    await replaceSkillAliases(tx, { organizationId, skillId, keys });
    return presentSkill(skill);
  });
}
