import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { people } from "../../db/schema.ts";
import type { Ctx } from "../../server/context.ts";
import { badRequest, notFound } from "../../server/errors.ts";
import { hashPassword, passwordSchema, verifyPassword } from "./passwords.ts";
import { deleteSessionsOf } from "./sessions.ts";

export const changePasswordInput = z.object({
  currentPassword: z.string().min(1, "Please enter your current password.").max(200),
  newPassword: passwordSchema,
});

/** Changes the actor's password and signs them out of every other session. */
export async function changePassword(
  ctx: Ctx,
  input: z.infer<typeof changePasswordInput>,
  currentSessionId: string,
) {
  const [person] = await ctx.db
    .select()
    .from(people)
    .where(
      and(eq(people.id, ctx.actor.personId), eq(people.organizationId, ctx.actor.organizationId)),
    );
  if (!person) throw notFound("person");
  if (!(await verifyPassword(person.passwordHash, input.currentPassword))) {
    throw badRequest("wrong_password", "Your current password isn't right. Please try again.", {
      fields: { currentPassword: "This isn't your current password." },
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(people)
      .set({ passwordHash, updatedAt: new Date() })
      .where(eq(people.id, person.id));
    await deleteSessionsOf(tx, person.id, currentSessionId);
  });
}
