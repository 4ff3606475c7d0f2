import { queryOptions } from "@tanstack/react-query";
import { get } from "../../api/client.ts";

export interface PersonCard {
  id: string;
  name: string;
  title: string | null;
  department: string | null;
  location: string | null;
  photoUrl: string | null;
}

export type MentorRequestStatus =
  | "waiting"
  | "pending"
  | "accepted"
  | "declined"
  | "expired"
  | "withdrawn";

export interface MentorRequest {
  id: string;
  program: { slug: string; name: string };
  mentee: PersonCard;
  mentor: PersonCard;
  rank: number;
  status: MentorRequestStatus;
  message: string | null;
  declineReason: string | null;
  sentAt: string | null;
  respondBy: string | null;
  respondedAt: string | null;
}

export type ChoiceBlocker = "not_choice" | "not_open" | "not_mentee" | "matched" | "waiting";

export interface Choice {
  program: { slug: string; name: string; state: string };
  responseDays: number;
  maxChoices: number;
  canChoose: boolean;
  blocker: ChoiceBlocker | null;
  shortlist: { mentor: PersonCard; score: number; reasons: string[] }[];
  requests: MentorRequest[];
  relationshipId: string | null;
}

export const choiceQuery = (slug: string) =>
  queryOptions({
    queryKey: ["choice", slug],
    queryFn: () => get<Choice>(`/programs/${encodeURIComponent(slug)}/choice`),
  });

export const myRequestsQuery = queryOptions({
  queryKey: ["mentor-requests", "mine"],
  queryFn: () =>
    get<{
      incoming: MentorRequest[];
      outgoing: MentorRequest[];
      canChooseIn: { slug: string; name: string }[];
    }>("/me/mentor-requests"),
});

export const statusLabels: Record<MentorRequestStatus, string> = {
  waiting: "Waiting its turn",
  pending: "With the mentor",
  accepted: "Accepted",
  declined: "Not this time",
  expired: "Moved on",
  withdrawn: "Withdrawn",
};
