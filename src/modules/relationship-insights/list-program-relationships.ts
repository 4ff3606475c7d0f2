import { and, asc, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { relationships } from "../../db/schema-programs.ts";
import { checkIns, mentoringSessions, relationshipMembers } from "../../db/schema-relationships.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { OPEN_FOR_DAYS } from "../check-ins/check-in-schedule.ts";
import { tookPlaceSql, upcomingSql } from "../check-ins/took-place-sql.ts";
import { namesOf } from "../mentor-requests/places.ts";
import { loadProgram } from "../programs/load-program.ts";
import type { RelationshipOverview } from "./presenters.ts";
import { programAggregates } from "./program-aggregates.ts";

const DAY = 24 * 60 * 60 * 1000;
/** An at-risk answer counts for this long. */
export const AT_RISK_WEEKS = 8;
const LIMIT = 5000;

export const overviewFilters = z.object({
  status: z
    .enum(["proposed", "active", "declined", "ended"], "Please choose one of the statuses.")
    .optional(),
  stalled: z.stringbool("Please say true or false.").optional(),
  atRisk: z.stringbool("Please say true or false.").optional(),
});
export type OverviewFilters = z.infer<typeof overviewFilters>;

const iso = (value: Date | null | undefined) => value?.toISOString() ?? null;

/**
 * A program's relationships for its managers and administrators (program.insights): metadata
 * only — members, status, dates, session counts, the stalled and at-risk flags and how many
 * check-ins are open — plus program-wide check-in aggregates of at least five people.
 */
export async function listProgramRelationships(
  ctx: Ctx,
  slug: string,
  filters: OverviewFilters = {},
  now = new Date(),
) {
  const program = await loadProgram(ctx, slug);
  authorize(ctx.actor, "program.insights", {
    organizationId: program.organizationId,
    isManager: program.isManager,
  });
  const inProgram = and(
    eq(relationships.organizationId, ctx.actor.organizationId),
    eq(relationships.programId, program.id),
  );
  const rows = await ctx.db
    .select({
      id: relationships.id,
      kind: relationships.kind,
      name: relationships.name,
      status: relationships.status,
      startedAt: relationships.startedAt,
      endedAt: relationships.endedAt,
      agreedAt: relationships.agreedAt,
      nudgedAt: relationships.nudgedAt,
      stalledAt: relationships.stalledAt,
    })
    .from(relationships)
    .where(and(inProgram, filters.status ? eq(relationships.status, filters.status) : undefined))
    .orderBy(desc(relationships.createdAt), asc(relationships.id))
    .limit(LIMIT);

  const [members, sessionStats, checkInStats, aggregates] = await Promise.all([
    ctx.db
      .select({
        relationshipId: relationshipMembers.relationshipId,
        personId: relationshipMembers.personId,
        role: relationshipMembers.role,
      })
      .from(relationshipMembers)
      .innerJoin(relationships, eq(relationships.id, relationshipMembers.relationshipId))
      .where(inProgram)
      .orderBy(asc(relationshipMembers.role)),
    ctx.db
      .select({
        relationshipId: mentoringSessions.relationshipId,
        held: sql<number>`count(*) filter (where ${tookPlaceSql(now)})`.mapWith(Number),
        lastHeld:
          sql<Date | null>`max(${mentoringSessions.startsAt}) filter (where ${tookPlaceSql(now)})`.mapWith(
            mentoringSessions.startsAt,
          ),
        next: sql<Date | null>`min(${mentoringSessions.startsAt}) filter (where ${upcomingSql(now)})`.mapWith(
          mentoringSessions.startsAt,
        ),
      })
      .from(mentoringSessions)
      .innerJoin(relationships, eq(relationships.id, mentoringSessions.relationshipId))
      .where(inProgram)
      .groupBy(mentoringSessions.relationshipId),
    ctx.db
      .select({
        relationshipId: checkIns.relationshipId,
        open: sql<number>`count(*) filter (where ${checkIns.answeredAt} is null and ${checkIns.dueAt} <= ${now.toISOString()}::timestamptz and ((${checkIns.kind} = 'fit' and ${checkIns.dueAt} > ${new Date(now.getTime() - OPEN_FOR_DAYS.fit * DAY).toISOString()}::timestamptz) or (${checkIns.kind} = 'regular' and ${checkIns.dueAt} > ${new Date(now.getTime() - OPEN_FOR_DAYS.regular * DAY).toISOString()}::timestamptz)))`.mapWith(
          Number,
        ),
        atRisk: sql<boolean>`coalesce(bool_or(${checkIns.atRisk} and ${checkIns.answeredAt} > ${new Date(now.getTime() - AT_RISK_WEEKS * 7 * DAY).toISOString()}::timestamptz), false)`,
      })
      .from(checkIns)
      .innerJoin(relationships, eq(relationships.id, checkIns.relationshipId))
      .where(inProgram)
      .groupBy(checkIns.relationshipId),
    programAggregates(ctx.db, { organizationId: ctx.actor.organizationId, programId: program.id }),
  ]);

  const names = await namesOf(
    ctx.db,
    members.map((m) => m.personId),
  );
  const membersOf = new Map<string, RelationshipOverview["members"]>();
  for (const m of members) {
    const list = membersOf.get(m.relationshipId) ?? [];
    list.push({ id: m.personId, name: names.get(m.personId) ?? "Someone", role: m.role });
    membersOf.set(m.relationshipId, list);
  }
  const sessionsOf = new Map(sessionStats.map((s) => [s.relationshipId, s]));
  const checkInsOf = new Map(checkInStats.map((c) => [c.relationshipId, c]));

  const overview: RelationshipOverview[] = rows.map((r) => {
    const sessions = sessionsOf.get(r.id);
    const checks = checkInsOf.get(r.id);
    const stalled = r.status === "active" ? r.stalledAt : null;
    return {
      id: r.id,
      kind: r.kind,
      name: r.name,
      members: membersOf.get(r.id) ?? [],
      status: r.status,
      startedAt: iso(r.startedAt),
      endedAt: iso(r.endedAt),
      agreed: r.agreedAt !== null,
      agreedAt: iso(r.agreedAt),
      sessionsHeld: sessions?.held ?? 0,
      lastSessionAt: iso(sessions?.lastHeld),
      nextSessionAt: iso(sessions?.next),
      nudgedAt: iso(r.nudgedAt),
      // Only a relationship under way can be stalled; one that has ended keeps no such flag.
      stalled: stalled !== null,
      stalledAt: iso(stalled),
      atRisk: checks?.atRisk === true,
      openCheckIns: r.status === "active" ? (checks?.open ?? 0) : 0,
    };
  });
  return {
    program: { slug: program.slug, name: program.name },
    relationships: overview.filter(
      (r) =>
        (filters.stalled === undefined || r.stalled === filters.stalled) &&
        (filters.atRisk === undefined || r.atRisk === filters.atRisk),
    ),
    aggregates,
  };
}
