import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import {
  agendaItems,
  commitments,
  mentoringSessions,
  sessionPersonalNotes,
  sessionSharedNotes,
} from "../../db/schema-relationships.ts";
import { authorize } from "../../server/authz/index.ts";
import type { Ctx } from "../../server/context.ts";
import { personCards } from "../mentor-requests/person-cards.ts";
import { memberCard } from "../relationships/list-my-relationships.ts";
import { memberCardSchema } from "../relationships/presenters.ts";
import { AGENDA_SECTION_KEYS, AGENDA_SECTIONS, REVIEW_PROMPT } from "./agenda-prompts.ts";
import { carriedOver, closedSinceLastTime, compareSessions, neighbours } from "./carry-over.ts";
import { loadSession } from "./load-session.ts";
import {
  actorToday,
  agendaItemSchema,
  commitmentSchema,
  nameFrom,
  personalNoteSchema,
  presentAgendaItem,
  presentCommitment,
  sharedNoteSchema,
} from "./presenters.ts";

export const sessionRoomSchema = z.object({
  session: z.object({
    id: z.uuid(),
    relationshipId: z.uuid(),
    startsAt: z.iso.datetime(),
    durationMinutes: z.number().int(),
    channel: z.enum(["in_person", "video", "phone"]),
    /** A video link, a room, or a phone number. */
    channelDetail: z.string().nullable(),
    status: z.enum(["proposed", "confirmed", "cancelled"]),
    outcome: z.enum(["held", "not_held", "unclear"]).nullable(),
    /** Its place among the sessions that happen (1 for the first); null when cancelled. */
    number: z.number().int().nullable(),
  }),
  relationship: z.object({
    id: z.uuid(),
    kind: z.enum(["pair", "circle"]),
    name: z.string().nullable(),
    status: z.enum(["proposed", "active", "declined", "ended"]),
  }),
  members: z.array(memberCardSchema),
  /** Whether the agenda, notes and commitments can still change (a running relationship). */
  canWrite: z.boolean(),
  agenda: z.object({
    review: z.object({
      title: z.string(),
      prompt: z.string(),
      /** Commitments from earlier sessions that were still open when this one started. */
      commitments: z.array(commitmentSchema),
      /** Earlier commitments done or let go since the previous session: reviewed once, here. */
      closedSinceLastTime: z.array(commitmentSchema),
    }),
    sections: z.array(
      z.object({
        section: z.enum(["reflect", "select", "act", "other"]),
        title: z.string(),
        prompt: z.string(),
        items: z.array(agendaItemSchema),
      }),
    ),
  }),
  sharedNote: sharedNoteSchema,
  /** The reader's own note on this session; nobody else's is ever sent. */
  myNote: personalNoteSchema,
  /** Commitments made in this session. */
  commitments: z.array(commitmentSchema),
  previousSessionId: z.uuid().nullable(),
  nextSessionId: z.uuid().nullable(),
});
export type SessionRoom = z.infer<typeof sessionRoomSchema>;

/**
 * The session room, for the relationship's members: the session, its agenda (the commitments
 * carried over from earlier sessions first, then reflect, select, act with people's own items),
 * the shared note, the reader's own note, and the commitments made in it.
 */
export async function getSessionRoom(
  ctx: Ctx,
  sessionId: string,
  now = new Date(),
): Promise<SessionRoom> {
  const db = ctx.db;
  const {
    session,
    relationship,
    members: memberRoles,
  } = await loadSession(db, ctx, sessionId, "read");
  const sessions = await db
    .select({
      id: mentoringSessions.id,
      startsAt: mentoringSessions.startsAt,
      status: mentoringSessions.status,
    })
    .from(mentoringSessions)
    .where(eq(mentoringSessions.relationshipId, relationship.id));
  const all = await db
    .select()
    .from(commitments)
    .where(eq(commitments.relationshipId, relationship.id))
    .orderBy(asc(commitments.createdAt), asc(commitments.id));
  const items = await db
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.sessionId, session.id))
    .orderBy(asc(agendaItems.position), asc(agendaItems.createdAt));
  const [shared] = await db
    .select()
    .from(sessionSharedNotes)
    .where(eq(sessionSharedNotes.sessionId, session.id));
  const [mine] = await db
    .select()
    .from(sessionPersonalNotes)
    .where(
      and(
        eq(sessionPersonalNotes.sessionId, session.id),
        eq(sessionPersonalNotes.personId, ctx.actor.personId),
      ),
    );
  if (mine) {
    authorize(ctx.actor, "relationship.ownContent", {
      organizationId: mine.organizationId,
      personId: mine.personId,
    });
  }

  // One read of people: the members' cards and the names of whoever the answer mentions.
  const mentioned = [
    ...all.flatMap((c) => [c.ownerId, c.createdById]),
    ...items.map((i) => i.addedById),
    shared?.updatedById ?? null,
  ];
  const cards = await personCards(db, ctx.actor.organizationId, [
    ...memberRoles.map((m) => m.personId),
    ...mentioned.filter((id): id is string => id !== null),
  ]);
  const members = memberRoles.map((m) => memberCard(cards, m));
  const name = nameFrom(cards);
  const today = await actorToday(db, ctx, now);
  const startsAtOf = new Map(sessions.map((s) => [s.id, s.startsAt]));
  const present = (c: (typeof all)[number]) =>
    presentCommitment(ctx.actor, c, startsAtOf.get(c.sessionId) ?? session.startsAt, name, today);
  const happening = sessions.filter((s) => s.status !== "cancelled").sort(compareSessions);
  const index = happening.findIndex((s) => s.id === session.id);

  return {
    session: {
      id: session.id,
      relationshipId: relationship.id,
      startsAt: session.startsAt.toISOString(),
      durationMinutes: session.durationMinutes,
      channel: session.channel,
      channelDetail: session.channelDetail,
      status: session.status,
      outcome: session.outcome,
      number: index >= 0 ? index + 1 : null,
    },
    relationship: {
      id: relationship.id,
      kind: relationship.kind,
      name: relationship.name,
      status: relationship.status,
    },
    members,
    canWrite: relationship.status === "active",
    agenda: {
      review: {
        ...REVIEW_PROMPT,
        commitments: carriedOver(session, sessions, all).map(present),
        closedSinceLastTime: closedSinceLastTime(session, sessions, all).map(present),
      },
      sections: AGENDA_SECTION_KEYS.map((section) => ({
        section,
        ...AGENDA_SECTIONS[section],
        items: items
          .filter((i) => i.section === section)
          .map((i) => presentAgendaItem(ctx.actor, i, name)),
      })),
    },
    sharedNote: shared
      ? {
          body: shared.body,
          version: shared.version,
          updatedBy: name(shared.updatedById),
          updatedAt: shared.updatedAt.toISOString(),
        }
      : { body: "", version: 0, updatedBy: null, updatedAt: null },
    myNote: { body: mine?.body ?? "", updatedAt: mine?.updatedAt.toISOString() ?? null },
    commitments: all.filter((c) => c.sessionId === session.id).map(present),
    ...neighbours(session, sessions),
  };
}
