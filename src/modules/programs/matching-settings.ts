import { z } from "zod";
import { DEFAULT_WEIGHTS_BY_PURPOSE, type ProgramPurpose } from "./default-weights.ts";

const weight = z
  .number()
  .int("Weights are whole numbers.")
  .min(0, "A weight can't be below 0 (0 switches a criterion off).")
  .max(20, "A weight can be at most 20.");

export const matchingWeightsSchema = z.object({
  skills: weight,
  goals: weight,
  questionnaire: weight,
  seniority: weight,
  crossDepartment: weight,
  crossLocation: weight,
  language: weight,
  timeZone: weight,
});

export const matchingModeSchema = z.enum(["bulk", "choice", "hybrid"]);
export type MatchingMode = z.infer<typeof matchingModeSchema>;

/**
 * `programs.matching`, the one shape every module reads and writes. `reportingChain: true`
 * forbids pairing anyone with their reporting chain; career programs always keep it on
 * (see {@link normalizeMatchingSettings}).
 */
export const matchingSettingsSchema = z.object({
  mode: matchingModeSchema,
  weights: matchingWeightsSchema,
  rules: z.object({
    reportingChain: z.boolean(),
    sameLocationRequired: z.boolean(),
    notPreviousPairs: z.boolean(),
  }),
  shortlistSize: z
    .number()
    .int()
    .min(1, "Show at least 1 mentor.")
    .max(20, "Show at most 20 mentors.")
    .default(5),
  responseDays: z
    .number()
    .int()
    .min(1, "Give mentors at least 1 day to answer.")
    .max(30, "Give mentors at most 30 days to answer.")
    // Three days, then the request moves on (EVIDENCE.md): a mentee isn't left waiting a week.
    .default(3),
});
export type MatchingSettings = z.infer<typeof matchingSettingsSchema>;

export function defaultMatchingSettings(
  purpose: ProgramPurpose,
  kind: "career" | "on_the_job",
  mode: MatchingMode = "choice",
): MatchingSettings {
  return {
    mode,
    weights: { ...DEFAULT_WEIGHTS_BY_PURPOSE[purpose] },
    rules: {
      reportingChain: kind === "career",
      sameLocationRequired: false,
      notPreviousPairs: true,
    },
    shortlistSize: 5,
    responseDays: 3,
  };
}

/** Career programs never pair anyone with their reporting chain: the rule can't be turned off. */
export function normalizeMatchingSettings(
  settings: MatchingSettings,
  kind: "career" | "on_the_job",
): MatchingSettings {
  if (kind !== "career" || settings.rules.reportingChain) return settings;
  return { ...settings, rules: { ...settings.rules, reportingChain: true } };
}

/**
 * Reads a stored `programs.matching` value, filling anything missing from the purpose's
 * defaults (older or partial rows), and applies the career rule.
 */
export function parseMatchingSettings(
  stored: unknown,
  purpose: ProgramPurpose,
  kind: "career" | "on_the_job",
): MatchingSettings {
  const defaults = defaultMatchingSettings(purpose, kind);
  const raw = (stored && typeof stored === "object" ? stored : {}) as Partial<MatchingSettings>;
  const merged = {
    ...defaults,
    ...raw,
    weights: { ...defaults.weights, ...(raw.weights ?? {}) },
    rules: { ...defaults.rules, ...(raw.rules ?? {}) },
  };
  const parsed = matchingSettingsSchema.safeParse(merged);
  return normalizeMatchingSettings(parsed.success ? parsed.data : defaults, kind);
}
