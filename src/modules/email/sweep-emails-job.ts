import { and, asc, eq, gt, lt, sql } from "drizzle-orm";
import { z } from "zod";
import { emails } from "../../db/schema.ts";
import { defineJob } from "../../server/jobs/queue.ts";
import { sendEmailJob } from "./send-email-job.ts";

/** How long an email may wait for its first attempt before the sweeper steps in. */
const GRACE = "2 minutes";
/** Older emails are left alone: after this long a message is no longer worth sending late. */
const GIVE_UP = "3 days";
const BATCH = 1000;

/**
 * Re-enqueues emails that are still queued and were never attempted: the request committed its
 * email but the process stopped (or the queue was unreachable) before its job was enqueued.
 * `send-email` jobs are named by the email's id, so an email whose job is still waiting or
 * retrying is not enqueued twice. Runs every five minutes and once when the worker starts.
 */
export const sweepEmailsJob = defineJob({
  name: "sweep-emails",
  payload: z.object({}).nullish(),
  retryLimit: 2,
  schedule: "*/5 * * * *",
  async handle(services) {
    const stranded = await services.db
      .select({ id: emails.id })
      .from(emails)
      .where(
        and(
          eq(emails.status, "queued"),
          eq(emails.attempts, 0),
          lt(emails.createdAt, sql`now() - ${GRACE}::interval`),
          gt(emails.createdAt, sql`now() - ${GIVE_UP}::interval`),
        ),
      )
      .orderBy(asc(emails.createdAt))
      .limit(BATCH);
    for (const { id } of stranded) await services.jobs.send(sendEmailJob, { emailId: id });
  },
});
