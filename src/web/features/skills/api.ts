import { queryOptions } from "@tanstack/react-query";
import { api, del, get, patch, post } from "../../api/client.ts";

/** Shown wherever the starter taxonomy is offered; the same line is in NOTICE. */
export const ESCO_ATTRIBUTION =
  "This service uses the ESCO classification of the European Commission.";

export type SkillStatus = "approved" | "proposed";

export interface SkillSummary {
  id: string;
  name: string;
  category: string | null;
  status: SkillStatus;
}

export interface SkillMatch extends SkillSummary {
  matchedSynonym: string | null;
  offeredCount: number;
}

export interface Skill extends SkillSummary {
  description: string | null;
  synonyms: string[];
  escoUri: string | null;
}

export interface CatalogSkill extends Skill {
  offeredCount: number;
  wantedCount: number;
}

export interface SkillProposal extends Skill {
  proposedBy: { id: string; name: string } | null;
  proposedAt: string;
  peopleCount: number;
}

export interface PersonSkills {
  offered: { skill: SkillSummary; level: number; canTeach: boolean }[];
  wanted: { skill: SkillSummary; priority: number }[];
}

export interface SkillChanges {
  name?: string;
  category?: string | null;
  description?: string | null;
  synonyms?: string[];
}

export const SKILL_LIMITS = { name: 120, category: 80, description: 1000, synonyms: 30 };

export const levelLabels: Record<number, string> = {
  1: "Some experience",
  2: "Working knowledge",
  3: "Confident",
  4: "Advanced",
  5: "Expert",
};

export const priorityLabels: Record<number, string> = {
  1: "Nice to have",
  2: "Important",
  3: "Most important",
};

export const searchSkillsQuery = (q: string) =>
  queryOptions({
    queryKey: ["skills", "search", q],
    queryFn: () => get<{ skills: SkillMatch[] }>(`/skills?q=${encodeURIComponent(q)}&limit=8`),
    select: (data) => data.skills,
    enabled: q.trim() !== "",
    staleTime: 30_000,
  });

export const personSkillsQuery = (personId: string) =>
  queryOptions({
    queryKey: ["person-skills", personId],
    queryFn: () => get<PersonSkills>(`/people/${personId}/skills`),
  });

export const skillCategoriesQuery = () =>
  queryOptions({
    queryKey: ["skills", "categories"],
    queryFn: () =>
      get<{ categories: { name: string | null; skillCount: number }[] }>("/skill-categories"),
    select: (data) => data.categories,
  });

/** category: undefined for every skill, "" for those without a category. */
export const skillCatalogQuery = (category: string | undefined) =>
  queryOptions({
    queryKey: ["skills", "catalog", category ?? null],
    queryFn: () =>
      get<{ skills: CatalogSkill[] }>(
        category === undefined
          ? "/skills/catalog"
          : `/skills/catalog?category=${encodeURIComponent(category)}`,
      ),
    select: (data) => data.skills,
  });

export const skillProposalsQuery = () =>
  queryOptions({
    queryKey: ["skills", "proposals"],
    queryFn: () => get<{ proposals: SkillProposal[] }>("/skill-proposals"),
    select: (data) => data.proposals,
  });

export const proposeSkill = (name: string) =>
  post<{ skill: Skill; created: boolean }>("/skill-proposals", { name });

export const setOfferedSkill = (
  personId: string,
  skillId: string,
  body: { level: number; canTeach: boolean },
) => api<PersonSkills>("PUT", `/people/${personId}/skills/offered/${skillId}`, body);

export const setWantedSkill = (personId: string, skillId: string, body: { priority: number }) =>
  api<PersonSkills>("PUT", `/people/${personId}/skills/wanted/${skillId}`, body);

export const removePersonSkill = (personId: string, list: "offered" | "wanted", skillId: string) =>
  del<undefined>(`/people/${personId}/skills/${list}/${skillId}`);

export const createSkill = (body: SkillChanges & { name: string }) => post<Skill>("/skills", body);

export const updateSkill = (skillId: string, body: SkillChanges) =>
  patch<Skill>(`/skills/${skillId}`, body);

export const approveProposal = (skillId: string, body: SkillChanges) =>
  post<Skill>(`/skill-proposals/${skillId}/approve`, body);

export const rejectProposal = (skillId: string) => del(`/skill-proposals/${skillId}`);

export const mergeSkills = (skillId: string, intoSkillId: string) =>
  post<Skill>(`/skills/${skillId}/merge`, { intoSkillId });

export const adoptStarterSkills = () =>
  post<{ added: number; skipped: number }>("/skills/adopt-starter");
