import { and, eq, isNotNull, ne } from "drizzle-orm";
import { mentorRequests, relationships } from "../../db/schema-programs.ts";
import type { Ctx } from "../../server/context.ts";
import { conflict, notFound } from "../../server/errors.ts";
import { notify, sendQueuedEmails } from "../notifications/notify.ts";
import { pairReasons } from "./choice-context.ts";
import { loadRequestForMentor } from "./load-request.ts";
import { moveOn } from "./move-on.ts";
import { mentorStartedNotice, requestAcceptedNotice } from "./notices.ts";
import { namesOf, placesLeft, programById } from "./places.ts";

/**
 * The mentor says yes: a relationship starts (source `choice`, active), the mentee's other
 * requests are withdrawn, and both are told. The mentor's enrollment row is locked while their
 * places are counted, so two acceptances for the last place can't both succeed. When this fills
 * the mentor's last place, requests still in front of them move on to those mentees' next choice.
 */
export async function acceptMentorRequest(ctx: Ctx, requestId: string, now = new Date()) {
  const [peek] = await ctx.db
    .select({ programId: mentorRequests.programId, menteeId: mentorRequests.menteeId })
    .from(mentorRequests)
    .where(
      and(
        eq(mentorRequests.id, requestId),
        eq(mentorRequests.organizationId, ctx.actor.organizationId),
        eq(mentorRequests.mentorId, ctx.actor.personId),
      ),
    );
  if (!peek) throw notFound("request", "request_not_found");
  const program = await programById(ctx.db, peek.programId);
  const reasons = await pairReasons(ctx.db, program, peek.menteeId, ctx.actor.personId);

  const { relationshipId, emailIds } = await ctx.db.transaction(async (tx) => {
    const places = await placesLeft(tx, {
      programId: program.id,
      mentorId: ctx.actor.personId,
      lock: true,
    });
    const request = await loadRequestForMentor(tx, ctx, requestId);
    if (places === 0) {
      throw conflict(
        "no_places_left",
        "All your places in this program are taken, so you can't take on another mentee now.",
      );
    }
    const [relationship] = await tx
      .insert(relationships)
      .values({
        organizationId: program.organizationId,
        programId: program.id,
        menteeId: request.menteeId,
        mentorId: request.mentorId,
        status: "active",
        source: "choice",
        reasons,
        menteeConfirmedAt: request.createdAt,
        mentorConfirmedAt: now,
        startedAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: relationships.id });
    if (!relationship) {
      throw conflict("already_matched", "This person has found a mentor in the meantime.");
    }
    await tx
      .update(mentorRequests)
      .set({ status: "accepted", respondedAt: now })
      .where(eq(mentorRequests.id, request.id));
    await tx
      .update(mentorRequests)
      .set({ status: "withdrawn", respondedAt: now })
      .where(
        and(
          eq(mentorRequests.programId, program.id),
          eq(mentorRequests.menteeId, request.menteeId),
          eq(mentorRequests.status, "pending"),
        ),
      );
    const names = await namesOf(tx, [request.menteeId, request.mentorId]);
    const party = (recipient: string, other: string) => ({
      organizationId: program.organizationId,
      baseUrl: ctx.config.baseUrl,
      recipient: { id: recipient, name: names.get(recipient) ?? "" },
      otherName: names.get(other) ?? "your colleague",
      program,
    });
    const emailIds = await notify(
      tx,
      requestAcceptedNotice(party(request.menteeId, request.mentorId)),
    );
    await notify(tx, mentorStartedNotice(party(request.mentorId, request.menteeId)));

    if (places === 1) {
      const stillWaiting = await tx
        .select()
        .from(mentorRequests)
        .where(
          and(
            eq(mentorRequests.programId, program.id),
            eq(mentorRequests.mentorId, request.mentorId),
            eq(mentorRequests.status, "pending"),
            isNotNull(mentorRequests.sentAt),
            ne(mentorRequests.id, request.id),
          ),
        );
      for (const other of stillWaiting) {
        await tx
          .update(mentorRequests)
          .set({ status: "expired", respondedAt: now })
          .where(eq(mentorRequests.id, other.id));
        const more = await moveOn(tx, {
          program,
          request: other,
          why: "full",
          declineReason: null,
          now,
          baseUrl: ctx.config.baseUrl,
        });
        emailIds.push(...more);
      }
    }
    return { relationshipId: relationship.id, emailIds };
  });
  await sendQueuedEmails(ctx.jobs, emailIds);
  return { relationshipId };
}
