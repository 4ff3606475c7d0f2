import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../db/client.ts";
import { organizations, passwordResets, people } from "../../db/schema.ts";
import type { Services } from "../../server/context.ts";
import { badRequest } from "../../server/errors.ts";
import { hashToken, randomToken } from "../../server/tokens.ts";
import { queueEmail } from "../email/queue-email.ts";
import { sendEmailJob } from "../email/send-email-job.ts";
import { passwordResetEmail } from "../email/templates.ts";
import { presentMe } from "../people/presenters.ts";
import { emailSchema } from "../setup/create-organization.ts";
import { hashPassword, passwordSchema } from "./passwords.ts";
import { createSession, deleteSessionsOf } from "./sessions.ts";

const RESET_MINUTES = 60;

export const requestPasswordResetInput = z.object({ email: emailSchema });
export const completePasswordResetInput = z.object({
  token: z.string().min(10).max(200),
  password: passwordSchema,
});

/**
 * Emails a one-time link to every active person with this address. Answers the same whether
 * or not anyone matched, so the form can't be used to find out who has an account.
 */
export async function requestPasswordReset(services: Services, input: { email: string }) {
  const emailIds = await services.db.transaction(async (tx) => {
    const matches = await tx
      .select()
      .from(people)
      .innerJoin(organizations, eq(organizations.id, people.organizationId))
      .where(and(sql`lower(${people.email}) = ${input.email}`, eq(people.status, "active")));
    const ids: string[] = [];
    for (const { people: person, organizations: organization } of matches) {
      const token = randomToken();
      await tx.insert(passwordResets).values({
        organizationId: person.organizationId,
        personId: person.id,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
      });
      ids.push(
        await queueEmail(tx, {
          organizationId: person.organizationId,
          to: person.email,
          content: passwordResetEmail({
            name: person.name,
            organizationName: organization.name,
            link: `${services.config.baseUrl}/reset-password/${token}`,
            expiresInMinutes: RESET_MINUTES,
          }),
        }),
      );
    }
    return ids;
  });
  for (const emailId of emailIds) await services.jobs.send(sendEmailJob, { emailId });
}

/** Sets the new password, spends the link, signs the person out everywhere else and in here. */
export async function completePasswordReset(
  db: Db,
  input: z.infer<typeof completePasswordResetInput>,
  sessionDays: number,
) {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(passwordResets)
      .innerJoin(people, eq(people.id, passwordResets.personId))
      .innerJoin(organizations, eq(organizations.id, people.organizationId))
      .where(
        and(
          eq(passwordResets.tokenHash, hashToken(input.token)),
          isNull(passwordResets.usedAt),
          gt(passwordResets.expiresAt, new Date()),
          eq(people.status, "active"),
        ),
      )
      .for("update", { of: passwordResets });
    if (!row) {
      throw badRequest(
        "invalid_token",
        "This reset link has expired or was already used. Please ask for a new one.",
      );
    }
    const person = row.people;
    await tx
      .update(passwordResets)
      .set({ usedAt: new Date() })
      .where(eq(passwordResets.id, row.password_resets.id));
    const [updated] = await tx
      .update(people)
      .set({ passwordHash, updatedAt: new Date() })
      .where(eq(people.id, person.id))
      .returning();
    await deleteSessionsOf(tx, person.id);
    const session = await createSession(tx, person, sessionDays);
    return { user: presentMe(updated ?? person, row.organizations), session };
  });
}
