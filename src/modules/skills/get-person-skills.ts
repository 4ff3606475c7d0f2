import { and, asc, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { personSkillsOffered, personSkillsWanted, skills } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { findPerson } from "./person-skill-access.ts";
import { presentSkillSummary, skillSummarySchema } from "./presenters.ts";

export const personSkillsSchema = z.object({
  offered: z.array(
    z.object({ skill: skillSummarySchema, level: z.number().int(), canTeach: z.boolean() }),
  ),
  wanted: z.array(z.object({ skill: skillSummarySchema, priority: z.number().int() })),
});
export type PersonSkills = z.infer<typeof personSkillsSchema>;

const summaryColumns = {
  id: skills.id,
  name: skills.name,
  category: skills.category,
  status: skills.status,
};

/** What a person offers (strongest first) and wants to learn (most important first). */
export async function getPersonSkills(ctx: Ctx, personId: string): Promise<PersonSkills> {
  authorize(ctx.actor, "skills.read");
  await findPerson(ctx.db, ctx, personId);
  const organizationId = ctx.actor.organizationId;
  const offered = await ctx.db
    .select({
      skill: summaryColumns,
      level: personSkillsOffered.level,
      canTeach: personSkillsOffered.canTeach,
    })
    .from(personSkillsOffered)
    .innerJoin(skills, eq(skills.id, personSkillsOffered.skillId))
    .where(
      and(
        eq(personSkillsOffered.personId, personId),
        eq(personSkillsOffered.organizationId, organizationId),
      ),
    )
    .orderBy(desc(personSkillsOffered.level), asc(skills.name));
  const wanted = await ctx.db
    .select({ skill: summaryColumns, priority: personSkillsWanted.priority })
    .from(personSkillsWanted)
    .innerJoin(skills, eq(skills.id, personSkillsWanted.skillId))
    .where(
      and(
        eq(personSkillsWanted.personId, personId),
        eq(personSkillsWanted.organizationId, organizationId),
      ),
    )
    .orderBy(desc(personSkillsWanted.priority), asc(skills.name));
  return {
    offered: offered.map((row) => ({
      skill: presentSkillSummary(row.skill),
      level: row.level,
      canTeach: row.canTeach,
    })),
    wanted: wanted.map((row) => ({
      skill: presentSkillSummary(row.skill),
      priority: row.priority,
    })),
  };
}
