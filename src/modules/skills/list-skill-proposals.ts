import { and, asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { people, personSkillsOffered, personSkillsWanted, skills } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { presentSkill, skillColumns, skillSchema } from "./presenters.ts";

export const skillProposalSchema = skillSchema.extend({
  proposedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  proposedAt: z.iso.datetime(),
  /** How many people have it on their profile, offered or wanted. */
  peopleCount: z.number().int(),
});

/** The proposals waiting for an administrator, oldest first. */
export async function listSkillProposals(ctx: Ctx) {
  authorize(ctx.actor, "skills.manage");
  const organizationId = ctx.actor.organizationId;
  const rows = await ctx.db
    .select({
      skill: skillColumns,
      createdAt: skills.createdAt,
      proposerId: people.id,
      proposerName: people.name,
      peopleCount: sql<number>`(
        select count(distinct person_id)::int from (
          select ${personSkillsOffered.personId} as person_id from ${personSkillsOffered}
            where ${personSkillsOffered.organizationId} = ${organizationId}
              and ${personSkillsOffered.skillId} = ${skills.id}
          union all
          select ${personSkillsWanted.personId} from ${personSkillsWanted}
            where ${personSkillsWanted.organizationId} = ${organizationId}
              and ${personSkillsWanted.skillId} = ${skills.id}
        ) as users)`,
    })
    .from(skills)
    .leftJoin(
      people,
      and(eq(people.id, skills.proposedById), eq(people.organizationId, organizationId)),
    )
    .where(and(eq(skills.organizationId, organizationId), eq(skills.status, "proposed")))
    .orderBy(asc(skills.createdAt), asc(skills.name))
    .limit(500);
  return rows.map((row) => ({
    ...presentSkill(row.skill),
    proposedBy:
      row.proposerId && row.proposerName ? { id: row.proposerId, name: row.proposerName } : null,
    proposedAt: row.createdAt.toISOString(),
    peopleCount: row.peopleCount,
  }));
}
