import { desc, eq } from "drizzle-orm";
import { invitations, people } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { presentInvitation } from "./presenters.ts";

export async function listInvitations(ctx: Ctx) {
  authorize(ctx.actor, "invitations.manage");
  const rows = await ctx.db
    .select({ invitation: invitations, invitedByName: people.name })
    .from(invitations)
    .leftJoin(people, eq(people.id, invitations.invitedById))
    .where(eq(invitations.organizationId, ctx.actor.organizationId))
    .orderBy(desc(invitations.createdAt))
    .limit(1000);
  return rows.map((row) => presentInvitation(row.invitation, row.invitedByName));
}
