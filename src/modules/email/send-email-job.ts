import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { emails } from "../../db/schema.ts";
import { defineJob } from "../../server/jobs/queue.ts";
import { mailTransport } from "./transport.ts";

/** Delivers one queued email. Idempotent: an email already sent is left alone. */
export const sendEmailJob = defineJob({
  name: "send-email",
  payload: z.object({ emailId: z.uuid() }),
  retryLimit: 5,
  // One job per email: the sweeper may send it again without a second delivery.
  jobId: ({ emailId }) => emailId,
  async handle({ db, config }, { emailId }, { final }) {
    const [email] = await db.select().from(emails).where(eq(emails.id, emailId));
    if (!email || email.status === "sent") return;
    const transport = mailTransport(config);
    try {
      // mailOptions picks the fields that go out; the rest of the row never reaches nodemailer.
      await transport.deliver(email);
      await db
        .update(emails)
        .set({
          status: "sent",
          sentAt: new Date(),
          attempts: sql`${emails.attempts} + 1`,
          lastError: null,
        })
        .where(and(eq(emails.id, emailId), eq(emails.status, email.status)));
    } catch (error) {
      await db
        .update(emails)
        .set({
          status: final ? "failed" : "queued",
          attempts: sql`${emails.attempts} + 1`,
          lastError: error instanceof Error ? error.message : String(error),
        })
        .where(eq(emails.id, emailId));
      throw error;
    }
  },
});
