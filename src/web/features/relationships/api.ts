import { queryOptions } from "@tanstack/react-query";
import { get } from "../../api/client.ts";
import type { PersonCard } from "../mentor-requests/api.ts";

export interface Match {
  id: string;
  program: { slug: string; name: string };
  myRole: "mentee" | "mentor";
  other: PersonCard;
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
