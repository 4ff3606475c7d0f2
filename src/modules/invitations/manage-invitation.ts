import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { invitations } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict, notFound } from "../../server/errors.ts";
import { sendEmailJob } from "../email/send-email-job.ts";
import { findInviter, writeInvitation } from "./invite-people.ts";
import { invitationStatus } from "./presenters.ts";

async function lockInvitation(tx: Executor, ctx: Ctx, invitationId: string) {
  const [invitation] = await tx
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.id, invitationId),
        eq(invitations.organizationId, ctx.actor.organizationId),
      ),
    )
    .for("update");
  if (!invitation) throw notFound("invitation", "invitation_not_found");
  return invitation;
}

export async function revokeInvitation(ctx: Ctx, invitationId: string) {
  authorize(ctx.actor, "invitations.manage");
  await ctx.db.transaction(async (tx) => {
    const invitation = await lockInvitation(tx, ctx, invitationId);
    if (invitation.acceptedAt) {
      throw conflict(
        "already_accepted",
        "This invitation was already accepted, so it can't be withdrawn.",
      );
    }
    if (!invitation.revokedAt) {
      await tx
        .update(invitations)
        .set({ revokedAt: new Date() })
        .where(eq(invitations.id, invitation.id));
    }
  });
}

/** Sends a new link (the old one stops working) and a new expiry date. */
export async function resendInvitation(ctx: Ctx, invitationId: string) {
  authorize(ctx.actor, "invitations.manage");
  const { emailId, id } = await ctx.db.transaction(async (tx) => {
    const invitation = await lockInvitation(tx, ctx, invitationId);
    const status = invitationStatus(invitation);
    if (status === "accepted") {
      throw conflict("already_accepted", "This person already accepted their invitation.");
    }
    await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(eq(invitations.id, invitation.id));
    const written = await writeInvitation(tx, ctx, await findInviter(tx, ctx), {
      email: invitation.email,
      role: invitation.role,
    });
    return { emailId: written.emailId, id: written.invitationId };
  });
  await ctx.jobs.send(sendEmailJob, { emailId });
  return { id };
}
