import { queryOptions } from "@tanstack/react-query";
import { api, del, get, patch, post } from "../../api/client.ts";
import type { Me, Role } from "../../api/types.ts";

export type MentoringFormat = "one_to_one" | "group" | "peer" | "reverse" | "flash";
export type MeetingPreference = "in_person" | "remote" | "either";

export interface PersonLink {
  id: string;
  name: string;
  title: string | null;
  photoUrl: string | null;
}

export interface Goal {
  id: string;
  text: string;
  position: number;
  objective: { id: string; title: string; archived: boolean } | null;
}

export interface Profile {
  id: string;
  email: string;
  name: string;
  preferredName: string | null;
  pronouns: string | null;
  title: string | null;
  bio: string | null;
  department: string | null;
  location: string | null;
  timeZone: string | null;
  languages: string[];
  hireDate: string | null;
  employeeId: string | null;
  role: Role;
  status: "active" | "deactivated";
  photoUrl: string | null;
  manager: PersonLink | null;
  directReports: number;
  mentoring: {
    openToMentor: boolean;
    mentorCapacity: number;
    openToBeMentored: boolean;
    preferredFormats: MentoringFormat[];
    meetingPreference: MeetingPreference;
  };
  goals: Goal[];
  canEdit: { profile: boolean; workDetails: boolean };
}

export interface Objective {
  id: string;
  title: string;
  description: string | null;
  archived: boolean;
}

export interface Question {
  id: string;
  prompt: string;
  options: string[];
  position: number;
  archived: boolean;
}

export const profileQuery = (personId: string) =>
  queryOptions({
    queryKey: ["profile", personId],
    queryFn: () => get<Profile>(`/people/${personId}/profile`),
  });

export const objectivesQuery = (includeArchived = false) =>
  queryOptions({
    queryKey: ["objectives", { includeArchived }],
    queryFn: () =>
      get<{ objectives: Objective[] }>(
        `/objectives${includeArchived ? "?includeArchived=true" : ""}`,
      ),
    select: (data) => data.objectives,
  });

export const myQuestionnaireQuery = queryOptions({
  queryKey: ["questionnaire", "mine"],
  queryFn: () =>
    get<{ questions: Question[]; answers: Record<string, number> }>("/me/questionnaire"),
});

export const questionsQuery = queryOptions({
  queryKey: ["questionnaire", "questions"],
  queryFn: () => get<{ questions: Question[] }>("/questionnaire/questions?includeArchived=true"),
  select: (data) => data.questions,
});

export interface ProfileChanges {
  name?: string;
  preferredName?: string | null;
  pronouns?: string | null;
  title?: string | null;
  bio?: string | null;
  department?: string | null;
  location?: string | null;
  timeZone?: string | null;
  languages?: string[];
  openToMentor?: boolean;
  mentorCapacity?: number;
  openToBeMentored?: boolean;
  preferredFormats?: MentoringFormat[];
  meetingPreference?: MeetingPreference;
}

export const updateProfile = (changes: ProfileChanges) => patch<Me>("/me/profile", changes);

export const PROFILE_LIMITS = { name: 120, title: 120, bio: 2000 } as const;

export const uploadPhoto = (image: string) =>
  api<{ photoUrl: string | null }>("PUT", "/me/photo", { image });
export const removePhoto = () => del<{ photoUrl: string | null }>("/me/photo");

type Goals = { goals: Goal[] };
export const addGoal = (text: string, objectiveId: string | null) =>
  post<Goals>("/me/goals", { text, objectiveId });
export const updateGoal = (
  goalId: string,
  changes: { text?: string; objectiveId?: string | null },
) => patch<Goals>(`/me/goals/${goalId}`, changes);
export const deleteGoal = (goalId: string) => del<Goals>(`/me/goals/${goalId}`);
export const reorderGoals = (goalIds: string[]) =>
  api<Goals>("PUT", "/me/goals/order", { goalIds });

export const saveAnswers = (answers: { questionId: string; option: number | null }[]) =>
  api<{ questions: Question[]; answers: Record<string, number> }>("PUT", "/me/questionnaire", {
    answers,
  });

export const createObjective = (input: { title: string; description: string | null }) =>
  post<Objective>("/objectives", input);
export const updateObjective = (
  id: string,
  changes: { title?: string; description?: string | null; archived?: boolean },
) => patch<Objective>(`/objectives/${id}`, changes);

export const createQuestion = (input: { prompt: string; options: string[] }) =>
  post<Question>("/questionnaire/questions", input);
export const updateQuestion = (
  id: string,
  changes: { prompt?: string; options?: string[]; archived?: boolean },
) => patch<Question>(`/questionnaire/questions/${id}`, changes);
export const reorderQuestions = (questionIds: string[]) =>
  api<{ questions: Question[] }>("PUT", "/questionnaire/questions/order", { questionIds });

export const formatLabels: Record<MentoringFormat, string> = {
  one_to_one: "One to one",
  group: "Group circles",
  peer: "Peer to peer",
  reverse: "Reverse (junior mentors senior)",
  flash: "Flash (a single conversation)",
};

export const meetingLabels: Record<MeetingPreference, string> = {
  in_person: "In person",
  remote: "Remote",
  either: "Either is fine",
};
