import { and, eq } from "drizzle-orm";
import { personSkillsOffered, personSkillsWanted } from "../../db/schema.ts";
import type { Ctx } from "../../server/context.ts";
import { checkPersonSkillChange } from "./person-skill-access.ts";

/** Takes a skill off what a person offers or wants. Removing what isn't there is no error. */
export async function removePersonSkill(
  ctx: Ctx,
  target: { personId: string; skillId: string; list: "offered" | "wanted" },
) {
  await checkPersonSkillChange(ctx, target);
  const table = target.list === "offered" ? personSkillsOffered : personSkillsWanted;
  await ctx.db
    .delete(table)
    .where(
      and(
        eq(table.organizationId, ctx.actor.organizationId),
        eq(table.personId, target.personId),
        eq(table.skillId, target.skillId),
      ),
    );
}
