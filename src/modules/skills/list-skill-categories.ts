import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { skills } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";

export const skillCategorySummarySchema = z.object({
  /** null: the skills without a category. */
  name: z.string().nullable(),
  skillCount: z.number().int(),
});

/** The categories of approved skills, by name (uncategorized last), with their sizes. */
export async function listSkillCategories(ctx: Ctx) {
  authorize(ctx.actor, "skills.read");
  const rows = await ctx.db
    .select({ name: skills.category, skillCount: sql<number>`count(*)::int` })
    .from(skills)
    .where(and(eq(skills.organizationId, ctx.actor.organizationId), eq(skills.status, "approved")))
    .groupBy(skills.category)
    .orderBy(sql`${skills.category} asc nulls last`);
  return rows.map((row) => ({ name: row.name, skillCount: row.skillCount }));
}
