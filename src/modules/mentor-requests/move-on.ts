import type { Executor } from "../../db/client.ts";
import type { MentorRequest, Program } from "../../db/schema-programs.ts";
import { notify } from "../notifications/notify.ts";
import { requestExpiredForMentorNotice, requestMovedOnNotice } from "./notices.ts";
import { namesOf } from "./places.ts";
import { sendNextChoice } from "./send-next-choice.ts";

/**
 * After a request was declined, timed out or met a full mentor: the mentee's next choice goes
 * out, and the mentee is told kindly (with the mentor's own words, when they wrote some).
 * Returns the emails to send after commit.
 */
export async function moveOn(
  tx: Executor,
  input: {
    program: Program;
    request: MentorRequest;
    why: "declined" | "expired" | "full";
    declineReason: string | null;
    now: Date;
    baseUrl: string;
  },
): Promise<string[]> {
  const { program, request } = input;
  const next = await sendNextChoice(tx, {
    program,
    menteeId: request.menteeId,
    now: input.now,
    baseUrl: input.baseUrl,
  });
  const names = await namesOf(tx, [request.menteeId, request.mentorId]);
  const party = (recipient: string, other: string) => ({
    organizationId: program.organizationId,
    baseUrl: input.baseUrl,
    recipient: { id: recipient, name: names.get(recipient) ?? "" },
    otherName: names.get(other) ?? "Your colleague",
    program,
  });
  const emailIds = await notify(
    tx,
    requestMovedOnNotice(
      party(request.menteeId, request.mentorId),
      input.why,
      input.declineReason,
      next.sentTo,
    ),
  );
  if (input.why === "expired") {
    await notify(tx, requestExpiredForMentorNotice(party(request.mentorId, request.menteeId)));
  }
  return [...next.emailIds, ...emailIds];
}
