import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../../db/client.ts";
import { invitations, organizations, people, type Role } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { badRequest } from "../../server/errors.ts";
import { hashToken, randomToken } from "../../server/tokens.ts";
import { NO_PASSWORD_YET } from "../auth/passwords.ts";
import { queueEmail } from "../email/queue-email.ts";
import { sendEmailJob } from "../email/send-email-job.ts";
import { invitationEmail } from "../email/templates.ts";
import { roleSchema } from "../people/presenters.ts";
import { parseEmailList } from "./parse-email-list.ts";

export const INVITATION_DAYS = 14;
const MAX_PER_REQUEST = 500;

export const invitePeopleInput = z.object({
  emails: z.string().max(100_000, "That list is too long; please send it in parts."),
  role: roleSchema.default("member"),
});

type Skipped = { email: string; reason: string };

type Inviter = { name: string; organizationName: string };

/** The inviting admin's name and organization, as the invitation email shows them. */
export async function findInviter(tx: Executor, ctx: Ctx): Promise<Inviter> {
  const [inviter] = await tx
    .select({ name: people.name, organizationName: organizations.name })
    .from(people)
    .innerJoin(organizations, eq(organizations.id, people.organizationId))
    .where(eq(people.id, ctx.actor.personId));
  if (!inviter) throw new Error("the inviting person vanished");
  return inviter;
}

/** Writes a fresh invitation (and its email) for one address; returns the email to send. */
export async function writeInvitation(
  tx: Executor,
  ctx: Ctx,
  inviter: Inviter,
  input: { email: string; role: Role },
) {
  const token = randomToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  const [invitation] = await tx
    .insert(invitations)
    .values({
      organizationId: ctx.actor.organizationId,
      email: input.email,
      role: input.role,
      tokenHash: hashToken(token),
      invitedById: ctx.actor.personId,
      expiresAt,
    })
    .returning({ id: invitations.id });
  if (!invitation) throw new Error("invitation insert failed");
  const emailId = await queueEmail(tx, {
    organizationId: ctx.actor.organizationId,
    to: input.email,
    content: invitationEmail({
      organizationName: inviter.organizationName,
      invitedByName: inviter.name,
      link: `${ctx.config.baseUrl}/invite/${token}`,
      expiresInDays: INVITATION_DAYS,
    }),
  });
  return { invitationId: invitation.id, emailId };
}

/**
 * Invites every address in a pasted list. Members already in the organization are skipped with
 * a reason; an earlier pending invitation to the same address is replaced. One transaction.
 */
export async function invitePeople(ctx: Ctx, input: z.infer<typeof invitePeopleInput>) {
  authorize(ctx.actor, "invitations.manage");
  const parsed = parseEmailList(input.emails);
  if (parsed.valid.length === 0) {
    throw badRequest("no_addresses", "Please enter at least one email address.", {
      fields: { emails: "We couldn't find an email address in what you entered." },
    });
  }
  if (parsed.valid.length > MAX_PER_REQUEST) {
    throw badRequest(
      "too_many_addresses",
      `Please invite at most ${MAX_PER_REQUEST} people at a time.`,
    );
  }
  const skipped: Skipped[] = [
    ...parsed.invalid.map((email) => ({ email, reason: "This isn't a valid email address." })),
    ...parsed.duplicates.map((email) => ({
      email,
      reason: "This address appears more than once.",
    })),
  ];
  const { invited, emailIds } = await ctx.db.transaction(async (tx) => {
    const members = await tx
      .select({ email: sql<string>`lower(${people.email})` })
      .from(people)
      .where(
        and(
          eq(people.organizationId, ctx.actor.organizationId),
          inArray(sql`lower(${people.email})`, parsed.valid),
          // People imported from an HR file who haven't joined yet can be invited.
          sql`not (${people.passwordHash} = ${NO_PASSWORD_YET} and ${people.status} = 'active')`,
        ),
      );
    const memberEmails = new Set(members.map((m) => m.email));
    const toInvite = parsed.valid.filter((email) => !memberEmails.has(email));
    for (const email of parsed.valid) {
      if (memberEmails.has(email))
        skipped.push({ email, reason: "Already a member of your organization." });
    }
    if (toInvite.length > 0) {
      await tx
        .update(invitations)
        .set({ revokedAt: new Date() })
        .where(
          and(
            eq(invitations.organizationId, ctx.actor.organizationId),
            inArray(sql`lower(${invitations.email})`, toInvite),
            isNull(invitations.acceptedAt),
            isNull(invitations.revokedAt),
          ),
        );
    }
    const invited: { id: string; email: string }[] = [];
    const emailIds: string[] = [];
    const inviter = await findInviter(tx, ctx);
    for (const email of toInvite) {
      const written = await writeInvitation(tx, ctx, inviter, { email, role: input.role });
      invited.push({ id: written.invitationId, email });
      emailIds.push(written.emailId);
    }
    return { invited, emailIds };
  });
  for (const emailId of emailIds) await ctx.jobs.send(sendEmailJob, { emailId });
  return { invited, skipped };
}
