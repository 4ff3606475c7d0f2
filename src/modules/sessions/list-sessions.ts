import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.ts";
import type { Relationship } from "../../db/schema-programs.ts";
import {
  agreements,
  commitments,
  mentoringSessions,
  sessionAttendance,
} from "../../db/schema-relationships.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { loadRelationship } from "../relationships/load-relationship.ts";
import { sessionMembers } from "./members.ts";
import { type Answer, presentSession, type SessionView } from "./presenters.ts";
import { hasEnded } from "./rules.ts";
import { meOf } from "./session-context.ts";

/** Used when a relationship has no agreement row (it shouldn't, once agreed). */
const FALLBACK_DEFAULTS = {
  durationMinutes: 45,
  channel: "video" as const,
  channelDetail: null,
};

export async function agreementDefaults(tx: Executor, relationshipId: string) {
  const [agreement] = await tx
    .select({
      durationMinutes: agreements.sessionMinutes,
      channel: agreements.channel,
      channelDetail: agreements.channelDetail,
    })
    .from(agreements)
    .where(eq(agreements.relationshipId, relationshipId));
  return agreement ?? FALLBACK_DEFAULTS;
}

/** Why sessions can't be planned in this relationship now, or null when they can. */
export function planBlockedBy(relationship: Pick<Relationship, "status" | "agreedAt">) {
  if (relationship.status === "ended") return "closed" as const;
  if (relationship.status !== "active") return "not_started" as const;
  if (!relationship.agreedAt) return "no_agreement" as const;
  return null;
}

/** A relationship's sessions for one of its members: what's coming, what has been. */
export async function listSessions(ctx: Ctx, relationshipId: string, now = new Date()) {
  // Reads only, so no transaction: under READ COMMITTED it would give no common snapshot anyway.
  const db = ctx.db;
  const loaded = await loadRelationship(db, ctx, relationshipId, "participant");
  const { relationship } = loaded;
  authorize(ctx.actor, "relationship.content", {
    organizationId: relationship.organizationId,
    participantIds: loaded.members.map((m) => m.personId),
  });
  const members = await sessionMembers(db, relationship.organizationId, loaded.members);
  const sessions = await db
    .select()
    .from(mentoringSessions)
    .where(eq(mentoringSessions.relationshipId, relationship.id))
    .orderBy(asc(mentoringSessions.startsAt));
  const ids = sessions.map((s) => s.id);
  const answers: Answer[] =
    ids.length === 0
      ? []
      : await db
          .select({
            sessionId: sessionAttendance.sessionId,
            personId: sessionAttendance.personId,
            tookPlace: sessionAttendance.tookPlace,
            absentIds: sessionAttendance.absentIds,
            answeredAt: sessionAttendance.answeredAt,
          })
          .from(sessionAttendance)
          .where(inArray(sessionAttendance.sessionId, ids));
  // Only whether a session has a commitment: their words stay on the session page.
  const committed =
    ids.length === 0
      ? []
      : await db
          .selectDistinct({ sessionId: commitments.sessionId })
          .from(commitments)
          .where(
            and(
              eq(commitments.relationshipId, relationship.id),
              inArray(commitments.sessionId, ids),
            ),
          );
  const withCommitment = new Set(committed.map((c) => c.sessionId));
  const me = meOf(ctx, loaded);
  const views = sessions.map((session) =>
    presentSession({
      session,
      members,
      me,
      answers: answers.filter((a) => a.sessionId === session.id),
      hasCommitment: withCommitment.has(session.id),
      writable: relationship.status === "active",
      now,
    }),
  );
  const upcoming: SessionView[] = [];
  const past: SessionView[] = [];
  sessions.forEach((session, index) => {
    const view = views[index];
    if (!view) return;
    if (session.status !== "cancelled" && !hasEnded(session, now)) upcoming.push(view);
    else past.unshift(view);
  });
  const blocked = planBlockedBy(relationship);
  const count = (outcome: SessionView["outcome"]) =>
    past.filter((s) => s.status !== "cancelled" && s.outcome === outcome).length;
  return {
    canPlan: blocked === null,
    planBlockedBy: blocked,
    defaults: await agreementDefaults(db, relationship.id),
    members: members.map((m) => ({
      id: m.id,
      name: m.name,
      role: m.role,
      timeZone: m.timeZone,
      isMe: m.id === ctx.actor.personId,
    })),
    upcoming,
    past,
    counts: {
      held: count("held"),
      notHeld: count("not_held"),
      unclear: count("unclear"),
      awaitingAnswers: count(null),
      cancelled: past.filter((s) => s.status === "cancelled").length,
      upcoming: upcoming.length,
    },
  };
}
