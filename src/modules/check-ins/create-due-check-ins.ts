import { and, eq, gt, inArray, lte, ne, or } from "drizzle-orm";
import { relationships } from "../../db/schema-programs.ts";
import { checkIns, mentoringSessions, relationshipMembers } from "../../db/schema-relationships.ts";
import type { Services } from "../../server/context.ts";
import { notifyMany, sendQueuedEmails } from "../notifications/notify.ts";
import {
  dueCheckIns,
  OPEN_FOR_DAYS,
  sessionEndsAt,
  sessionTookPlace,
} from "./check-in-schedule.ts";
import { checkInNotice, recipients } from "./notices.ts";
import { byRelationship, underWayInBatches } from "./under-way.ts";

const DAY = 24 * 60 * 60 * 1000;

/**
 * Creates the check-ins that are due at `now` in every relationship under way, and tells each
 * person (in the app and by email, without content). The unique key on check-ins makes a second
 * run create nothing and tell no one again. Returns how many check-ins were created.
 */
export async function createDueCheckIns(services: Services, now: Date): Promise<number> {
  let created = 0;
  const underWay = underWayInBatches(now, () =>
    services.db
      .select({
        id: relationships.id,
        organizationId: relationships.organizationId,
        kind: relationships.kind,
        name: relationships.name,
        startedAt: relationships.startedAt,
      })
      .from(relationships)
      .$dynamic(),
  );
  for await (const batch of underWay) {
    const ids = batch.map((r) => r.id);
    const [members, sessions, existing] = await Promise.all([
      services.db
        .select({
          relationshipId: relationshipMembers.relationshipId,
          personId: relationshipMembers.personId,
        })
        .from(relationshipMembers)
        .where(inArray(relationshipMembers.relationshipId, ids)),
      services.db
        .select({
          relationshipId: mentoringSessions.relationshipId,
          status: mentoringSessions.status,
          outcome: mentoringSessions.outcome,
          startsAt: mentoringSessions.startsAt,
          durationMinutes: mentoringSessions.durationMinutes,
        })
        .from(mentoringSessions)
        .where(
          and(
            inArray(mentoringSessions.relationshipId, ids),
            ne(mentoringSessions.status, "cancelled"),
            lte(mentoringSessions.startsAt, now),
          ),
        ),
      services.db
        .select({
          relationshipId: checkIns.relationshipId,
          personId: checkIns.personId,
          kind: checkIns.kind,
          dueAt: checkIns.dueAt,
        })
        .from(checkIns)
        .where(
          and(
            inArray(checkIns.relationshipId, ids),
            or(
              eq(checkIns.kind, "fit"),
              gt(checkIns.dueAt, new Date(now.getTime() - (OPEN_FOR_DAYS.regular + 1) * DAY)),
            ),
          ),
        ),
    ]);
    const membersOf = byRelationship(members);
    const sessionsOf = byRelationship(sessions);
    const existingOf = byRelationship(existing);
    for (const relationship of batch) {
      if (!relationship.startedAt) continue;
      const first = (sessionsOf.get(relationship.id) ?? [])
        .filter((s) => sessionTookPlace(s, now))
        .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
      const memberIds = (membersOf.get(relationship.id) ?? []).map((m) => m.personId);
      const due = dueCheckIns({
        startedAt: relationship.startedAt,
        memberIds,
        firstSessionEndedAt: first ? sessionEndsAt(first) : null,
        existing: existingOf.get(relationship.id) ?? [],
        now,
      });
      if (due.length === 0) continue;
      const emailIds = await services.db.transaction(async (tx) => {
        const inserted = await tx
          .insert(checkIns)
          .values(
            due.map((d) => ({
              relationshipId: relationship.id,
              organizationId: relationship.organizationId,
              personId: d.personId,
              kind: d.kind,
              dueAt: d.dueAt,
            })),
          )
          .onConflictDoNothing()
          .returning({ personId: checkIns.personId, kind: checkIns.kind });
        created += inserted.length;
        if (inserted.length === 0) return [];
        const people = new Map(
          (await recipients(tx, relationship, memberIds)).map((r) => [r.id, r]),
        );
        return notifyMany(
          tx,
          inserted.flatMap(({ personId, kind }) => {
            const to = people.get(personId);
            return to ? [checkInNotice(relationship, to, kind, services.config.baseUrl)] : [];
          }),
        );
      });
      await sendQueuedEmails(services.jobs, emailIds);
    }
  }
  return created;
}
