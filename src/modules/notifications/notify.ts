import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { emails, people } from "../../db/schema.ts";
import { notifications } from "../../db/schema-programs.ts";
import type { JobQueue } from "../../server/jobs/queue.ts";
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
  return notifyMany(tx, [notice]);
}

const BATCH = 1000;

/**
 * `notify` for many notices at once, in a few multi-row statements (publishing a cohort tells
 * thousands of people). Emails go only to active people. Returns the ids of emails queued.
 */
export async function notifyMany(tx: Executor, notices: readonly Notice[]): Promise<string[]> {
  for (let at = 0; at < notices.length; at += BATCH) {
    await tx.insert(notifications).values(
      notices.slice(at, at + BATCH).map((notice) => ({
        organizationId: notice.organizationId,
        personId: notice.personId,
        kind: notice.kind,
        title: notice.title,
        body: notice.body ?? null,
        link: notice.link ?? null,
      })),
    );
  }
  const mailed = notices.filter((notice) => notice.email !== undefined);
  if (mailed.length === 0) return [];
  const addresses = new Map<string, string>();
  const byOrganization = new Map<string, Set<string>>();
  for (const notice of mailed) {
    const ids = byOrganization.get(notice.organizationId) ?? new Set<string>();
    ids.add(notice.personId);
    byOrganization.set(notice.organizationId, ids);
  }
  for (const [organizationId, personIds] of byOrganization) {
    const ids = [...personIds];
    for (let at = 0; at < ids.length; at += BATCH) {
      const found = await tx
        .select({ id: people.id, email: people.email })
        .from(people)
        .where(
          and(
            eq(people.organizationId, organizationId),
            eq(people.status, "active"),
            inArray(people.id, ids.slice(at, at + BATCH)),
          ),
        );
      for (const person of found) addresses.set(`${organizationId}:${person.id}`, person.email);
    }
  }
  const rows = mailed.flatMap((notice) => {
    const to = addresses.get(`${notice.organizationId}:${notice.personId}`);
    return to && notice.email
      ? [{ organizationId: notice.organizationId, to, ...notice.email }]
      : [];
  });
  const emailIds: string[] = [];
  for (let at = 0; at < rows.length; at += BATCH) {
    const inserted = await tx
      .insert(emails)
      .values(rows.slice(at, at + BATCH))
      .returning({ id: emails.id });
    emailIds.push(...inserted.map((row) => row.id));
  }
  return emailIds;
}

/** Enqueues the send job for emails written in a transaction that has now committed. */
export async function sendQueuedEmails(jobs: JobQueue, emailIds: readonly string[]) {
  await jobs.sendMany(
    sendEmailJob,
    emailIds.map((emailId) => ({ emailId })),
  );
}
