import { z } from "zod";
import { type Skill, skills } from "../../db/schema.ts";

export const skillStatusSchema = z.enum(["approved", "proposed"]);

/** A skill as pickers and profiles show it. */
export const skillSummarySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  category: z.string().nullable(),
  status: skillStatusSchema,
});
export type SkillSummary = z.infer<typeof skillSummarySchema>;

/** A skill with everything an administrator edits. */
export const skillSchema = skillSummarySchema.extend({
  description: z.string().nullable(),
  synonyms: z.array(z.string()),
  escoUri: z.string().nullable(),
});
export type SkillView = z.infer<typeof skillSchema>;

type SummaryFields = Pick<Skill, "id" | "name" | "category" | "status">;

export function presentSkillSummary(skill: SummaryFields): SkillSummary {
  return { id: skill.id, name: skill.name, category: skill.category, status: skill.status };
}

export function presentSkill(
  skill: SummaryFields & Pick<Skill, "description" | "synonyms" | "escoUri">,
): SkillView {
  return {
    ...presentSkillSummary(skill),
    description: skill.description,
    synonyms: skill.synonyms,
    escoUri: skill.escoUri,
  };
}

/** The columns presentSkill reads, for select({ ... }). */
export const skillColumns = {
  id: skills.id,
  name: skills.name,
  category: skills.category,
  status: skills.status,
  description: skills.description,
  synonyms: skills.synonyms,
  escoUri: skills.escoUri,
};
