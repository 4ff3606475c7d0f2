import { queryOptions } from "@tanstack/react-query";
import { api, del, get, patch, post } from "../../../api/client.ts";
import type { MemberCard } from "../../relationships/api.ts";

export type AgendaSection = "reflect" | "select" | "act" | "other";
export type CommitmentStatus = "open" | "done" | "dropped";
export type PersonRef = { id: string; name: string };

export interface Commitment {
  id: string;
  relationshipId: string;
  sessionId: string;
  madeInSessionAt: string;
  owner: PersonRef;
  text: string;
  dueOn: string | null;
  status: CommitmentStatus;
  dropReason: string | null;
  closedAt: string | null;
  overdue: boolean;
  createdBy: PersonRef | null;
  createdAt: string;
  canChange: boolean;
}

export interface AgendaItem {
  id: string;
  sessionId: string;
  section: AgendaSection;
  text: string;
  addedBy: PersonRef | null;
  done: boolean;
  doneAt: string | null;
  createdAt: string;
  canEdit: boolean;
}

export interface SharedNote {
  body: string;
  version: number;
  updatedBy: PersonRef | null;
  updatedAt: string | null;
}

export interface SessionRoom {
  session: {
    id: string;
    relationshipId: string;
    startsAt: string;
    durationMinutes: number;
    channel: "in_person" | "video" | "phone";
    channelDetail: string | null;
    status: "proposed" | "confirmed" | "cancelled";
    outcome: "held" | "not_held" | "unclear" | null;
    number: number | null;
  };
  relationship: {
    id: string;
    kind: "pair" | "circle";
    name: string | null;
    status: "proposed" | "active" | "declined" | "ended";
  };
  members: MemberCard[];
  canWrite: boolean;
  agenda: {
    review: {
      title: string;
      prompt: string;
      commitments: Commitment[];
      /** Done or let go since the previous session. */
      closedSinceLastTime: Commitment[];
    };
    sections: { section: AgendaSection; title: string; prompt: string; items: AgendaItem[] }[];
  };
  sharedNote: SharedNote;
  myNote: { body: string; updatedAt: string | null };
  commitments: Commitment[];
  previousSessionId: string | null;
  nextSessionId: string | null;
}

export interface RelationshipCommitments {
  open: Commitment[];
  done: Commitment[];
  dropped: Commitment[];
}

export const sessionRoomQuery = (sessionId: string) =>
  queryOptions({
    queryKey: ["sessions", sessionId, "room"],
    queryFn: () => get<SessionRoom>(`/sessions/${sessionId}`),
  });

export const relationshipCommitmentsQuery = (relationshipId: string) =>
  queryOptions({
    queryKey: ["relationships", relationshipId, "commitments"],
    queryFn: () => get<RelationshipCommitments>(`/relationships/${relationshipId}/commitments`),
  });

export const addAgendaItem = (sessionId: string, body: { section: AgendaSection; text: string }) =>
  post<{ agendaItem: AgendaItem }>(`/sessions/${sessionId}/agenda-items`, body);

export const updateAgendaItem = (agendaItemId: string, body: { text?: string; done?: boolean }) =>
  patch<{ agendaItem: AgendaItem }>(`/agenda-items/${agendaItemId}`, body);

export const deleteAgendaItem = (agendaItemId: string) => del(`/agenda-items/${agendaItemId}`);

/** Saves over `version`; a 409 ApiError carries the current SharedNote in `details`. */
export const saveSharedNote = (sessionId: string, body: { body: string; version: number }) =>
  api<{ sharedNote: SharedNote }>("PUT", `/sessions/${sessionId}/shared-note`, body);

export const savePersonalNote = (sessionId: string, body: string) =>
  api<{ myNote: { body: string; updatedAt: string | null } }>(
    "PUT",
    `/sessions/${sessionId}/personal-note`,
    { body },
  );

export const addCommitment = (
  sessionId: string,
  body: { ownerId: string; text: string; dueOn: string | null },
) => post<{ commitment: Commitment }>(`/sessions/${sessionId}/commitments`, body);

export const updateCommitment = (
  commitmentId: string,
  body: { text?: string; dueOn?: string | null; status?: CommitmentStatus; dropReason?: string },
) => patch<{ commitment: Commitment }>(`/commitments/${commitmentId}`, body);

const dueFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
/** A due date (YYYY-MM-DD) as the reader's calendar shows it, without a time-zone shift. */
export function formatDueOn(dueOn: string): string {
  const [y, m, d] = dueOn.split("-").map(Number);
  if (!y || !m || !d) return dueOn;
  return dueFormat.format(new Date(y, m - 1, d));
}

export const channelLabels: Record<SessionRoom["session"]["channel"], string> = {
  in_person: "In person",
  video: "Video call",
  phone: "Phone",
};
