import { and, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { invitations, people, peopleImports } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict } from "../../server/errors.ts";
import { NO_PASSWORD_YET } from "../auth/passwords.ts";
import { sendEmailJob } from "../email/send-email-job.ts";
import { findInviter, writeInvitation } from "../invitations/invite-people.ts";
import { findImport } from "./find-import.ts";
import { progressReporter } from "./progress.ts";

/**
 * Invites people who came in through an import and haven't joined yet: active, no password of
 * their own, no invitation still waiting. Each invitation goes through the usual path (an
 * invitations row, an email in the outbox, the send-email job after commit), and accepting it
 * attaches the new password to the imported person. Returns the emails to send.
 */
export async function writeInvitationsFor(
  tx: Executor,
  ctx: Ctx,
  personIds: readonly string[],
  onProgress?: (done: number, total: number) => void,
) {
  const emailIds: string[] = [];
  if (personIds.length === 0) return emailIds;
  const inviter = await findInviter(tx, ctx);
  const chunk = 1000;
  for (let start = 0; start < personIds.length; start += chunk) {
    const ids = personIds.slice(start, start + chunk);
    const waiting = tx
      .select({ one: sql`1` })
      .from(invitations)
      .where(
        and(
          eq(invitations.organizationId, ctx.actor.organizationId),
          sql`lower(${invitations.email}) = lower(${people.email})`,
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, new Date()),
        ),
      );
    const invitable = await tx
      .select({ email: people.email })
      .from(people)
      .where(
        and(
          eq(people.organizationId, ctx.actor.organizationId),
          inArray(people.id, ids),
          eq(people.status, "active"),
          eq(people.passwordHash, NO_PASSWORD_YET),
          sql`not exists (${waiting})`,
        ),
      );
    for (const person of invitable) {
      const written = await writeInvitation(tx, ctx, inviter, {
        email: person.email,
        role: "member",
      });
      emailIds.push(written.emailId);
    }
    onProgress?.(Math.min(start + chunk, personIds.length), personIds.length);
  }
  return emailIds;
}

/** "Send invitations to the N new people" after an import. Once per import. */
export async function inviteImportedPeople(ctx: Ctx, importId: string) {
  authorize(ctx.actor, "people.import", { organizationId: ctx.actor.organizationId });
  authorize(ctx.actor, "invitations.manage", { organizationId: ctx.actor.organizationId });
  const progress = progressReporter(importId, "invitations");
  try {
    const emailIds = await ctx.db.transaction(async (tx) => {
      const row = await findImport(tx, ctx, importId, { lock: true });
      if (row.status !== "applied") {
        throw conflict("import_not_applied", "Import the file first, then send the invitations.");
      }
      if (row.invitedAt) {
        throw conflict("already_invited", "The invitations for this import were already sent.");
      }
      const ids = await writeInvitationsFor(tx, ctx, row.createdPersonIds, (done, total) =>
        progress.report("Writing invitations", done, total),
      );
      await tx
        .update(peopleImports)
        .set({ invitedAt: new Date(), updatedAt: new Date() })
        .where(eq(peopleImports.id, row.id));
      return ids;
    });
    for (const [i, emailId] of emailIds.entries()) {
      await ctx.jobs.send(sendEmailJob, { emailId });
      if (i % 100 === 99) progress.report("Sending", i + 1, emailIds.length);
    }
    return { invited: emailIds.length };
  } finally {
    progress.finish();
  }
}
