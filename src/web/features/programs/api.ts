import { queryOptions } from "@tanstack/react-query";
import type { Measure } from "../../../modules/programs/measures.ts";
import type { NeedsAnalysis } from "../../../modules/programs/needs-analysis.ts";
import type { Recommendation } from "../../../modules/programs/recommend.ts";
import { api, del, get, patch, post } from "../../api/client.ts";

export type ProgramState = "draft" | "enrolling" | "matching" | "running" | "closing" | "closed";
export type Purpose =
  | "knowledge_transfer"
  | "high_potential"
  | "onboarding"
  | "culture"
  | "engagement"
  | "diversity"
  | "other";
export type Format = "one_to_one" | "group" | "peer" | "reverse" | "flash";
export type Roles = "mentor_mentee" | "everyone_both";
export type Kind = "career" | "on_the_job";
export type MatchingMode = "bulk" | "choice" | "hybrid";
export type Weights = Recommendation["weights"]["value"];
export type Eligibility =
  | { all: true }
  | { all?: false; departments: string[]; locations: string[]; personIds: string[] };

export interface MatchingSettings {
  mode: MatchingMode;
  weights: Weights;
  rules: { reportingChain: boolean; sameLocationRequired: boolean; notPreviousPairs: boolean };
  shortlistSize: number;
  responseDays: number;
}

export interface ProgramSummary {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  purpose: Purpose;
  format: Format;
  roles: Roles;
  kind: Kind;
  state: ProgramState;
  canManage: boolean;
  counts: { mentees: number; mentors: number; matched: number };
  createdAt: string;
}

export interface ProgramManager {
  personId: string;
  name: string;
  email: string;
}

export interface Program extends ProgramSummary {
  purposeOther: string | null;
  durationMonths: number;
  cadenceMinWeeks: number;
  cadenceMaxWeeks: number;
  eligibility: Eligibility;
  enrollmentOpensAt: string | null;
  enrollmentClosesAt: string | null;
  preparationRequired: boolean;
  measures: Measure[];
  matching: MatchingSettings;
  needsAnalysis: NeedsAnalysis | null;
  recommendation: Recommendation | null;
  managers: ProgramManager[];
}

export type ProgramSettings = Partial<
  Pick<
    Program,
    | "name"
    | "description"
    | "purpose"
    | "format"
    | "roles"
    | "kind"
    | "durationMonths"
    | "cadenceMinWeeks"
    | "cadenceMaxWeeks"
    | "eligibility"
    | "enrollmentOpensAt"
    | "enrollmentClosesAt"
    | "preparationRequired"
    | "measures"
    | "matching"
  >
>;

export interface PreparationPage {
  id: string;
  title: string;
  body: string;
  audience: "everyone" | "mentors" | "mentees";
  position: number;
  done: boolean;
}

const base = (slug: string) => `/programs/${encodeURIComponent(slug)}`;

export const programsQuery = queryOptions({
  queryKey: ["programs"],
  queryFn: () => get<{ programs: ProgramSummary[] }>("/programs"),
  select: (data) => data.programs,
});

export const programQuery = (slug: string) =>
  queryOptions({ queryKey: ["programs", slug], queryFn: () => get<Program>(base(slug)) });

export const preparationQuery = (slug: string) =>
  queryOptions({
    queryKey: ["programs", slug, "preparation"],
    queryFn: () => get<{ pages: PreparationPage[] }>(`${base(slug)}/preparation`),
    select: (data) => data.pages,
  });

export const createProgram = (
  input: ProgramSettings & { name: string; purpose: Purpose; needsAnalysis?: NeedsAnalysis },
) => post<{ slug: string }>("/programs", input);

export const updateProgram = (slug: string, input: ProgramSettings) =>
  patch<Program>(base(slug), input);

export const changeState = (slug: string, to: ProgramState) =>
  post<Program>(`${base(slug)}/state`, { to });

export const addManager = (slug: string, personId: string) =>
  post<{ managers: ProgramManager[] }>(`${base(slug)}/managers`, { personId });

export const removeManager = (slug: string, personId: string) =>
  del<{ managers: ProgramManager[] }>(`${base(slug)}/managers/${personId}`);

type PageInput = Pick<PreparationPage, "title" | "body" | "audience">;
export const createPage = (slug: string, input: PageInput) =>
  post<PreparationPage>(`${base(slug)}/preparation`, input);
export const updatePage = (slug: string, pageId: string, input: Partial<PageInput>) =>
  patch<PreparationPage>(`${base(slug)}/preparation/${pageId}`, input);
export const deletePage = (slug: string, pageId: string) =>
  del(`${base(slug)}/preparation/${pageId}`);
export const reorderPages = (slug: string, pageIds: string[]) =>
  api<{ pages: PreparationPage[] }>("PUT", `${base(slug)}/preparation/order`, { pageIds });
export const markDone = (slug: string, pageId: string, done: boolean) =>
  api<{ id: string; done: boolean }>(
    done ? "PUT" : "DELETE",
    `${base(slug)}/preparation/${pageId}/done`,
  );
