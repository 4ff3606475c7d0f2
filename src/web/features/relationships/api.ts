import { queryOptions } from "@tanstack/react-query";
import { get } from "../../api/client.ts";
import type { PersonCard } from "../mentor-requests/api.ts";

export type MemberRole = "mentor" | "mentee" | "facilitator" | "member";
export type MemberCard = PersonCard & { role: MemberRole };

export interface Match {
  id: string;
  kind: "pair" | "circle";
  name: string | null;
  program: { slug: string; name: string };
  myRole: MemberRole;
  other: PersonCard;
  /** Everyone in it except me. */
  others: MemberCard[];
  agreedAt: string | null;
  status: "proposed" | "active" | "declined" | "ended";
  source: "bulk" | "choice" | "hybrid" | "manual";
  reasons: string[];
  confirmedByMe: boolean;
  confirmedByOther: boolean;
  declinedByMe: boolean;
  myDeclineReason: string | null;
  canConfirm: boolean;
  canDecline: boolean;
  canAskForRematch: boolean;
  createdAt: string;
  startedAt: string | null;
  endedAt: string | null;
}

export interface RematchRequest {
  id: string;
  status: "open" | "resolved";
  category: string;
  categoryLabel: string;
  requestedBy: "mentee" | "mentor";
  mentee: { id: string; name: string };
  mentor: { id: string; name: string };
  matchStartedAt: string | null;
  matchEndedAt: string | null;
  createdAt: string;
  resolvedAt: string | null;
}

export const myMatchesQuery = queryOptions({
  queryKey: ["relationships", "mine"],
  queryFn: () =>
    get<{ relationships: Match[]; rematchCategories: { value: string; label: string }[] }>(
      "/me/relationships",
    ),
});

export const rematchRequestsQuery = (slug: string) =>
  queryOptions({
    queryKey: ["rematch-requests", slug],
    queryFn: () =>
      get<{ rematchRequests: RematchRequest[] }>(
        `/programs/${encodeURIComponent(slug)}/rematch-requests`,
      ),
    select: (data) => data.rematchRequests,
  });

export interface RelationshipMetadata {
  id: string;
  kind: "pair" | "circle";
  programId: string;
  status: Match["status"];
  source: Match["source"];
  createdAt: string;
  startedAt: string | null;
  endedAt: string | null;
  declinedAt: string | null;
}

export const relationshipQuery = (relationshipId: string) =>
  queryOptions({
    queryKey: ["relationships", relationshipId],
    queryFn: () =>
      get<{ relationship: Match | null; metadata: RelationshipMetadata }>(
        `/relationships/${relationshipId}`,
      ),
  });
