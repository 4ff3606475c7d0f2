import { and, eq, gt, inArray, sql } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import type { Relationship } from "../../db/schema-programs.ts";
import { type MemberRole, mentoringSessions } from "../../db/schema-relationships.ts";
import { queueEmail } from "../email/queue-email.ts";
import { renderEmail } from "../email/templates.ts";
import { sessionMembers } from "../sessions/members.ts";
import { calendarFor, sessionsTabPath, timeFor } from "../sessions/notices.ts";

/**
 * A closed relationship keeps no sessions ahead: each one not yet started is cancelled, and
 * where a calendar invite went out, every member gets the cancellation so the event leaves
 * their calendar. Times only; never why it closed. Returns the ids of emails queued.
 */
export async function cancelUpcomingSessions(
  tx: Executor,
  input: {
    relationship: Relationship;
    members: readonly { personId: string; role: MemberRole }[];
    cancelledById: string | null;
    now: Date;
    config: { baseUrl: string; mailFrom: string };
  },
): Promise<string[]> {
  const cancelled = await tx
    .update(mentoringSessions)
    .set({
      status: "cancelled",
      cancelledAt: input.now,
      cancelledById: input.cancelledById,
      icsSequence: sql`${mentoringSessions.icsSequence} + 1`,
      updatedAt: input.now,
    })
    .where(
      and(
        eq(mentoringSessions.relationshipId, input.relationship.id),
        inArray(mentoringSessions.status, ["proposed", "confirmed"]),
        gt(mentoringSessions.startsAt, input.now),
      ),
    )
    .returning();
  const invited = cancelled.filter((session) => session.confirmedAt !== null);
  if (invited.length === 0) return [];
  const members = await sessionMembers(tx, input.relationship.organizationId, input.members);
  const emailIds: string[] = [];
  for (const session of invited) {
    const calendar = calendarFor(
      {
        relationship: input.relationship,
        session,
        members,
        baseUrl: input.config.baseUrl,
        mailFrom: input.config.mailFrom,
      },
      "CANCEL",
    );
    for (const to of members.filter((m) => m.active)) {
      const when = timeFor(to, session.startsAt);
      const title = `Session cancelled: ${when}`;
      emailIds.push(
        await queueEmail(tx, {
          organizationId: input.relationship.organizationId,
          to: to.email,
          content: {
            ...renderEmail(title, [
              { text: `Hi ${to.name},` },
              {
                text: `Your relationship has come to a close, so the session planned for ${when} is cancelled and taken out of your calendar.`,
              },
              {
                link: `${input.config.baseUrl}${sessionsTabPath(input.relationship.id)}`,
                label: "See your sessions",
              },
            ]),
            calendar,
          },
        }),
      );
    }
  }
  return emailIds;
}
