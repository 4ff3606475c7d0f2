import { z } from "zod";
import { personSkillsOffered } from "../../db/schema.ts";
import type { Ctx } from "../../server/context.ts";
import { getPersonSkills } from "./get-person-skills.ts";
import { checkPersonSkillChange } from "./person-skill-access.ts";

export const setOfferedSkillInput = z.object({
  level: z
    .number()
    .int("Choose a level from 1 to 5.")
    .min(1, "Choose a level from 1 to 5.")
    .max(5, "Choose a level from 1 to 5."),
  canTeach: z.boolean().default(true),
});

/** Adds a skill a person offers, or changes its level and whether they'd teach it. */
export async function setOfferedSkill(
  ctx: Ctx,
  target: { personId: string; skillId: string },
  input: z.infer<typeof setOfferedSkillInput>,
) {
  await checkPersonSkillChange(ctx, target);
  await ctx.db
    .insert(personSkillsOffered)
    .values({
      organizationId: ctx.actor.organizationId,
      personId: target.personId,
      skillId: target.skillId,
      level: input.level,
      canTeach: input.canTeach,
    })
    .onConflictDoUpdate({
      target: [personSkillsOffered.personId, personSkillsOffered.skillId],
      set: { level: input.level, canTeach: input.canTeach },
    });
  return getPersonSkills(ctx, target.personId);
}
