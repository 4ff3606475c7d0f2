import type { Program } from "../../db/schema-programs.ts";
import { isEligible } from "../programs/eligibility.ts";

const day = (date: Date) =>
  date.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

/**
 * Whether people can enrol in a program now, and if not, why, in words for them: the program
 * must be enrolling, and within its enrollment window when it has one.
 */
export function enrollmentOpenness(
  program: Pick<Program, "state" | "enrollmentOpensAt" | "enrollmentClosesAt">,
  now: Date,
): { open: true } | { open: false; reason: string } {
  if (program.state === "draft") {
    return { open: false, reason: "This program isn't open for enrollment yet." };
  }
  if (program.state !== "enrolling") {
    return { open: false, reason: "Enrollment for this program has closed." };
  }
  if (program.enrollmentOpensAt && program.enrollmentOpensAt > now) {
    return { open: false, reason: `Enrollment opens on ${day(program.enrollmentOpensAt)}.` };
  }
  if (program.enrollmentClosesAt && program.enrollmentClosesAt <= now) {
    return { open: false, reason: `Enrollment closed on ${day(program.enrollmentClosesAt)}.` };
  }
  return { open: true };
}

/** People may withdraw until the program is running (after that, they talk to its managers). */
export const canWithdrawIn = (state: Program["state"]) =>
  state === "draft" || state === "enrolling" || state === "matching";

/** Why a person can't enrol now, or null when they can. */
export function enrolRefusal(
  program: Parameters<typeof enrollmentOpenness>[0] & { eligibility: unknown },
  person: { id: string; department: string | null; location: string | null },
  now: Date,
): { code: string; status: 403 | 409; reason: string } | null {
  const openness = enrollmentOpenness(program, now);
  if (!openness.open) return { code: "enrollment_closed", status: 409, reason: openness.reason };
  if (!isEligible(person, program)) {
    return {
      code: "not_eligible",
      status: 403,
      reason:
        "This program is meant for a particular group of people, and your profile isn't in it. If you think that's a mistake, please ask the program's managers.",
    };
  }
  return null;
}
