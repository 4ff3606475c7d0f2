import { and, asc, eq, lt } from "drizzle-orm";
import { mentorRequests } from "../../db/schema-programs.ts";
import type { Services } from "../../server/context.ts";
import { sendQueuedEmails } from "../notifications/notify.ts";
import { moveOn } from "./move-on.ts";
import { programById } from "./places.ts";

const BATCH = 500;

/**
 * Requests whose mentor didn't answer by `respond_by` expire and move on to the mentee's next
 * choice; both are told. One transaction per request (a request answered meanwhile is left
 * alone). `now` is a parameter so tests control the clock. Returns how many expired.
 */
export async function expireMentorRequests(services: Services, now: Date): Promise<number> {
  const due = await services.db
    .select({ id: mentorRequests.id })
    .from(mentorRequests)
    .where(and(eq(mentorRequests.status, "pending"), lt(mentorRequests.respondBy, now)))
    .orderBy(asc(mentorRequests.respondBy))
    .limit(BATCH);
  let expired = 0;
  for (const { id } of due) {
    const emailIds = await services.db.transaction(async (tx) => {
      const [request] = await tx
        .select()
        .from(mentorRequests)
        .where(eq(mentorRequests.id, id))
        .for("update");
      if (request?.status !== "pending" || !request.respondBy || request.respondBy >= now) {
        return [];
      }
      await tx
        .update(mentorRequests)
        .set({ status: "expired", respondedAt: now })
        .where(eq(mentorRequests.id, id));
      expired++;
      return moveOn(tx, {
        program: await programById(tx, request.programId),
        request,
        why: "expired",
        declineReason: null,
        now,
        baseUrl: services.config.baseUrl,
      });
    });
    await sendQueuedEmails(services.jobs, emailIds);
  }
  return expired;
}
