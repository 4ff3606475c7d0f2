import { and, desc, eq } from "drizzle-orm";
import { type Email, emails } from "../../db/schema.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { notFound } from "../../server/errors.ts";
import { mailTransport } from "./transport.ts";

const summary = (email: Email) => ({
  id: email.id,
  to: email.to,
  subject: email.subject,
  status: email.status,
  attempts: email.attempts,
  lastError: email.lastError,
  createdAt: email.createdAt.toISOString(),
  sentAt: email.sentAt?.toISOString() ?? null,
  /** Whether a calendar invite goes with it (its content stays out of the outbox). */
  hasCalendarInvite: email.calendar !== null,
});

/** The organization's emails, newest first. */
export async function listOutbox(ctx: Ctx) {
  authorize(ctx.actor, "outbox.read");
  const rows = await ctx.db
    .select()
    .from(emails)
    .where(eq(emails.organizationId, ctx.actor.organizationId))
    .orderBy(desc(emails.createdAt))
    .limit(200);
  return { mode: mailTransport(ctx.config).mode, emails: rows.map(summary) };
}

/**
 * One email with its body. Only without SMTP: then the outbox is how links reach people. With a
 * mail server, bodies (which hold other people's one-time links) stay out of the admin's view.
 */
export async function getOutboxEmail(ctx: Ctx, emailId: string) {
  authorize(ctx.actor, "outbox.read");
  if (mailTransport(ctx.config).mode !== "outbox") throw notFound("email");
  const [email] = await ctx.db
    .select()
    .from(emails)
    .where(and(eq(emails.id, emailId), eq(emails.organizationId, ctx.actor.organizationId)));
  if (!email) throw notFound("email", "email_not_found");
  return { ...summary(email), text: email.text, html: email.html };
}
