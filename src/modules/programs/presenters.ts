import { z } from "zod";
import { mentoringFormatEnum } from "../../db/schema.ts";
import {
  type Program,
  programKindEnum,
  programPurposeEnum,
  programRolesEnum,
  programStateEnum,
} from "../../db/schema-programs.ts";
import { type Eligibility, eligibilitySchema, parseEligibility } from "./eligibility.ts";
import { matchingSettingsSchema, parseMatchingSettings } from "./matching-settings.ts";
import { MEASURES, type Measure } from "./measures.ts";
import type { ProgramCounts } from "./program-counts.ts";

const countsSchema = z.object({ mentees: z.number(), mentors: z.number(), matched: z.number() });

export const programSummarySchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  purpose: z.enum(programPurposeEnum.enumValues),
  format: z.enum(mentoringFormatEnum.enumValues),
  roles: z.enum(programRolesEnum.enumValues),
  kind: z.enum(programKindEnum.enumValues),
  state: z.enum(programStateEnum.enumValues),
  canManage: z.boolean(),
  counts: countsSchema,
  createdAt: z.iso.datetime(),
});

export const programManagerSchema = z.object({
  personId: z.uuid(),
  name: z.string(),
  email: z.string(),
});

export const programSchema = programSummarySchema.extend({
  purposeOther: z.string().nullable(),
  durationMonths: z.number(),
  cadenceMinWeeks: z.number(),
  cadenceMaxWeeks: z.number(),
  eligibility: eligibilitySchema,
  enrollmentOpensAt: z.iso.datetime().nullable(),
  enrollmentClosesAt: z.iso.datetime().nullable(),
  preparationRequired: z.boolean(),
  measures: z.array(z.enum(MEASURES)),
  matching: matchingSettingsSchema,
  /** The wizard's answers and what it recommended: shown to the program's managers only. */
  needsAnalysis: z.unknown().nullable(),
  recommendation: z.unknown().nullable(),
  managers: z.array(programManagerSchema),
});

export function presentProgramSummary(
  program: Program,
  canManage: boolean,
  counts: ProgramCounts,
): z.infer<typeof programSummarySchema> {
  return {
    id: program.id,
    slug: program.slug,
    name: program.name,
    description: program.description,
    purpose: program.purpose,
    format: program.format,
    roles: program.roles,
    kind: program.kind,
    state: program.state,
    canManage,
    counts,
    createdAt: program.createdAt.toISOString(),
  };
}

export function presentProgram(
  program: Program,
  canManage: boolean,
  counts: ProgramCounts,
  managers: z.infer<typeof programManagerSchema>[],
): z.infer<typeof programSchema> {
  const measures = program.measures.filter((m): m is Measure =>
    (MEASURES as readonly string[]).includes(m),
  );
  const eligibility: Eligibility = parseEligibility(program.eligibility);
  return {
    ...presentProgramSummary(program, canManage, counts),
    purposeOther: program.purposeOther,
    durationMonths: program.durationMonths,
    cadenceMinWeeks: program.cadenceMinWeeks,
    cadenceMaxWeeks: program.cadenceMaxWeeks,
    eligibility,
    enrollmentOpensAt: program.enrollmentOpensAt?.toISOString() ?? null,
    enrollmentClosesAt: program.enrollmentClosesAt?.toISOString() ?? null,
    preparationRequired: program.preparationRequired,
    measures,
    matching: parseMatchingSettings(program.matching, program.purpose, program.kind),
    needsAnalysis: canManage ? (program.needsAnalysis ?? null) : null,
    recommendation: canManage ? (program.recommendation ?? null) : null,
    managers,
  };
}
