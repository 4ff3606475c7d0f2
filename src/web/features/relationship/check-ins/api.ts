import { queryOptions } from "@tanstack/react-query";
import { get, post } from "../../../api/client.ts";

export type CheckInKind = "fit" | "regular";

/** One of my check-ins, with my own answers once I've given them. */
export interface MyCheckIn {
  id: string;
  relationshipId: string;
  kind: CheckInKind;
  state: "upcoming" | "open" | "answered" | "missed";
  dueAt: string;
  closesAt: string;
  answeredAt: string | null;
  answers: {
    goodFit: boolean | null;
    satisfaction: number | null;
    usefulness: number | null;
    expectations: number | null;
    comment: string | null;
  } | null;
}

export type CheckInAnswer =
  | { goodFit: boolean; comment?: string | null }
  | { satisfaction: number; usefulness: number; expectations: number; comment?: string | null };

export const relationshipCheckInsQuery = (relationshipId: string) =>
  queryOptions({
    queryKey: ["check-ins", relationshipId],
    queryFn: () => get<{ checkIns: MyCheckIn[] }>(`/relationships/${relationshipId}/check-ins`),
    select: (data) => data.checkIns,
  });

export const answerCheckIn = (checkInId: string, answer: CheckInAnswer) =>
  post<{ checkIn: MyCheckIn; offerRematch: boolean }>(`/check-ins/${checkInId}/answer`, answer);
