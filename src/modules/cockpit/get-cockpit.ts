import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lte, ne, sql } from "drizzle-orm";
import { mentorRequests, programs, relationships } from "../../db/schema-programs.ts";
import {
  agreements,
  mentoringSessions,
  relationshipMembers,
  sessionAttendance,
} from "../../db/schema-relationships.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { myOpenCheckIns } from "../check-ins/list-check-ins.ts";
import { sessionEndSql } from "../check-ins/took-place-sql.ts";
import { membersOf } from "../relationships/list-my-relationships.ts";
import type { MemberCard } from "../relationships/presenters.ts";
import { listMyCommitments } from "../session-work/list-my-commitments.ts";
import type { Cockpit } from "./presenters.ts";
import { relationshipStanding } from "./relationship-status.ts";

const DAY = 24 * 60 * 60 * 1000;
/** How far ahead "Coming up" looks. */
export const UPCOMING_DAYS = 21;
const LIMIT = 50;

/**
 * The signed-in person's learning cockpit: sessions coming up, their own open commitments,
 * their relationships with where each stands, and what waits for them. Everything is read
 * through their membership rows, so nothing of anyone else's relationships can come in; a few
 * set-based queries whatever the number of relationships.
 */
export async function getCockpit(ctx: Ctx, now = new Date()): Promise<Cockpit> {
  const me = ctx.actor.personId;
  const org = ctx.actor.organizationId;

  const [pending] = await ctx.db
    .select({ count: count() })
    .from(mentorRequests)
    .where(
      and(
        eq(mentorRequests.mentorId, me),
        eq(mentorRequests.organizationId, org),
        eq(mentorRequests.status, "pending"),
        isNotNull(mentorRequests.sentAt),
      ),
    );

  // My relationships, with the facts their status phrase needs, in one statement.
  const rows = await ctx.db
    .select({
      relationship: relationships,
      program: { slug: programs.slug, name: programs.name },
      myRole: relationshipMembers.role,
      agreementVersion: agreements.version,
      myAcceptedVersion: sql<number | null>`(
        select aa.version from agreement_acceptances aa
        where aa.relationship_id = ${relationships.id} and aa.person_id = ${me})`,
      hasUpcomingSession: sql<boolean>`exists(
        select 1 from mentoring_sessions s
        where s.relationship_id = ${relationships.id} and s.status <> 'cancelled'
          and s.starts_at > ${now.toISOString()}::timestamptz)`,
      reviewed: sql<boolean>`exists(
        select 1 from closure_reviews cr
        where cr.relationship_id = ${relationships.id} and cr.person_id = ${me})`,
    })
    .from(relationshipMembers)
    .innerJoin(relationships, eq(relationships.id, relationshipMembers.relationshipId))
    .innerJoin(programs, eq(programs.id, relationships.programId))
    .leftJoin(agreements, eq(agreements.relationshipId, relationships.id))
    .where(
      and(
        eq(relationshipMembers.personId, me),
        eq(relationships.organizationId, org),
        ne(relationships.status, "declined"),
      ),
    )
    .orderBy(desc(relationships.createdAt))
    .limit(200);

  const members = await membersOf(
    ctx,
    rows.map((r) => r.relationship.id),
  );
  const presented = rows.map((row) => {
    const { relationship } = row;
    const list = members.get(relationship.id) ?? [];
    authorize(ctx.actor, "relationship.read", {
      organizationId: relationship.organizationId,
      participantIds: list.map((m) => m.id),
    });
    const others = list.filter((m) => m.id !== me);
    const title = titleOf(relationship.kind, relationship.name, others);
    const confirmedAt =
      relationship.menteeId === me
        ? relationship.menteeConfirmedAt
        : relationship.mentorConfirmedAt;
    const standing = relationshipStanding({
      status: relationship.status,
      agreementVersion: row.agreementVersion,
      myAcceptedVersion: row.myAcceptedVersion === null ? null : Number(row.myAcceptedVersion),
      agreedAt: relationship.agreedAt,
      hasUpcomingSession: Boolean(row.hasUpcomingSession),
      reviewed: Boolean(row.reviewed),
      awaitingMyConfirmation: relationship.status === "proposed" && confirmedAt === null,
    });
    return {
      relationshipId: relationship.id,
      kind: relationship.kind,
      title,
      status: relationship.status,
      myRole: row.myRole,
      program: row.program,
      others,
      ...standing,
      stalled: relationship.status === "active" && relationship.stalledAt !== null,
      startedAt: relationship.startedAt?.toISOString() ?? null,
    };
  });
  const order = { proposed: 1, active: 0, ended: 2, declined: 3 } as const;
  presented.sort((a, b) => order[a.status] - order[b.status]);

  const activeIds = rows
    .filter((r) => r.relationship.status === "active")
    .map((r) => r.relationship.id);
  // Lists from other modules are kept to these (authorize below needs their members).
  const activeSet = new Set(activeIds);
  const byId = new Map(presented.map((r) => [r.relationshipId, r]));
  const whom = (relationshipId: string) => {
    const { kind, title } = byId.get(relationshipId) ?? { kind: "pair" as const, title: "Someone" };
    return { relationshipId, kind, title };
  };

  const upcoming =
    activeIds.length === 0
      ? []
      : await ctx.db
          .select({
            id: mentoringSessions.id,
            relationshipId: mentoringSessions.relationshipId,
            startsAt: mentoringSessions.startsAt,
            durationMinutes: mentoringSessions.durationMinutes,
            channel: mentoringSessions.channel,
            status: mentoringSessions.status,
            proposedById: mentoringSessions.proposedById,
          })
          .from(mentoringSessions)
          .where(
            and(
              inArray(mentoringSessions.relationshipId, activeIds),
              inArray(mentoringSessions.status, ["proposed", "confirmed"]),
              // Still coming up, or happening right now.
              sql`${sessionEndSql} > ${now.toISOString()}::timestamptz`,
              lte(mentoringSessions.startsAt, new Date(now.getTime() + UPCOMING_DAYS * DAY)),
            ),
          )
          .orderBy(asc(mentoringSessions.startsAt), asc(mentoringSessions.id))
          .limit(LIMIT);

  // My own open commitments, as session-work lists them (the owner is me), overdue first.
  const open =
    activeIds.length === 0
      ? []
      : (await listMyCommitments(ctx, now)).commitments
          .filter((c) => activeSet.has(c.relationship.id))
          .slice(0, LIMIT);

  // "Did it happen?": sessions whose time has passed and that I haven't answered.
  const unanswered =
    activeIds.length === 0
      ? []
      : await ctx.db
          .select({
            id: mentoringSessions.id,
            relationshipId: mentoringSessions.relationshipId,
            startsAt: mentoringSessions.startsAt,
          })
          .from(mentoringSessions)
          .leftJoin(
            sessionAttendance,
            and(
              eq(sessionAttendance.sessionId, mentoringSessions.id),
              eq(sessionAttendance.personId, me),
            ),
          )
          .where(
            and(
              inArray(mentoringSessions.relationshipId, activeIds),
              ne(mentoringSessions.status, "cancelled"),
              sql`${sessionEndSql} <= ${now.toISOString()}::timestamptz`,
              isNull(sessionAttendance.sessionId),
            ),
          )
          .orderBy(desc(mentoringSessions.startsAt))
          .limit(LIMIT);

  const dueCheckIns =
    activeIds.length === 0
      ? []
      : (await myOpenCheckIns(ctx, now))
          .filter((c) => activeSet.has(c.relationshipId))
          .slice(0, LIMIT);

  const participantsOf = (relationshipId: string) =>
    (members.get(relationshipId) ?? []).map((m) => m.id);
  for (const item of dueCheckIns) {
    authorize(ctx.actor, "relationship.content", {
      organizationId: item.organizationId,
      participantIds: participantsOf(item.relationshipId),
    });
    authorize(ctx.actor, "relationship.ownContent", {
      organizationId: item.organizationId,
      personId: item.personId,
    });
  }

  return {
    upcomingSessions: upcoming.map((s) => ({
      ...whom(s.relationshipId),
      sessionId: s.id,
      startsAt: s.startsAt.toISOString(),
      durationMinutes: s.durationMinutes,
      channel: s.channel,
      status: s.status as "proposed" | "confirmed",
      needsMyConfirmation: s.status === "proposed" && s.proposedById !== me,
    })),
    openCommitments: open.map((c) => ({
      ...whom(c.relationship.id),
      commitmentId: c.id,
      text: c.text,
      dueOn: c.dueOn,
      overdue: c.overdue,
      sessionId: c.sessionId,
      sessionStartsAt: c.madeInSessionAt,
    })),
    relationships: presented,
    toDo: {
      mentorRequests: pending?.count ?? 0,
      matchConfirmations: presented.filter((r) => r.step === "confirm_match").length,
      attendance: unanswered.map((s) => ({
        ...whom(s.relationshipId),
        sessionId: s.id,
        startsAt: s.startsAt.toISOString(),
      })),
      checkIns: dueCheckIns.map((c) => ({
        ...whom(c.relationshipId),
        checkInId: c.id,
        checkInKind: c.kind,
        dueAt: c.dueAt.toISOString(),
      })),
    },
  };
}

function titleOf(kind: "pair" | "circle", name: string | null, others: MemberCard[]): string {
  if (kind === "circle") return name ?? "Your circle";
  return others[0]?.name ?? "Someone";
}
