import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import { mentorRequests, type Program } from "../../db/schema-programs.ts";
import { notify } from "../notifications/notify.ts";
import { parseMatchingSettings } from "../programs/matching-settings.ts";
import { requestReceivedNotice } from "./notices.ts";
import { namesOf, placesLeft } from "./places.ts";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Puts a mentee's best-ranked waiting request in front of its mentor (`sent_at`, `respond_by`)
 * and tells the mentor, unless one is already in front of a mentor. Choices whose mentor has no
 * places left are skipped (marked expired). Runs inside the caller's transaction; returns the
 * emails to send after commit and the name of the mentor it went to (null when none is left).
 */
export async function sendNextChoice(
  tx: Executor,
  input: { program: Program; menteeId: string; now: Date; baseUrl: string },
): Promise<{ emailIds: string[]; sentTo: string | null }> {
  const { program, menteeId, now } = input;
  const waiting = await tx
    .select()
    .from(mentorRequests)
    .where(
      and(
        eq(mentorRequests.programId, program.id),
        eq(mentorRequests.menteeId, menteeId),
        eq(mentorRequests.status, "pending"),
      ),
    )
    .orderBy(asc(mentorRequests.rank))
    .for("update");
  if (waiting.some((r) => r.sentAt !== null)) return { emailIds: [], sentTo: null };
  const settings = parseMatchingSettings(program.matching, program.purpose, program.kind);
  for (const request of waiting) {
    if ((await placesLeft(tx, { programId: program.id, mentorId: request.mentorId })) === 0) {
      await tx
        .update(mentorRequests)
        .set({ status: "expired", respondedAt: now })
        .where(eq(mentorRequests.id, request.id));
      continue;
    }
    const respondBy = new Date(now.getTime() + settings.responseDays * DAY);
    await tx
      .update(mentorRequests)
      .set({ sentAt: now, respondBy })
      .where(eq(mentorRequests.id, request.id));
    const names = await namesOf(tx, [menteeId, request.mentorId]);
    const emailIds = await notify(
      tx,
      requestReceivedNotice(
        {
          organizationId: program.organizationId,
          baseUrl: input.baseUrl,
          recipient: { id: request.mentorId, name: names.get(request.mentorId) ?? "" },
          otherName: names.get(menteeId) ?? "A colleague",
          program,
        },
        respondBy,
      ),
    );
    return { emailIds, sentTo: names.get(request.mentorId) ?? null };
  }
  return { emailIds: [], sentTo: null };
}
