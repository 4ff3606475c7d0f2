import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { organizations, people } from "../../db/schema.ts";
import type { Actor } from "../../server/context.ts";
import { notFound } from "../../server/errors.ts";
import { presentMe } from "./presenters.ts";

export async function getMe(db: Executor, actor: Actor) {
  const [row] = await db
    .select()
    .from(people)
    .innerJoin(organizations, eq(organizations.id, people.organizationId))
    .where(and(eq(people.id, actor.personId), eq(people.organizationId, actor.organizationId)));
  if (!row) throw notFound("person");
  return presentMe(row.people, row.organizations);
}
