import { and, eq, ne } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { people, type Role } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { badRequest, conflict, notFound } from "../../server/errors.ts";
import { deleteSessionsOf } from "../auth/sessions.ts";
import { presentPerson } from "./presenters.ts";

async function lockPerson(tx: Executor, ctx: Ctx, personId: string) {
  const [person] = await tx
    .select()
    .from(people)
    .where(and(eq(people.id, personId), eq(people.organizationId, ctx.actor.organizationId)))
    .for("update");
  if (!person) throw notFound("person", "person_not_found");
  return person;
}

/** Refuses a change that would leave the organization with no active administrator. */
async function assertAnotherAdmin(tx: Executor, organizationId: string, personId: string) {
  // Lock the admins so two concurrent demotions can't both pass this check.
  const others = await tx
    .select({ id: people.id })
    .from(people)
    .where(
      and(
        eq(people.organizationId, organizationId),
        eq(people.role, "admin"),
        eq(people.status, "active"),
        ne(people.id, personId),
      ),
    )
    .for("update");
  if (others.length === 0) {
    throw conflict(
      "last_admin",
      "Every organization needs at least one active administrator. Make someone else an administrator first.",
    );
  }
}

export async function changeRole(ctx: Ctx, personId: string, role: Role) {
  authorize(ctx.actor, "people.manage", { organizationId: ctx.actor.organizationId });
  return ctx.db.transaction(async (tx) => {
    const person = await lockPerson(tx, ctx, personId);
    if (person.role === role) return presentPerson(person);
    if (person.role === "admin") await assertAnotherAdmin(tx, ctx.actor.organizationId, person.id);
    const [updated] = await tx
      .update(people)
      .set({ role, updatedAt: new Date() })
      .where(eq(people.id, person.id))
      .returning();
    return presentPerson(updated ?? person);
  });
}

/** Deactivated people can't sign in and their sessions end; nothing of theirs is deleted. */
export async function setPersonActive(ctx: Ctx, personId: string, active: boolean) {
  authorize(ctx.actor, "people.manage", { organizationId: ctx.actor.organizationId });
  if (!active && personId === ctx.actor.personId) {
    throw badRequest(
      "cannot_change_self",
      "You can't deactivate yourself. Ask another administrator.",
    );
  }
  return ctx.db.transaction(async (tx) => {
    const person = await lockPerson(tx, ctx, personId);
    const status = active ? "active" : "deactivated";
    if (person.status === status) return presentPerson(person);
    if (!active && person.role === "admin") {
      await assertAnotherAdmin(tx, ctx.actor.organizationId, person.id);
    }
    const [updated] = await tx
      .update(people)
      .set({ status, updatedAt: new Date() })
      .where(eq(people.id, person.id))
      .returning();
    if (!active) await deleteSessionsOf(tx, person.id);
    return presentPerson(updated ?? person);
  });
}
