import { and, eq } from "drizzle-orm";
import { people, personPhotos } from "../../../db/schema.ts";
import { authorize } from "../../../server/authz/index.ts";
import type { Ctx } from "../../../server/context.ts";
import { notFound } from "../../../server/errors.ts";

/** A colleague's photo bytes, for anyone in the same organization who may see the person. */
export async function getPhoto(ctx: Ctx, personId: string) {
  const organizationId = ctx.actor.organizationId;
  const [row] = await ctx.db
    .select({
      data: personPhotos.data,
      contentType: personPhotos.contentType,
      version: personPhotos.version,
      status: people.status,
    })
    .from(personPhotos)
    .innerJoin(people, eq(people.id, personPhotos.personId))
    .where(
      and(eq(personPhotos.personId, personId), eq(personPhotos.organizationId, organizationId)),
    );
  if (!row || (row.status !== "active" && ctx.actor.role !== "admin")) throw notFound("photo");
  authorize(ctx.actor, "profile.read", { organizationId });
  return row;
}
