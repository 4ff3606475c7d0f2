import { and, eq, sql } from "drizzle-orm";
import { people, personPhotos } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { notFound } from "../../server/errors.ts";
import { goalsOf } from "./goals/list-goals.ts";
import { presentPersonLink, presentProfile } from "./presenters.ts";

/**
 * A person's profile as the actor may see it: anyone in the organization sees an active
 * colleague's profile; deactivated people only administrators. Questionnaire answers are not
 * part of it (only the person sees those).
 */
export async function getProfile(ctx: Ctx, personId: string) {
  const organizationId = ctx.actor.organizationId;
  const [row] = await ctx.db
    .select({
      person: people,
      photoVersion: personPhotos.version,
      directReports: sql<number>`(select count(*)::int from people r
        where r.organization_id = ${organizationId} and r.manager_id = ${people.id}
          and r.status = 'active')`,
    })
    .from(people)
    .leftJoin(personPhotos, eq(personPhotos.personId, people.id))
    .where(and(eq(people.id, personId), eq(people.organizationId, organizationId)));
  const isAdmin = ctx.actor.role === "admin";
  if (!row || (row.person.status !== "active" && !isAdmin)) throw notFound("person");
  authorize(ctx.actor, "profile.read", { organizationId: row.person.organizationId });

  let manager = null;
  if (row.person.managerId) {
    const [found] = await ctx.db
      .select({
        id: people.id,
        name: people.name,
        title: people.title,
        version: personPhotos.version,
      })
      .from(people)
      .leftJoin(personPhotos, eq(personPhotos.personId, people.id))
      .where(and(eq(people.id, row.person.managerId), eq(people.organizationId, organizationId)));
    manager = found ? presentPersonLink(found, found.version) : null;
  }
  return presentProfile({
    person: row.person,
    photoVersion: row.photoVersion,
    manager,
    directReports: Number(row.directReports),
    goals: await goalsOf(ctx.db, organizationId, row.person.id),
    viewer: { isSelf: row.person.id === ctx.actor.personId, isAdmin },
  });
}
