import { and, eq, gt, inArray, isNull, lte } from "drizzle-orm";
import { relationships } from "../../db/schema-programs.ts";
import { mentoringSessions, relationshipMembers } from "../../db/schema-relationships.ts";
import type { Services } from "../../server/context.ts";
import { notifyMany, sendQueuedEmails } from "../notifications/notify.ts";
import { asSessionMembers, peopleById } from "./members.ts";
import { reminderNotices } from "./notices.ts";
import { REMIND_HOURS_AHEAD, sessionsToRemind } from "./sessions-to-remind.ts";

const HOUR = 60 * 60 * 1000;
const BATCH = 200;

/**
 * Emails and notifies every member of each session `sessionsToRemind` picks, in the relationship's
 * members' own time zones, and marks it reminded in the same transaction, under a guard on
 * reminded_at: a second run, or two workers at once, remind nobody twice. Returns how many
 * sessions were reminded.
 */
export async function remindSessions(services: Services, now: Date): Promise<number> {
  const until = new Date(now.getTime() + REMIND_HOURS_AHEAD * HOUR);
  const { count, emailIds } = await services.db.transaction(async (tx) => {
    const rows = await tx
      .select({ session: mentoringSessions, relationship: relationships })
      .from(mentoringSessions)
      .innerJoin(
        relationships,
        and(
          eq(relationships.id, mentoringSessions.relationshipId),
          eq(relationships.organizationId, mentoringSessions.organizationId),
        ),
      )
      .where(
        and(
          eq(mentoringSessions.status, "confirmed"),
          isNull(mentoringSessions.remindedAt),
          gt(mentoringSessions.startsAt, now),
          lte(mentoringSessions.startsAt, until),
          eq(relationships.status, "active"),
        ),
      )
      .limit(BATCH);
    const due = new Set(
      sessionsToRemind(
        rows.map((r) => r.session),
        now,
      ),
    );
    const picked = rows.filter((row) => due.has(row.session));
    if (picked.length === 0) return { count: 0, emailIds: [] };
    const claimed = await tx
      .update(mentoringSessions)
      .set({ remindedAt: now })
      .where(
        and(
          inArray(
            mentoringSessions.id,
            picked.map((r) => r.session.id),
          ),
          isNull(mentoringSessions.remindedAt),
          eq(mentoringSessions.status, "confirmed"),
        ),
      )
      .returning({ id: mentoringSessions.id });
    const claimedIds = new Set(claimed.map((c) => c.id));
    const members = await tx
      .select({
        relationshipId: relationshipMembers.relationshipId,
        personId: relationshipMembers.personId,
        role: relationshipMembers.role,
      })
      .from(relationshipMembers)
      .where(
        inArray(
          relationshipMembers.relationshipId,
          picked.map((r) => r.relationship.id),
        ),
      );
    // Everyone's names and addresses in one read, not one per session.
    const people = await peopleById(
      tx,
      members.map((m) => m.personId),
    );
    const notices = picked
      .filter(({ session }) => claimedIds.has(session.id))
      .flatMap(({ session, relationship }) =>
        reminderNotices({
          relationship,
          session,
          members: asSessionMembers(
            relationship.organizationId,
            members.filter((m) => m.relationshipId === relationship.id),
            people,
          ),
          baseUrl: services.config.baseUrl,
          mailFrom: services.config.mailFrom,
        }),
      );
    return { count: claimedIds.size, emailIds: await notifyMany(tx, notices) };
  });
  await sendQueuedEmails(services.jobs, emailIds);
  return count;
}
