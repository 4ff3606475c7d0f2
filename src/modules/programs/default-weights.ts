import type { programPurposeEnum } from "../../db/schema-programs.ts";
import type { Weights } from "../../matching/profile.ts";

export type ProgramPurpose = (typeof programPurposeEnum.enumValues)[number];

/** Every criterion the scorer knows, so a program's weights always name all of them. */
export type ProgramWeights = Readonly<Required<Weights>>;

/**
 * Points per criterion for each purpose (integers; 0 switches a criterion off). The scale is
 * the scorer's: skills count per priority × level × rarity, so a small skills weight still
 * leads; the others are flat bonuses. Deep-level similarity (the questionnaire) is always on,
 * because it predicts relationship quality far better than demographics do (EVIDENCE.md).
 */
export const DEFAULT_WEIGHTS_BY_PURPOSE: Readonly<Record<ProgramPurpose, ProgramWeights>> = {
  // Skills held by a few flow to those who need them: skills and seniority lead.
  knowledge_transfer: {
    skills: 3,
    goals: 3,
    questionnaire: 2,
    seniority: 4,
    crossDepartment: 1,
    crossLocation: 0,
    language: 3,
    timeZone: 1,
  },
  // Future leaders meet seasoned people outside their own team.
  high_potential: {
    skills: 2,
    goals: 5,
    questionnaire: 3,
    seniority: 5,
    crossDepartment: 3,
    crossLocation: 1,
    language: 3,
    timeZone: 1,
  },
  // Newcomers need someone close by, in their language and hours, who knows the ropes.
  onboarding: {
    skills: 2,
    goals: 2,
    questionnaire: 3,
    seniority: 3,
    crossDepartment: 0,
    crossLocation: 0,
    language: 4,
    timeZone: 2,
  },
  // Culture spreads through shared values and across teams.
  culture: {
    skills: 1,
    goals: 3,
    questionnaire: 5,
    seniority: 2,
    crossDepartment: 4,
    crossLocation: 2,
    language: 3,
    timeZone: 1,
  },
  // Engagement grows from relationships people enjoy: work style and shared goals.
  engagement: {
    skills: 2,
    goals: 4,
    questionnaire: 5,
    seniority: 1,
    crossDepartment: 2,
    crossLocation: 1,
    language: 3,
    timeZone: 1,
  },
  // Bring different groups together: the cross-department and cross-location bonuses lead.
  diversity: {
    skills: 1,
    goals: 3,
    questionnaire: 4,
    seniority: 1,
    crossDepartment: 6,
    crossLocation: 5,
    language: 3,
    timeZone: 1,
  },
  other: {
    skills: 2,
    goals: 3,
    questionnaire: 3,
    seniority: 2,
    crossDepartment: 2,
    crossLocation: 1,
    language: 3,
    timeZone: 1,
  },
};
