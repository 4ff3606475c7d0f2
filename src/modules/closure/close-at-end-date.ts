import { and, eq, inArray, lte } from "drizzle-orm";
import { notifications, relationships } from "../../db/schema-programs.ts";
import { agreements, type MemberRole, relationshipMembers } from "../../db/schema-relationships.ts";
import type { Services } from "../../server/context.ts";
import { programById } from "../mentor-requests/places.ts";
import { sendQueuedEmails } from "../notifications/notify.ts";
import { endRelationship } from "./end-relationship.ts";
import { HEADS_UP_KIND, headsUpLink, notifyEndDateNear, notifyEndDateReached } from "./notices.ts";
import { HEADS_UP_DAYS, planEndDates, utcDate } from "./rules.ts";

const DAY = 24 * 60 * 60 * 1000;

async function membersOf(services: Services, relationshipIds: readonly string[]) {
  const rows =
    relationshipIds.length === 0
      ? []
      : await services.db
          .select({
            relationshipId: relationshipMembers.relationshipId,
            personId: relationshipMembers.personId,
            role: relationshipMembers.role,
          })
          .from(relationshipMembers)
          .where(inArray(relationshipMembers.relationshipId, [...relationshipIds]));
  const byRelationship = new Map<string, { personId: string; role: MemberRole }[]>();
  for (const { relationshipId, ...member } of rows) {
    byRelationship.set(relationshipId, [...(byRelationship.get(relationshipId) ?? []), member]);
  }
  return byRelationship;
}

/**
 * The daily end-date run: relationships whose agreed end date is today or past close (reason
 * "end date"), and everyone is invited to a closing review; those ending within two weeks get
 * one heads-up (a notification of HEADS_UP_KIND marks it sent). `now` is a parameter so tests
 * control the clock. One transaction per relationship.
 */
export async function closeAtEndDate(services: Services, now: Date) {
  const horizon = utcDate(new Date(now.getTime() + HEADS_UP_DAYS * DAY));
  const candidates = await services.db
    .select({ relationshipId: relationships.id, endsOn: agreements.endsOn })
    .from(relationships)
    .innerJoin(agreements, eq(agreements.relationshipId, relationships.id))
    .where(and(eq(relationships.status, "active"), lte(agreements.endsOn, horizon)));
  const members = await membersOf(
    services,
    candidates.map((c) => c.relationshipId),
  );
  const personIds = [...new Set([...members.values()].flat().map((m) => m.personId))];
  const memberIdsOf = (relationshipId: string) =>
    (members.get(relationshipId) ?? []).map((m) => m.personId);
  const warnedLinks =
    personIds.length === 0
      ? []
      : await services.db
          .selectDistinct({ link: notifications.link })
          .from(notifications)
          .where(
            and(
              inArray(notifications.personId, personIds),
              eq(notifications.kind, HEADS_UP_KIND),
              inArray(
                notifications.link,
                candidates.map((c) => headsUpLink(c.relationshipId)),
              ),
            ),
          );
  const warned = new Set(warnedLinks.map((w) => w.link));
  const plan = planEndDates(
    candidates.map((c) => ({ ...c, warned: warned.has(headsUpLink(c.relationshipId)) })),
    now,
  );

  let closed = 0;
  for (const relationshipId of plan.close) {
    const emailIds = await services.db.transaction(async (tx) => {
      const [relationship] = await tx
        .select()
        .from(relationships)
        .where(eq(relationships.id, relationshipId))
        .for("update");
      // Closed by a member, or its end date moved, since the list was read.
      const [agreement] = await tx
        .select({ endsOn: agreements.endsOn })
        .from(agreements)
        .where(eq(agreements.relationshipId, relationshipId));
      if (relationship?.status !== "active" || !agreement || agreement.endsOn > utcDate(now)) {
        return [];
      }
      const ended = await endRelationship(tx, {
        relationship,
        members: members.get(relationshipId) ?? [],
        endedById: null,
        reason: "end_date",
        now,
        config: services.config,
      });
      closed++;
      const told = await notifyEndDateReached(tx, {
        program: await programById(tx, relationship.programId),
        relationship: ended.relationship,
        memberIds: memberIdsOf(relationshipId),
        baseUrl: services.config.baseUrl,
      });
      return [...ended.emailIds, ...told];
    });
    await sendQueuedEmails(services.jobs, emailIds);
  }

  let headsUps = 0;
  for (const { relationshipId, endsOn, daysLeft } of plan.warn) {
    const emailIds = await services.db.transaction(async (tx) => {
      const [relationship] = await tx
        .select()
        .from(relationships)
        .where(eq(relationships.id, relationshipId))
        .for("update");
      if (relationship?.status !== "active") return [];
      headsUps++;
      return notifyEndDateNear(tx, {
        program: await programById(tx, relationship.programId),
        relationship,
        memberIds: memberIdsOf(relationshipId),
        endsOn,
        daysLeft,
        baseUrl: services.config.baseUrl,
      });
    });
    await sendQueuedEmails(services.jobs, emailIds);
  }
  return { closed, headsUps };
}
