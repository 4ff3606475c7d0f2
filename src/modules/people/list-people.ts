import { and, asc, eq } from "drizzle-orm";
import { people } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { presentPerson } from "./presenters.ts";

/** Everyone in the actor's organization; deactivated people only for admins. */
export async function listPeople(ctx: Ctx) {
  authorize(ctx.actor, "people.list");
  const rows = await ctx.db
    .select()
    .from(people)
    .where(
      and(
        eq(people.organizationId, ctx.actor.organizationId),
        ctx.actor.role === "admin" ? undefined : eq(people.status, "active"),
      ),
    )
    .orderBy(asc(people.name));
  return rows.map(presentPerson);
}
