import { queryOptions } from "@tanstack/react-query";
import { api, del, get, patch, post } from "../../api/client.ts";

export type QuestionKind =
  | "short_text"
  | "long_text"
  | "single_choice"
  | "multiple_choice"
  | "scale";
export type AnswerValue = string | string[] | number;
export type EnrollmentStatus = "started" | "submitted" | "withdrawn";

export const kindLabels: Record<QuestionKind, string> = {
  short_text: "Short answer",
  long_text: "Longer answer",
  single_choice: "One choice",
  multiple_choice: "Several choices",
  scale: "Scale from 1 to 5",
};

export const statusLabels: Record<EnrollmentStatus, string> = {
  started: "Started",
  submitted: "Sent",
  withdrawn: "Withdrawn",
};

export interface EnrollmentQuestion {
  id: string;
  kind: QuestionKind;
  prompt: string;
  helpText: string | null;
  options: string[];
  required: boolean;
  usedForMatching: boolean;
  position: number;
  archived: boolean;
}

export interface ManagedQuestion extends EnrollmentQuestion {
  answerCount: number;
}

export interface QuestionDraft {
  kind: QuestionKind;
  prompt: string;
  helpText: string | null;
  options: string[];
  required: boolean;
  usedForMatching: boolean;
}

export interface EnrollmentForm {
  program: {
    slug: string;
    name: string;
    description: string | null;
    state: string;
    roles: "mentor_mentee" | "everyone_both";
    enrollmentOpensAt: string | null;
    enrollmentClosesAt: string | null;
  };
  canEnrol: boolean;
  reason: string | null;
  canWithdraw: boolean;
  profile: {
    skillsOffered: { name: string; level: number }[];
    skillsWanted: { name: string; priority: number }[];
    goals: string[];
    openToMentor: boolean;
    openToBeMentored: boolean;
    mentorCapacity: number;
    preferredFormats: string[];
    meetingPreference: string;
    questionnaire: { prompt: string; answer: string }[];
  };
  questions: EnrollmentQuestion[];
  enrollment: {
    status: EnrollmentStatus;
    asMentee: boolean;
    asMentor: boolean;
    mentorCapacity: number;
    submittedAt: string | null;
    answers: { questionId: string; value: AnswerValue }[];
  } | null;
}

export interface SaveEnrollment {
  asMentee: boolean;
  asMentor: boolean;
  mentorCapacity?: number;
  answers: { questionId: string; value: AnswerValue | null }[];
  submit: boolean;
}

export interface EnrollmentListItem {
  id: string;
  personId: string;
  personName: string;
  asMentee: boolean;
  asMentor: boolean;
  mentorCapacity: number;
  status: EnrollmentStatus;
  submittedAt: string | null;
  preparationDone: number;
  preparationTotal: number;
}

export interface EnrollmentCounts {
  started: number;
  submitted: number;
  withdrawn: number;
  mentees: number;
  mentors: number;
}

export interface EnrollmentFilters {
  status?: EnrollmentStatus;
  role?: "mentee" | "mentor";
}

const base = (slug: string) => `/programs/${encodeURIComponent(slug)}`;

export const filtersQueryString = (filters: EnrollmentFilters) => {
  const params = new URLSearchParams();
  if (filters.status) params.set("status", filters.status);
  if (filters.role) params.set("role", filters.role);
  const text = params.toString();
  return text ? `?${text}` : "";
};

export const enrollmentFormQuery = (slug: string) =>
  queryOptions({
    queryKey: ["enrollment-form", slug],
    queryFn: () => get<EnrollmentForm>(`${base(slug)}/enrollment`),
    // The page keeps what the person is typing: it reloads after a save, not on window focus.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });

export const enrollmentQuestionsQuery = (slug: string) =>
  queryOptions({
    queryKey: ["enrollment-questions", slug],
    queryFn: () => get<{ questions: ManagedQuestion[] }>(`${base(slug)}/enrollment-questions`),
    select: (data) => data.questions,
  });

export const enrollmentsQuery = (slug: string, filters: EnrollmentFilters) =>
  queryOptions({
    queryKey: ["enrollments", slug, filters],
    queryFn: () =>
      get<{ enrollments: EnrollmentListItem[]; truncated: boolean; counts: EnrollmentCounts }>(
        `${base(slug)}/enrollments${filtersQueryString(filters)}`,
      ),
  });

export const enrollmentsCsvUrl = (slug: string, filters: EnrollmentFilters) =>
  `/api${base(slug)}/enrollments/export${filtersQueryString(filters)}`;

export const saveEnrollment = (slug: string, body: SaveEnrollment) =>
  api<{ status: EnrollmentStatus; submittedAt: string | null }>(
    "PUT",
    `${base(slug)}/enrollment`,
    body,
  );

export const withdrawEnrollment = (slug: string) =>
  post<{ status: EnrollmentStatus }>(`${base(slug)}/enrollment/withdraw`);

export const createEnrollmentQuestion = (slug: string, body: QuestionDraft) =>
  post<EnrollmentQuestion>(`${base(slug)}/enrollment-questions`, body);

export const updateEnrollmentQuestion = (
  slug: string,
  id: string,
  body: Partial<QuestionDraft> & { archived?: boolean },
) => patch<EnrollmentQuestion>(`${base(slug)}/enrollment-questions/${id}`, body);

export const deleteEnrollmentQuestion = (slug: string, id: string) =>
  del(`${base(slug)}/enrollment-questions/${id}`);

export const reorderEnrollmentQuestions = (slug: string, questionIds: string[]) =>
  api<void>("PUT", `${base(slug)}/enrollment-questions/order`, { questionIds });
