import { and, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { mentorRequests } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict, notFound } from "../../server/errors.ts";

/**
 * A request in front of the acting mentor, locked for the rest of the transaction. Anyone else
 * (the mentee included) gets a 404: only the mentor answers.
 */
export async function loadRequestForMentor(tx: Executor, ctx: Ctx, requestId: string) {
  const [request] = await tx
    .select()
    .from(mentorRequests)
    .where(
      and(
        eq(mentorRequests.id, requestId),
        eq(mentorRequests.organizationId, ctx.actor.organizationId),
      ),
    )
    .for("update");
  if (!request || request.mentorId !== ctx.actor.personId || request.sentAt === null) {
    throw notFound("request", "request_not_found");
  }
  if (request.status !== "pending") {
    throw conflict(
      "request_answered",
      "This request has already been answered or has moved on to someone else.",
    );
  }
  return request;
}
