import { z } from "zod";
import { personSkillsWanted } from "../../db/schema.ts";
import type { Ctx } from "../../server/context.ts";
import { getPersonSkills } from "./get-person-skills.ts";
import { checkPersonSkillChange } from "./person-skill-access.ts";

export const setWantedSkillInput = z.object({
  priority: z
    .number()
    .int("Choose a priority from 1 to 3.")
    .min(1, "Choose a priority from 1 to 3.")
    .max(3, "Choose a priority from 1 to 3."),
});

/** Adds a skill a person wants to learn, or changes how much it matters to them. */
export async function setWantedSkill(
  ctx: Ctx,
  target: { personId: string; skillId: string },
  input: z.infer<typeof setWantedSkillInput>,
) {
  await checkPersonSkillChange(ctx, target);
  await ctx.db
    .insert(personSkillsWanted)
    .values({
      organizationId: ctx.actor.organizationId,
      personId: target.personId,
      skillId: target.skillId,
      priority: input.priority,
    })
    .onConflictDoUpdate({
      target: [personSkillsWanted.personId, personSkillsWanted.skillId],
      set: { priority: input.priority },
    });
  return getPersonSkills(ctx, target.personId);
}
