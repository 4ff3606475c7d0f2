import { z } from "zod";
import { mentoringFormatEnum } from "../../db/schema.ts";
import { programKindEnum, programPurposeEnum, programRolesEnum } from "../../db/schema-programs.ts";
import { eligibilitySchema } from "./eligibility.ts";
import { matchingSettingsSchema } from "./matching-settings.ts";
import { MEASURES } from "./measures.ts";
import { needsAnalysisSchema } from "./needs-analysis.ts";

const when = z.iso
  .datetime({ offset: true, message: "Please give a date and time, like 2026-03-01T09:00:00Z." })
  .nullable();

/** The settings a program manager chooses (all optional on update). */
export const programSettingsInput = z.object({
  description: z
    .string()
    .trim()
    .max(5000, "Please keep the description under 5,000 characters.")
    .nullable(),
  purpose: z.enum(programPurposeEnum.enumValues, "Choose what the program is for."),
  purposeOther: z.string().trim().max(200).nullable(),
  format: z.enum(mentoringFormatEnum.enumValues, "Choose a format."),
  roles: z.enum(programRolesEnum.enumValues, "Choose who takes which role."),
  kind: z.enum(programKindEnum.enumValues, "Choose career or on-the-job."),
  durationMonths: z.number().int().min(1, "At least 1 month.").max(60, "At most 60 months."),
  cadenceMinWeeks: z.number().int().min(1, "At least every week.").max(52),
  cadenceMaxWeeks: z.number().int().min(1).max(52, "At least once a year."),
  eligibility: eligibilitySchema,
  enrollmentOpensAt: when,
  enrollmentClosesAt: when,
  preparationRequired: z.boolean(),
  measures: z.array(z.enum(MEASURES, "Choose measures from the list.")).max(MEASURES.length),
  matching: matchingSettingsSchema,
});

const name = z
  .string("Please give the program a name.")
  .trim()
  .min(2, "Please give the program a name.")
  .max(120, "Please keep the name under 120 characters.");

export const createProgramInput = programSettingsInput.partial().extend({
  name,
  purpose: programSettingsInput.shape.purpose,
  /** The wizard's answers: kept with the program, and the recommendation worked out from them. */
  needsAnalysis: needsAnalysisSchema.optional(),
  /** Start with our three preparation pages (how to be a good mentee, mentor, who does what). */
  addDefaultPreparation: z.boolean().default(true),
});
export type CreateProgramInput = z.infer<typeof createProgramInput>;

export const updateProgramInput = programSettingsInput.partial().extend({ name: name.optional() });
export type UpdateProgramInput = z.infer<typeof updateProgramInput>;
