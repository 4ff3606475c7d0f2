import { queryOptions } from "@tanstack/react-query";
import { del, get, patch, post } from "../../../api/client.ts";

export type GoalStatus = "not_started" | "in_progress" | "reached" | "dropped";

export interface ProgressNote {
  id: string;
  body: string;
  author: { id: string; name: string } | null;
  createdAt: string;
}

export interface Milestone {
  id: string;
  title: string;
  dueOn: string | null;
  done: boolean;
  doneAt: string | null;
  position: number;
}

export interface Goal {
  id: string;
  title: string;
  /** How they will know it is reached. */
  measure: string;
  status: GoalStatus;
  position: number;
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  updatedAt: string;
  /** Newest first. */
  progressNotes: ProgressNote[];
  milestones: Milestone[];
}

export const goalStatusLabels: Record<GoalStatus, string> = {
  not_started: "Not started",
  in_progress: "In progress",
  reached: "Reached",
  dropped: "Dropped",
};

export const goalStatusColors: Record<GoalStatus, string> = {
  not_started: "gray",
  in_progress: "blue",
  reached: "mutual",
  dropped: "gray",
};

/** Query keys: the agreement shows the goals too, so both are refreshed after a change. */
export const goalsKey = (relationshipId: string) => ["relationships", relationshipId, "goals"];

export const goalsQuery = (relationshipId: string) =>
  queryOptions({
    queryKey: goalsKey(relationshipId),
    queryFn: () =>
      get<{ goals: Goal[]; maxGoals: number }>(`/relationships/${relationshipId}/goals`),
  });

export const addGoal = (relationshipId: string, input: { title: string; measure: string }) =>
  post<{ goal: Goal }>(`/relationships/${relationshipId}/goals`, input);

export const updateGoal = (
  goalId: string,
  input: Partial<{ title: string; measure: string; status: GoalStatus; position: number }>,
) => patch<{ goal: Goal }>(`/relationship-goals/${goalId}`, input);

export const deleteGoal = (goalId: string) => del(`/relationship-goals/${goalId}`);

export const addProgressNote = (goalId: string, body: string) =>
  post<{ goal: Goal }>(`/relationship-goals/${goalId}/progress`, { body });

export const addMilestone = (goalId: string, input: { title: string; dueOn: string | null }) =>
  post<{ goal: Goal }>(`/relationship-goals/${goalId}/milestones`, input);

export const updateMilestone = (
  milestoneId: string,
  input: Partial<{ title: string; dueOn: string | null; done: boolean }>,
) => patch<{ goal: Goal }>(`/goal-milestones/${milestoneId}`, input);
