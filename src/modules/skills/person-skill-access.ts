import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { people } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { notFound } from "../../server/errors.ts";
import { findSkill } from "./taxonomy.ts";

/** A person of the actor's organization, or a 404. */
export async function findPerson(tx: Executor, ctx: Ctx, personId: string) {
  const [person] = await tx
    .select({ id: people.id })
    .from(people)
    .where(and(eq(people.id, personId), eq(people.organizationId, ctx.actor.organizationId)));
  if (!person) throw notFound("person", "person_not_found");
  return person;
}

/**
 * Before changing someone's skills: the actor may (themself, or an administrator), the person
 * and the skill are in the actor's organization. A proposal counts: its proposer, and anyone
 * whose proposal led to it, may use it before an administrator has looked at it.
 */
export async function checkPersonSkillChange(
  ctx: Ctx,
  input: { personId: string; skillId: string },
) {
  authorize(ctx.actor, "personSkills.update", {
    organizationId: ctx.actor.organizationId,
    personId: input.personId,
  });
  await findPerson(ctx.db, ctx, input.personId);
  return findSkill(ctx.db, ctx, input.skillId);
}
