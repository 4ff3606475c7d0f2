import { queryOptions } from "@tanstack/react-query";
import { api, post } from "../../../api/client.ts";

export interface EndReasonOption {
  value: string;
  label: string;
}

export interface ClosureReview {
  goalsReached: { goalId: string; reached: boolean }[];
  learned: string;
  appreciation: string;
  reason: string;
  stayInTouch: boolean;
  submittedAt: string;
}

export interface Closure {
  status: "proposed" | "active" | "declined" | "ended";
  ended: {
    at: string;
    byMe: boolean;
    atEndDate: boolean;
    myReason: EndReasonOption | null;
  } | null;
  canClose: boolean;
  canReview: boolean;
  reviewOpenUntil: string | null;
  goals: { id: string; title: string; measure: string; status: string }[];
  myReview: ClosureReview | null;
  thanksForMe: { from: { id: string; name: string }; text: string; writtenAt: string }[];
  everyoneStaysInTouch: boolean;
  endReasons: EndReasonOption[];
}

export type ClosureReviewInput = Omit<ClosureReview, "submittedAt">;

export const closureQuery = (relationshipId: string) =>
  queryOptions({
    queryKey: ["relationships", relationshipId, "closure"],
    queryFn: () => api<Closure>("GET", `/relationships/${relationshipId}/closure`),
  });

export const closeRelationship = (relationshipId: string, reason: string) =>
  post<Closure>(`/relationships/${relationshipId}/close`, { reason });

export const submitClosureReview = (relationshipId: string, review: ClosureReviewInput) =>
  api<Closure>("PUT", `/relationships/${relationshipId}/closure-review`, review);
