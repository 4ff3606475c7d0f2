import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db, Executor } from "../../db/client.ts";
import { invitations, organizations, people } from "../../db/schema.ts";
import { conflict, notFound } from "../../server/errors.ts";
import { hashToken } from "../../server/tokens.ts";
import { hashPassword, NO_PASSWORD_YET, passwordSchema } from "../auth/passwords.ts";
import { createSession } from "../auth/sessions.ts";
import { presentMe } from "../people/presenters.ts";
import { nameSchema } from "../setup/create-organization.ts";

export const acceptInvitationInput = z.object({
  token: z.string().min(10).max(200),
  name: nameSchema,
  password: passwordSchema,
});

const gone = () =>
  notFound(
    "invitation — it may have expired, been withdrawn or already been used",
    "invitation_not_found",
  );

async function findPending(db: Executor, token: string, lock: boolean) {
  const query = db
    .select({
      invitation: invitations,
      organizationName: organizations.name,
      invitedByName: people.name,
    })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .leftJoin(people, eq(people.id, invitations.invitedById))
    .where(
      and(
        eq(invitations.tokenHash, hashToken(token)),
        isNull(invitations.acceptedAt),
        isNull(invitations.revokedAt),
        gt(invitations.expiresAt, new Date()),
      ),
    );
  const [row] = lock ? await query.for("update", { of: invitations }) : await query;
  return row ?? null;
}

/** What the invitee sees before joining: which organization, who invited them. */
export async function getInvitationByToken(db: Db, token: string) {
  const row = await findPending(db, token, false);
  if (!row) throw gone();
  return {
    email: row.invitation.email,
    organizationName: row.organizationName,
    invitedByName: row.invitedByName,
    role: row.invitation.role,
  };
}

/**
 * Creates the member from the invitation (or, for someone imported from an HR file who hasn't
 * joined yet, gives them their password), spends it and signs them in, in one transaction.
 */
export async function acceptInvitation(
  db: Db,
  input: z.infer<typeof acceptInvitationInput>,
  sessionDays: number,
) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const row = await findPending(tx, input.token, true);
    if (!row) throw gone();
    const { invitation } = row;
    const [member] = await tx
      .select()
      .from(people)
      .where(
        and(
          eq(people.organizationId, invitation.organizationId),
          sql`lower(${people.email}) = lower(${invitation.email})`,
        ),
      )
      .for("update");
    // Someone loaded from an HR file who has never chosen a password joins as themself.
    const joining = member?.status === "active" && member.passwordHash === NO_PASSWORD_YET;
    if (member && !joining) {
      throw conflict(
        "already_member",
        "There's already an account for this address. Please sign in instead.",
      );
    }
    const [person] = member
      ? await tx
          .update(people)
          .set({
            passwordHash,
            // The HR file's name stays; the name they chose is how they like to be called.
            preferredName: member.preferredName ?? (input.name !== member.name ? input.name : null),
            updatedAt: new Date(),
          })
          .where(eq(people.id, member.id))
          .returning()
      : await tx
          .insert(people)
          .values({
            organizationId: invitation.organizationId,
            email: invitation.email,
            name: input.name,
            role: invitation.role,
            passwordHash,
          })
          .returning();
    if (!person) throw new Error("person write returned no row");
    await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(eq(invitations.id, invitation.id));
    const [organization] = await tx
      .select()
      .from(organizations)
      .where(eq(organizations.id, invitation.organizationId));
    if (!organization) throw new Error("organization vanished");
    const session = await createSession(tx, person, sessionDays);
    return { user: presentMe(person, organization), session };
  });
}
