import { and, asc, count, desc, eq, exists, inArray, isNotNull, not, or, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { z } from "zod";
import { people } from "../../db/schema.ts";
import { relationships } from "../../db/schema-programs.ts";
import { checkIns, mentoringSessions, relationshipMembers } from "../../db/schema-relationships.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { checkInOpenSql, tookPlaceSql, upcomingSql } from "../check-ins/took-place-sql.ts";
import { loadProgram } from "../programs/load-program.ts";
import type { RelationshipOverview } from "./presenters.ts";
import { programAggregates } from "./program-aggregates.ts";

const DAY = 24 * 60 * 60 * 1000;
/** An at-risk answer counts for this long. */
export const AT_RISK_WEEKS = 8;
/** Relationships per page of the overview. */
export const OVERVIEW_PAGE_SIZE = 100;

export const overviewFilters = z.object({
  status: z
    .enum(["proposed", "active", "declined", "ended"], "Please choose one of the statuses.")
    .optional(),
  stalled: z.stringbool("Please say true or false.").optional(),
  atRisk: z.stringbool("Please say true or false.").optional(),
  page: z.coerce
    .number("A page is a whole number from 1.")
    .int("A page is a whole number from 1.")
    .min(1, "A page is a whole number from 1.")
    .max(100_000, "There aren't that many pages.")
    .default(1),
});
export type OverviewFilters = Partial<z.infer<typeof overviewFilters>>;

const iso = (value: Date | null | undefined) => value?.toISOString() ?? null;

/**
 * A program's relationships for its managers and administrators (program.insights): metadata
 * only — members, status, dates, session counts, the stalled and at-risk flags and how many
 * check-ins are open — plus program-wide check-in aggregates of at least five people. Filters
 * are applied in SQL before paging, so "stalled only" finds every stalled relationship however
 * large the program; each page then reads its own relationships' figures only.
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
  const since = new Date(now.getTime() - AT_RISK_WEEKS * 7 * DAY).toISOString();
  const atRiskNow = exists(
    ctx.db
      .select({ one: sql`1` })
      .from(checkIns)
      .where(
        and(
          eq(checkIns.relationshipId, relationships.id),
          eq(checkIns.atRisk, true),
          sql`${checkIns.answeredAt} > ${since}::timestamptz`,
        ),
      ),
  );
  const stalledNow = and(eq(relationships.status, "active"), isNotNull(relationships.stalledAt));
  const matching = and(
    inProgram,
    filters.status ? eq(relationships.status, filters.status) : undefined,
    filters.stalled === undefined
      ? undefined
      : filters.stalled
        ? stalledNow
        : or(not(eq(relationships.status, "active")), sql`${relationships.stalledAt} is null`),
    filters.atRisk === undefined ? undefined : filters.atRisk ? atRiskNow : not(atRiskNow),
  );
  const page = filters.page ?? 1;
  const [rows, [total], aggregates] = await Promise.all([
    ctx.db
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
        atRisk: sql<boolean>`${atRiskNow}`,
      })
      .from(relationships)
      .where(matching)
      .orderBy(desc(relationships.createdAt), asc(relationships.id))
      .limit(OVERVIEW_PAGE_SIZE)
      .offset((page - 1) * OVERVIEW_PAGE_SIZE),
    ctx.db.select({ count: count() }).from(relationships).where(matching),
    programAggregates(ctx.db, { organizationId: ctx.actor.organizationId, programId: program.id }),
  ]);
  const ids = rows.map((r) => r.id);
  const onPage = (column: AnyPgColumn) => (ids.length === 0 ? sql`false` : inArray(column, ids));

  const [members, sessionStats, checkInStats] = await Promise.all([
    ctx.db
      .select({
        relationshipId: relationshipMembers.relationshipId,
        personId: relationshipMembers.personId,
        role: relationshipMembers.role,
        name: sql<string>`coalesce(nullif(trim(${people.preferredName}), ''), ${people.name})`,
      })
      .from(relationshipMembers)
      .innerJoin(people, eq(people.id, relationshipMembers.personId))
      .where(onPage(relationshipMembers.relationshipId))
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
      .where(onPage(mentoringSessions.relationshipId))
      .groupBy(mentoringSessions.relationshipId),
    ctx.db
      .select({
        relationshipId: checkIns.relationshipId,
        open: sql<number>`count(*) filter (where ${checkInOpenSql(now)})`.mapWith(Number),
      })
      .from(checkIns)
      .where(onPage(checkIns.relationshipId))
      .groupBy(checkIns.relationshipId),
  ]);

  const membersOf = new Map<string, RelationshipOverview["members"]>();
  for (const m of members) {
    const list = membersOf.get(m.relationshipId) ?? [];
    list.push({ id: m.personId, name: m.name, role: m.role });
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
      atRisk: r.atRisk === true,
      openCheckIns: r.status === "active" ? (checks?.open ?? 0) : 0,
    };
  });
  return {
    program: { slug: program.slug, name: program.name },
    relationships: overview,
    total: total?.count ?? 0,
    page,
    pageSize: OVERVIEW_PAGE_SIZE,
    aggregates,
  };
}
