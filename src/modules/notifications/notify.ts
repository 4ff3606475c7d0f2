import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { people } from "../../db/schema.ts";
import { notifications } from "../../db/schema-programs.ts";
import type { JobQueue } from "../../server/jobs/queue.ts";
import { queueEmail } from "../email/queue-email.ts";
import { sendEmailJob } from "../email/send-email-job.ts";
import type { EmailContent } from "../email/templates.ts";

export type Notice = {
  organizationId: string;
  personId: string;
  /** A short machine name, e.g. `request.received`; the web app may pick an icon by it. */
  kind: string;
  title: string;
  body?: string | null;
  /** A path in the app, e.g. /matches. */
  link?: string | null;
  /** Also send this email to the person's address. */
  email?: EmailContent;
};

/**
 * Tells a person something, inside the caller's transaction: an in-app notification and, when
 * `email` is given, an email in the outbox. Returns the ids of emails queued; the caller
 * enqueues them with `sendQueuedEmails` once the transaction has committed.
 */
export async function notify(tx: Executor, notice: Notice): Promise<string[]> {
  await tx.insert(notifications).values({
    organizationId: notice.organizationId,
    personId: notice.personId,
    kind: notice.kind,
    title: notice.title,
    body: notice.body ?? null,
    link: notice.link ?? null,
  });
  if (!notice.email) return [];
  const [person] = await tx
    .select({ email: people.email, status: people.status })
    .from(people)
    .where(and(eq(people.id, notice.personId), eq(people.organizationId, notice.organizationId)));
  if (person?.status !== "active") return [];
  const emailId = await queueEmail(tx, {
    organizationId: notice.organizationId,
    to: person.email,
    content: notice.email,
  });
  return [emailId];
}

/** Enqueues the send job for emails written in a transaction that has now committed. */
export async function sendQueuedEmails(jobs: JobQueue, emailIds: readonly string[]) {
  for (const emailId of emailIds) await jobs.send(sendEmailJob, { emailId });
}
