import { queryOptions } from "@tanstack/react-query";
import { del, get, patch, post } from "../../../api/client.ts";

/** One of my debriefs: only I ever get these back from the server. */
export interface Debrief {
  id: string;
  learned: string;
  sharedWithProgram: boolean;
  sessionId: string | null;
  createdAt: string;
}

export interface MyDebriefs {
  debriefs: Debrief[];
  /** A few held sessions since my last debrief: a gentle prompt. */
  due: boolean;
  everySessions: number;
  canWrite: boolean;
  /** After closure: the last moment a debrief can still be written. */
  openUntil: string | null;
}

export const myDebriefsQuery = (relationshipId: string) =>
  queryOptions({
    queryKey: ["relationships", relationshipId, "debriefs"],
    queryFn: () => get<MyDebriefs>(`/relationships/${relationshipId}/debriefs`),
  });

export const addDebrief = (
  relationshipId: string,
  body: { learned: string; sharedWithProgram: boolean },
) => post<Debrief>(`/relationships/${relationshipId}/debriefs`, body);

export const updateDebrief = (
  debriefId: string,
  body: { learned?: string; sharedWithProgram?: boolean },
) => patch<Debrief>(`/debriefs/${debriefId}`, body);

export const deleteDebrief = (debriefId: string) => del(`/debriefs/${debriefId}`);

export interface LearningLog {
  program: { slug: string; name: string };
  /** The log shows once at least this many different people have shared. */
  minPeople: number;
  enoughPeople: boolean;
  months: { month: string; entries: { learned: string }[] }[];
}

export const learningLogQuery = (slug: string) =>
  queryOptions({
    queryKey: ["programs", slug, "learning-log"],
    queryFn: () => get<LearningLog>(`/programs/${encodeURIComponent(slug)}/learning-log`),
  });
