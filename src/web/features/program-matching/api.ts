import { queryOptions } from "@tanstack/react-query";
import { api, get } from "../../api/client.ts";

export type Criterion =
  | "skills"
  | "goals"
  | "questionnaire"
  | "seniority"
  | "crossDepartment"
  | "crossLocation"
  | "language"
  | "timeZone";

export type Weights = Record<Criterion, number>;

export interface MatchingSettings {
  mode: "bulk" | "choice" | "hybrid";
  weights: Weights;
  rules: { reportingChain: boolean; sameLocationRequired: boolean; notPreviousPairs: boolean };
  shortlistSize: number;
  responseDays: number;
}

export interface ProgramForMatching {
  slug: string;
  name: string;
  kind: "career" | "on_the_job";
  state: string;
  canManage: boolean;
  matching: MatchingSettings;
}

export type RunStatus = "queued" | "running" | "done" | "failed" | "published" | "discarded";

export interface RunSummary {
  id: string;
  status: RunStatus;
  progress: number;
  error: string | null;
  stats: {
    mentees: number;
    mentors: number;
    places: number;
    matched: number;
    unmatched: number;
    totalScore: number;
    solveMs: number;
  } | null;
  lockedCount: number;
  excludedCount: number;
  createdAt: string;
  finishedAt: string | null;
}

export interface RunPerson {
  id: string;
  name: string;
  email: string;
}

export interface Proposal {
  mentee: RunPerson;
  mentor: RunPerson & { capacity: number };
  score: number;
  reasons: string[];
  locked: boolean;
}

export interface RunDetail extends RunSummary {
  scoreBuckets: { from: number; to: number; count: number }[];
  mentorLoad: { full: number; partly: number; unused: number; placesUsed: number; places: number };
  pairs: { items: Proposal[]; total: number; page: number; pageSize: number };
  unmatched: { items: { person: RunPerson; reason: string; text: string }[]; total: number };
  excluded: { mentee: RunPerson; mentor: RunPerson }[];
}

export interface RunMentor extends RunPerson {
  capacity: number;
  assigned: number;
}

const runs = (slug: string) => `/programs/${encodeURIComponent(slug)}/matching-runs`;

export const programForMatchingQuery = (slug: string) =>
  queryOptions({
    queryKey: ["program", slug],
    queryFn: () => get<ProgramForMatching>(`/programs/${encodeURIComponent(slug)}`),
  });

export const matchingRunsQuery = (slug: string) =>
  queryOptions({
    queryKey: ["matching-runs", slug],
    queryFn: () => get<{ runs: RunSummary[] }>(runs(slug)),
    select: (data) => data.runs,
  });

export const matchingRunQuery = (slug: string, runId: string, page: number) =>
  queryOptions({
    queryKey: ["matching-run", slug, runId, page],
    queryFn: () => get<RunDetail>(`${runs(slug)}/${runId}?page=${page}&pageSize=50`),
    // Poll while the job works; stop once it has finished.
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === "queued" || status === "running" ? 700 : false;
    },
  });

export const runMentorsQuery = (slug: string, runId: string) =>
  queryOptions({
    queryKey: ["matching-run-mentors", slug, runId],
    queryFn: () => get<{ mentors: RunMentor[] }>(`${runs(slug)}/${runId}/mentors`),
    select: (data) => data.mentors,
  });

export const saveMatchingSettings = (slug: string, matching: MatchingSettings) =>
  api<ProgramForMatching>("PATCH", `/programs/${encodeURIComponent(slug)}`, { matching });

export const startRun = (slug: string, rerunOf?: string) =>
  api<RunSummary>("POST", runs(slug), rerunOf ? { rerunOf } : {});

export const lockPair = (slug: string, runId: string, menteeId: string) =>
  api<void>("POST", `${runs(slug)}/${runId}/locks`, { menteeId });

export const unlockPair = (slug: string, runId: string, menteeId: string) =>
  api<void>("DELETE", `${runs(slug)}/${runId}/locks/${menteeId}`);

export const swapMentors = (slug: string, runId: string, menteeIds: [string, string]) =>
  api<void>("POST", `${runs(slug)}/${runId}/swap`, { menteeIds });

export const excludePair = (slug: string, runId: string, menteeId: string, mentorId: string) =>
  api<void>("POST", `${runs(slug)}/${runId}/exclusions`, { menteeId, mentorId });

export const whyNot = (slug: string, runId: string, menteeId: string, mentorId: string) =>
  get<{ reason: string; text: string; score: number }>(
    `${runs(slug)}/${runId}/why-not/${menteeId}/${mentorId}`,
  );

export const publishRun = (slug: string, runId: string, startProgram: boolean) =>
  api<{ relationships: number; status: "active" | "proposed"; programState: string }>(
    "POST",
    `${runs(slug)}/${runId}/publish`,
    { startProgram },
  );

/** Each criterion in plain words, for the sliders. */
export const CRITERIA: { key: Criterion; label: string; help: string }[] = [
  {
    key: "skills",
    label: "Skills",
    help: "The mentor offers skills the mentee wants to grow, counting how much it matters to them, the mentor's level and how rare the skill is.",
  },
  {
    key: "goals",
    label: "Shared goals",
    help: "Both people work towards the same organizational objective.",
  },
  {
    key: "questionnaire",
    label: "Way of working",
    help: "Similar answers to the work-style and values questionnaire: the best predictor of a relationship that lasts.",
  },
  {
    key: "seniority",
    label: "Experience",
    help: "The mentor is further along in their career than the mentee.",
  },
  {
    key: "crossDepartment",
    label: "Another department",
    help: "They work in different departments, for a fresh perspective and a wider network.",
  },
  {
    key: "crossLocation",
    label: "Another location",
    help: "They are based in different places, to connect people across sites.",
  },
  { key: "language", label: "A shared language", help: "They can talk in a language both know." },
  {
    key: "timeZone",
    label: "Working hours in common",
    help: "Points for each hour of the working day they share, so meetings are easy to find.",
  },
];
