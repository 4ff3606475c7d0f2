import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import { programs, relationships } from "../../db/schema-programs.ts";
import {
  agreements,
  mentoringSessions,
  relationshipMembers,
} from "../../db/schema-relationships.ts";
import type { Services } from "../../server/context.ts";
import { notifyMany, sendQueuedEmails } from "../notifications/notify.ts";
import { inactivity, inactivityChange } from "./inactivity.ts";
import { nudgeNotice, recipients } from "./notices.ts";
import { byRelationship, underWayInBatches } from "./under-way.ts";

export type InactivityRun = { nudged: number; stalled: number; cleared: number };

/**
 * The daily inactivity pass over every relationship under way: a gentle nudge to everyone in
 * one that has gone quiet (nudgedAt), "stalled" for its managers two weeks later if nothing
 * happened (stalledAt), and both cleared once a session is planned or held. `now` is a
 * parameter so tests control the clock. Each change is its own transaction and re-checks the
 * stored flags, so two runs never nudge twice.
 */
export async function watchInactivity(services: Services, now: Date): Promise<InactivityRun> {
  const run: InactivityRun = { nudged: 0, stalled: 0, cleared: 0 };
  const underWay = underWayInBatches(now, () =>
    services.db
      .select({
        id: relationships.id,
        organizationId: relationships.organizationId,
        kind: relationships.kind,
        name: relationships.name,
        startedAt: relationships.startedAt,
        agreedAt: relationships.agreedAt,
        nudgedAt: relationships.nudgedAt,
        stalledAt: relationships.stalledAt,
        agreedCadence: agreements.cadenceWeeks,
        programCadence: programs.cadenceMaxWeeks,
      })
      .from(relationships)
      .innerJoin(programs, eq(programs.id, relationships.programId))
      .leftJoin(agreements, eq(agreements.relationshipId, relationships.id))
      .$dynamic(),
  );
  for await (const batch of underWay) {
    const sessions = await services.db
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
          inArray(
            mentoringSessions.relationshipId,
            batch.map((r) => r.id),
          ),
          ne(mentoringSessions.status, "cancelled"),
        ),
      );
    const sessionsOf = byRelationship(sessions);
    for (const relationship of batch) {
      if (!relationship.startedAt) continue;
      const { state } = inactivity({
        startedAt: relationship.startedAt,
        agreedAt: relationship.agreedAt,
        sessions: sessionsOf.get(relationship.id) ?? [],
        cadenceWeeks: relationship.agreedCadence ?? relationship.programCadence,
        nudgedAt: relationship.nudgedAt,
        now,
      });
      const change = inactivityChange(state, relationship);
      if (change.kind === "none") continue;
      const emailIds = await services.db.transaction(async (tx) => {
        // Only if nobody changed the flags since we read them (another run, say).
        const unchanged = and(
          eq(relationships.id, relationship.id),
          eq(relationships.status, "active"),
          relationship.nudgedAt
            ? eq(relationships.nudgedAt, relationship.nudgedAt)
            : isNull(relationships.nudgedAt),
        );
        if (change.kind === "clear") {
          const cleared = await tx
            .update(relationships)
            .set({ nudgedAt: null, stalledAt: null })
            .where(unchanged)
            .returning({ id: relationships.id });
          run.cleared += cleared.length;
          return [];
        }
        if (change.kind === "stall") {
          const stalled = await tx
            .update(relationships)
            .set({ stalledAt: now })
            .where(unchanged)
            .returning({ id: relationships.id });
          run.stalled += stalled.length;
          return [];
        }
        const nudged = await tx
          .update(relationships)
          .set({ nudgedAt: now, stalledAt: null })
          .where(unchanged)
          .returning({ id: relationships.id });
        if (nudged.length === 0) return [];
        run.nudged += 1;
        const memberIds = (
          await tx
            .select({ personId: relationshipMembers.personId })
            .from(relationshipMembers)
            .where(eq(relationshipMembers.relationshipId, relationship.id))
        ).map((m) => m.personId);
        const people = await recipients(tx, relationship, memberIds);
        return notifyMany(
          tx,
          people.map((to) => nudgeNotice(relationship, to, services.config.baseUrl)),
        );
      });
      await sendQueuedEmails(services.jobs, emailIds);
    }
  }
  return run;
}
