import { queryOptions, useQueryClient } from "@tanstack/react-query";
import { get, post } from "../../../api/client.ts";

export type MeetingChannel = "in_person" | "video" | "phone";
export type SessionStatus = "proposed" | "confirmed" | "cancelled";
export type SessionOutcome = "held" | "not_held" | "unclear";

export interface SessionMember {
  id: string;
  name: string;
  role: "mentor" | "mentee" | "facilitator" | "member";
  /** Their profile's zone; null when they haven't set one. */
  timeZone: string | null;
  isMe: boolean;
}

export interface Session {
  id: string;
  relationshipId: string;
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  channel: MeetingChannel;
  channelDetail: string | null;
  status: SessionStatus;
  proposedBy: { id: string; name: string } | null;
  proposedByMe: boolean;
  cancelledBy: { id: string; name: string } | null;
  cancelledAt: string | null;
  hasEnded: boolean;
  canConfirm: boolean;
  canChange: boolean;
  needsMyAnswer: boolean;
  myAnswer: { tookPlace: boolean; absentIds: string[] } | null;
  answeredIds: string[];
  outcome: SessionOutcome | null;
  noShowIds: string[];
  hasCommitment: boolean;
  localTimes: { personId: string; timeZone: string; local: string; weekday: string }[];
  calendarUrl: string;
}

export interface SessionList {
  canPlan: boolean;
  planBlockedBy: "no_agreement" | "not_started" | "closed" | null;
  defaults: { durationMinutes: number; channel: MeetingChannel; channelDetail: string | null };
  members: SessionMember[];
  upcoming: Session[];
  past: Session[];
  counts: {
    held: number;
    notHeld: number;
    unclear: number;
    awaitingAnswers: number;
    cancelled: number;
    upcoming: number;
  };
}

export const sessionsKey = (relationshipId: string) => [
  "relationships",
  relationshipId,
  "sessions",
];

/** After a session changes: its relationship's list, its own page, and the home page. */
export function useRefreshSession(session: Pick<Session, "id" | "relationshipId">) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: sessionsKey(session.relationshipId) }),
      queryClient.invalidateQueries({ queryKey: ["sessions", session.id] }),
      queryClient.invalidateQueries({ queryKey: ["cockpit"] }),
    ]);
}

export const sessionsQuery = (relationshipId: string) =>
  queryOptions({
    queryKey: sessionsKey(relationshipId),
    queryFn: () => get<SessionList>(`/relationships/${relationshipId}/sessions`),
  });

export type SessionTimeInput = {
  /** ISO 8601 with an offset. */
  startsAt: string;
  durationMinutes?: number;
  channel?: MeetingChannel;
  channelDetail?: string | null;
};

type Changed = { id: string; status: SessionStatus };

export const proposeSession = (relationshipId: string, body: SessionTimeInput) =>
  post<Changed>(`/relationships/${relationshipId}/sessions`, body);

export const confirmSession = (sessionId: string) =>
  post<Changed>(`/sessions/${sessionId}/confirm`);

export const rescheduleSession = (sessionId: string, body: SessionTimeInput) =>
  post<Changed>(`/sessions/${sessionId}/reschedule`, body);

export const cancelSession = (sessionId: string) => post<Changed>(`/sessions/${sessionId}/cancel`);

export const answerAttendance = (
  sessionId: string,
  body: { tookPlace: boolean; absentIds?: string[] },
) => post<{ outcome: SessionOutcome | null }>(`/sessions/${sessionId}/attendance`, body);

export const channelLabels: Record<MeetingChannel, string> = {
  in_person: "In person",
  video: "Video call",
  phone: "Phone call",
};
