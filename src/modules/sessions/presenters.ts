import { z } from "zod";
import type { MemberRole, MentoringSession } from "../../db/schema-relationships.ts";
import { safeTimeZone, toLocalInput, wallClock } from "./local-time.ts";
import type { SessionMember } from "./members.ts";
import { deriveOutcome, noShowsOf, type SessionOutcome } from "./outcome.ts";
import { endOf, hasEnded, mayChange, mayConfirm } from "./rules.ts";
import { meetingChannelSchema } from "./schemas.ts";

const personRef = z.object({ id: z.uuid(), name: z.string() });

export const sessionMemberSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  role: z.enum(["mentor", "mentee", "facilitator", "member"]),
  /** Their profile's IANA zone; null when they haven't set one (times then read in UTC). */
  timeZone: z.string().nullable(),
  isMe: z.boolean(),
});

export const sessionSchema = z.object({
  id: z.uuid(),
  relationshipId: z.uuid(),
  startsAt: z.iso.datetime(),
  endsAt: z.iso.datetime(),
  durationMinutes: z.number().int(),
  channel: meetingChannelSchema,
  /** The meeting link, room or phone number (for the members only). */
  channelDetail: z.string().nullable(),
  status: z.enum(["proposed", "confirmed", "cancelled"]),
  proposedBy: personRef.nullable(),
  proposedByMe: z.boolean(),
  cancelledBy: personRef.nullable(),
  cancelledAt: z.iso.datetime().nullable(),
  hasEnded: z.boolean(),
  canConfirm: z.boolean(),
  /** Reschedule or cancel. */
  canChange: z.boolean(),
  /** It's over, wasn't cancelled, and I haven't said whether it happened. */
  needsMyAnswer: z.boolean(),
  myAnswer: z.object({ tookPlace: z.boolean(), absentIds: z.array(z.uuid()) }).nullable(),
  answeredIds: z.array(z.uuid()),
  /** Derived from everyone's answers; null while pending. */
  outcome: z.enum(["held", "not_held", "unclear"]).nullable(),
  /** People someone said didn't come. */
  noShowIds: z.array(z.uuid()),
  /** Whether anyone has written a commitment in it yet (needed before saying it happened). */
  hasCommitment: z.boolean(),
  /** The start on each member's clock. */
  localTimes: z.array(
    z.object({
      personId: z.uuid(),
      timeZone: z.string(),
      /** YYYY-MM-DDTHH:mm on their clock. */
      local: z.string(),
      weekday: z.string(),
    }),
  ),
  calendarUrl: z.string(),
});
export type SessionView = z.infer<typeof sessionSchema>;

export const sessionListSchema = z.object({
  canPlan: z.boolean(),
  /** Why sessions can't be planned now. */
  planBlockedBy: z.enum(["no_agreement", "not_started", "closed"]).nullable(),
  /** The agreement's length and channel, used when a proposal leaves them out. */
  defaults: z.object({
    durationMinutes: z.number().int(),
    channel: meetingChannelSchema,
    channelDetail: z.string().nullable(),
  }),
  members: z.array(sessionMemberSchema),
  upcoming: z.array(sessionSchema),
  past: z.array(sessionSchema),
  counts: z.object({
    held: z.number().int(),
    notHeld: z.number().int(),
    unclear: z.number().int(),
    awaitingAnswers: z.number().int(),
    cancelled: z.number().int(),
    upcoming: z.number().int(),
  }),
});

export type Answer = {
  sessionId: string;
  personId: string;
  tookPlace: boolean;
  absentIds: string[];
  answeredAt: Date;
};

/** The session's outcome now: from the answers (the seven-day rule may have settled it since). */
function currentOutcome(
  session: Pick<MentoringSession, "status" | "outcome">,
  answers: readonly Answer[],
  memberIds: readonly string[],
  now: Date,
): SessionOutcome | null {
  if (session.status === "cancelled") return null;
  return deriveOutcome({ memberIds, answers, now }) ?? session.outcome;
}

export function presentSession(input: {
  session: MentoringSession;
  members: readonly SessionMember[];
  me: { personId: string; role: MemberRole | null; kind: "pair" | "circle" };
  answers: readonly Answer[];
  hasCommitment: boolean;
  /** The relationship is running: a closed one shows its sessions without any buttons. */
  writable: boolean;
  now: Date;
}): SessionView {
  const { session, members, me, now, writable } = input;
  const ref = (id: string | null) => {
    const person = members.find((m) => m.id === id);
    return id ? { id, name: person?.name ?? "Someone who has left" } : null;
  };
  const ended = hasEnded(session, now);
  const mine = input.answers.find((a) => a.personId === me.personId);
  return {
    id: session.id,
    relationshipId: session.relationshipId,
    startsAt: session.startsAt.toISOString(),
    endsAt: endOf(session).toISOString(),
    durationMinutes: session.durationMinutes,
    channel: session.channel,
    channelDetail: session.channelDetail,
    status: session.status,
    proposedBy: ref(session.proposedById),
    proposedByMe: session.proposedById === me.personId,
    cancelledBy: ref(session.cancelledById),
    cancelledAt: session.cancelledAt?.toISOString() ?? null,
    hasEnded: ended,
    canConfirm: writable && mayConfirm(session, me, now),
    canChange: writable && mayChange(session, me, now),
    needsMyAnswer: writable && ended && session.status !== "cancelled" && !mine,
    myAnswer: mine ? { tookPlace: mine.tookPlace, absentIds: mine.absentIds } : null,
    answeredIds: input.answers.map((a) => a.personId),
    outcome: currentOutcome(
      session,
      input.answers,
      members.map((m) => m.id),
      now,
    ),
    noShowIds: noShowsOf(input.answers),
    hasCommitment: input.hasCommitment,
    localTimes: members.map((member) => {
      const zone = safeTimeZone(member.timeZone);
      return {
        personId: member.id,
        timeZone: zone,
        local: toLocalInput(session.startsAt, zone),
        weekday: wallClock(session.startsAt, zone).weekday,
      };
    }),
    calendarUrl: `/api/sessions/${session.id}/calendar.ics`,
  };
}
