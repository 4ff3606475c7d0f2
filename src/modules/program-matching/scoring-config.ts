import type { ScoringConfig } from "../../matching/profile.ts";
import type { MatchingSettings } from "../programs/matching-settings.ts";
import type { LoadedCohort } from "./load-cohort.ts";

export type ProgramKind = "career" | "on_the_job";

/**
 * A program's scoring for one run: its weights, and the hard rules. Career programs always
 * forbid the reporting chain, whatever the stored settings say (the firewall); earlier pairs
 * are ruled out when the program asks; a manager's exclusions are hard rules too, so `explain`
 * and `whyNot` name them.
 */
export function scoringConfigFor(
  kind: ProgramKind,
  settings: MatchingSettings,
  loaded: LoadedCohort,
  excludedPersonPairs: readonly (readonly [number, number])[],
): ScoringConfig {
  return {
    weights: settings.weights,
    rules: {
      reportingChain: kind === "career" || settings.rules.reportingChain,
      sameLocationRequired: settings.rules.sameLocationRequired,
      previousPairs: settings.rules.notPreviousPairs
        ? [...loaded.previousPairs, ...loaded.declinedPairs]
        : loaded.declinedPairs,
      excludedPairs: excludedPersonPairs,
    },
  };
}
