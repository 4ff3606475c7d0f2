import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { people } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { nameSchema } from "../setup/create-organization.ts";
import { getMe } from "./get-me.ts";

const optionalText = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} can be at most ${max} characters.`)
    .nullable()
    .transform((value) => (value ? value : null))
    .optional();

export const updateProfileInput = z.object({
  name: nameSchema.optional(),
  title: optionalText(120, "A title"),
  bio: optionalText(2000, "A bio"),
});
export type UpdateProfileInput = z.infer<typeof updateProfileInput>;

export async function updateProfile(ctx: Ctx, input: UpdateProfileInput) {
  authorize(ctx.actor, "profile.update", {
    organizationId: ctx.actor.organizationId,
    personId: ctx.actor.personId,
  });
  const changes = Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined),
  );
  if (Object.keys(changes).length > 0) {
    await ctx.db
      .update(people)
      .set({ ...changes, updatedAt: new Date() })
      .where(
        and(eq(people.id, ctx.actor.personId), eq(people.organizationId, ctx.actor.organizationId)),
      );
  }
  return getMe(ctx.db, ctx.actor);
}
