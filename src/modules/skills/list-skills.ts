import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { personSkillsOffered, personSkillsWanted, skills } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { presentSkill, skillColumns, skillSchema } from "./presenters.ts";

export const listSkillsQuery = z.object({
  /** One category's skills; an empty value lists the skills without a category. */
  category: z.string().max(200).optional(),
});

export const catalogSkillSchema = skillSchema.extend({
  offeredCount: z.number().int(),
  wantedCount: z.number().int(),
});

const MAX_SKILLS = 5000;

/** The approved skills, all or one category's, by name, with how many people offer and want each. */
export async function listSkills(ctx: Ctx, query: z.infer<typeof listSkillsQuery>) {
  authorize(ctx.actor, "skills.read");
  const organizationId = ctx.actor.organizationId;
  const countOf = (table: typeof personSkillsOffered | typeof personSkillsWanted) =>
    sql<number>`(select count(*)::int from ${table}
      where ${table.organizationId} = ${organizationId} and ${table.skillId} = ${skills.id})`;
  const category =
    query.category === undefined
      ? undefined
      : query.category.trim() === ""
        ? isNull(skills.category)
        : eq(skills.category, query.category.trim());
  const rows = await ctx.db
    .select({
      skill: skillColumns,
      offeredCount: countOf(personSkillsOffered),
      wantedCount: countOf(personSkillsWanted),
    })
    .from(skills)
    .where(and(eq(skills.organizationId, organizationId), eq(skills.status, "approved"), category))
    .orderBy(asc(skills.name))
    .limit(MAX_SKILLS);
  return rows.map((row) => ({
    ...presentSkill(row.skill),
    offeredCount: row.offeredCount,
    wantedCount: row.wantedCount,
  }));
}
