import { eq } from "drizzle-orm";
import { z } from "zod";
import { mentorRequests } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { sendQueuedEmails } from "../notifications/notify.ts";
import { loadRequestForMentor } from "./load-request.ts";
import { moveOn } from "./move-on.ts";
import { programById } from "./places.ts";

export const declineMentorRequestInput = z.object({
  reason: z.string().trim().max(500, "Please keep it under 500 characters.").nullish(),
});

/** The mentor says no (with optional kind words for the mentee); the next choice goes out. */
export async function declineMentorRequest(
  ctx: Ctx,
  requestId: string,
  input: z.infer<typeof declineMentorRequestInput>,
  now = new Date(),
) {
  const reason = input.reason?.trim() || null;
  const emailIds = await ctx.db.transaction(async (tx) => {
    const request = await loadRequestForMentor(tx, ctx, requestId);
    await tx
      .update(mentorRequests)
      .set({ status: "declined", respondedAt: now, declineReason: reason })
      .where(eq(mentorRequests.id, request.id));
    const program = await programById(tx, request.programId);
    return moveOn(tx, {
      program,
      request,
      why: "declined",
      declineReason: reason,
      now,
      baseUrl: ctx.config.baseUrl,
    });
  });
  await sendQueuedEmails(ctx.jobs, emailIds);
}
