import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { personSkillsOffered, personSkillsWanted, skillAliases, skills } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { badRequest } from "../../server/errors.ts";
import { cleanSynonyms } from "./normalize.ts";
import { presentSkill, skillColumns } from "./presenters.ts";
import { findSkill, lockTaxonomy } from "./taxonomy.ts";

export const mergeSkillsInput = z.object({
  intoSkillId: z.uuid("Choose the skill to keep."),
});

/**
 * Merges a duplicate (or a proposal) into the skill that is kept, in one transaction: everyone
 * who offered or wanted the duplicate now has the kept skill (someone who had both keeps the
 * higher level and priority, and can teach if either said so), every spelling of the duplicate
 * leads to the kept skill, its name becomes one of the kept skill's synonyms, and it is deleted.
 */
export async function mergeSkills(
  ctx: Ctx,
  skillId: string,
  input: z.infer<typeof mergeSkillsInput>,
) {
  authorize(ctx.actor, "skills.manage");
  if (skillId === input.intoSkillId) {
    throw badRequest("same_skill", "Choose two different skills to merge.");
  }
  const organizationId = ctx.actor.organizationId;
  return ctx.db.transaction(async (tx) => {
    await lockTaxonomy(tx, organizationId);
    const duplicate = await findSkill(tx, ctx, skillId);
    const kept = await findSkill(tx, ctx, input.intoSkillId, "skill to keep");
    if (kept.status !== "approved") {
      throw badRequest(
        "merge_into_proposal",
        `“${kept.name}” is still a proposal. Approve it first, then merge into it.`,
      );
    }
    const inOrg = (table: typeof personSkillsOffered | typeof personSkillsWanted) =>
      sql`${table.organizationId} = ${organizationId}`;

    // People who had both: the kept row takes the better of the two.
    await tx.execute(sql`
      update ${personSkillsOffered} as kept_row
         set level = greatest(kept_row.level, other.level),
             can_teach = kept_row.can_teach or other.can_teach
        from ${personSkillsOffered} as other
       where kept_row.organization_id = ${organizationId}
         and other.organization_id = ${organizationId}
         and kept_row.skill_id = ${kept.id}
         and other.skill_id = ${duplicate.id}
         and other.person_id = kept_row.person_id`);
    await tx.execute(sql`
      update ${personSkillsWanted} as kept_row
         set priority = greatest(kept_row.priority, other.priority)
        from ${personSkillsWanted} as other
       where kept_row.organization_id = ${organizationId}
         and other.organization_id = ${organizationId}
         and kept_row.skill_id = ${kept.id}
         and other.skill_id = ${duplicate.id}
         and other.person_id = kept_row.person_id`);
    // Everyone else moves across; the rows of people who had both go with the duplicate.
    for (const table of [personSkillsOffered, personSkillsWanted]) {
      await tx
        .update(table)
        .set({ skillId: kept.id })
        .where(
          and(
            inOrg(table),
            eq(table.skillId, duplicate.id),
            sql`not exists (select 1 from ${table} as kept_row
                 where kept_row.person_id = ${table.personId} and kept_row.skill_id = ${kept.id})`,
          ),
        );
    }
    await tx
      .update(skillAliases)
      .set({ skillId: kept.id })
      .where(
        and(
          eq(skillAliases.organizationId, organizationId),
          eq(skillAliases.skillId, duplicate.id),
        ),
      );
    const [merged] = await tx
      .update(skills)
      .set({
        synonyms: cleanSynonyms(kept.name, [
          ...kept.synonyms,
          duplicate.name,
          ...duplicate.synonyms,
        ]),
        category: kept.category ?? duplicate.category,
        description: kept.description ?? duplicate.description,
        escoUri: kept.escoUri ?? duplicate.escoUri,
      })
      .where(eq(skills.id, kept.id))
      .returning(skillColumns);
    await tx.delete(skills).where(eq(skills.id, duplicate.id));
    if (!merged) throw new Error("kept skill vanished");
    return presentSkill(merged);
  });
}
